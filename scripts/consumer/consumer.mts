// Type-checked by scripts/check-package.mjs against dist/ as an app would see the package, under
// both `nodenext` (Node servers: relative imports in .d.ts need extensions) and `bundler`.
import {
  fetchCurrentSession,
  useCurrentSession,
  SessionPanel,
  type Session,
  type CurrentSessionState,
} from 'pingone-session-react';
import { createSessionProxy, type SessionProxy } from 'pingone-session-react/server';
import { createPingOneEmulator, type PingOneEmulator } from 'pingone-session-react/testing';

export const session: Promise<Session> = fetchCurrentSession({ url: '/api/session' });
export const useIt: () => CurrentSessionState = () => useCurrentSession();
export const panel = SessionPanel;
export const proxy: SessionProxy = createSessionProxy({ environmentId: 'env', getAccessToken: () => 'token' });
export const emulator: PingOneEmulator = createPingOneEmulator();

import { createSessionProxy } from 'pingone-session-react/server';
import { getAccessToken, pingOne } from '../../../lib/pingone';

// GET /api/session: the browser's same-origin way to PingOne's sessions/me. It reads the `ST`
// cookie, adds the worker bearer token and relays PingOne's answer (Cache-Control: no-store).
export const GET = createSessionProxy({
  ...pingOne,
  getAccessToken,
  // Token, network and configuration failures (already free of secrets), for your logs.
  onError: (error) => console.error('[session proxy]', error),
});

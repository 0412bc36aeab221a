import type { CorsPolicy } from './cors.js';
import type { FaultQueue } from './faults.js';
import type { SessionStore } from './sessionStore.js';
import type { AccessTokenStore } from './tokens.js';

/** Everything a route handler needs: configuration, the clock and the stores. */
export interface EmulatorContext {
  environmentId: string;
  clientId: string;
  clientSecret: string;
  accessTokenLifetimeSeconds: number;
  getCountsAsActivity: boolean;
  afterLogout: 'unauthenticated' | 'gone';
  now: () => number;
  sessions: SessionStore;
  accessTokens: AccessTokenStore;
  faults: FaultQueue;
  cors: CorsPolicy;
}

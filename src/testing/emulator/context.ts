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
  /** How `/as/token` expects the client to authenticate. */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  getCountsAsActivity: boolean;
  afterLogout: 'unauthenticated' | 'gone';
  now: () => number;
  sessions: SessionStore;
  accessTokens: AccessTokenStore;
  faults: FaultQueue;
  cors: CorsPolicy;
}

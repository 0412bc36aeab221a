import type { CorsPolicy } from './cors';
import type { FaultQueue } from './faults';
import type { SessionStore } from './sessionStore';
import type { AccessTokenStore } from './tokens';

/** Everything a route handler needs: configuration, the clock and the stores. */
export interface EmulatorContext {
  environmentId: string;
  clientId: string;
  clientSecret: string;
  accessTokenLifetimeSeconds: number;
  getCountsAsActivity: boolean;
  now: () => number;
  sessions: SessionStore;
  accessTokens: AccessTokenStore;
  faults: FaultQueue;
  cors: CorsPolicy;
}

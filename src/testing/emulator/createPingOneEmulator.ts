import {
  EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS,
  EMULATOR_CLIENT_ID,
  EMULATOR_CLIENT_SECRET,
  EMULATOR_ENVIRONMENT_ID,
  EMULATOR_IDLE_TIMEOUT_MINUTES,
} from './constants.js';
import type { EmulatorContext } from './context.js';
import { CorsPolicy } from './cors.js';
import { FaultQueue } from './faults.js';
import { createFetchAs } from './fetchAs.js';
import { pingOneError } from './errorBodies.js';
import { dispatch } from './router.js';
import { SessionStore } from './sessionStore.js';
import { AccessTokenStore } from './tokens.js';
import type { EmulatorRequestLog, PingOneEmulator, PingOneEmulatorOptions } from './types.js';

/**
 * Creates an in-memory PingOne environment: a fetch-standard handler for the token and
 * session endpoints (see API.md), plus controls for tests (sessions, clock-driven expiry,
 * faults, a request log that never holds a token).
 */
export function createPingOneEmulator(options: PingOneEmulatorOptions = {}): PingOneEmulator {
  const now = options.now ?? (() => Date.now());
  const environmentId = options.environmentId ?? EMULATOR_ENVIRONMENT_ID;
  const lifetime = options.accessTokenLifetimeSeconds ?? EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS;
  const ctx: EmulatorContext = {
    environmentId,
    clientId: options.clientId ?? EMULATOR_CLIENT_ID,
    clientSecret: options.clientSecret ?? EMULATOR_CLIENT_SECRET,
    accessTokenLifetimeSeconds: lifetime,
    tokenEndpointAuthMethod: options.tokenEndpointAuthMethod,
    getCountsAsActivity: options.getCountsAsActivity ?? false,
    afterLogout: options.afterLogout ?? 'unauthenticated',
    now,
    sessions: new SessionStore(now, environmentId, options.idleTimeoutInMinutes ?? EMULATOR_IDLE_TIMEOUT_MINUTES),
    accessTokens: new AccessTokenStore(now, lifetime),
    faults: new FaultQueue(),
    cors: new CorsPolicy(options.allowedOrigins),
  };
  let log: EmulatorRequestLog[] = [];

  const handle = async (request: Request, signal: AbortSignal | undefined): Promise<Response> => {
    const at = now();
    let response: Response;
    try {
      response = await dispatch(ctx, request, signal);
    } catch (error) {
      // A bug here must look like PingOne failing, not crash the test server. Only the
      // message is printed: the emulator's own messages never name a token.
      console.error('PingOne emulator: internal error:', error instanceof Error ? error.message : typeof error);
      response = pingOneError(now(), 500);
    }
    // Path only: query strings and headers could carry secrets.
    log.push({ method: request.method, path: new URL(request.url).pathname, status: response.status, at });
    return response;
  };

  const emulator: PingOneEmulator = {
    environmentId,
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    fetch: (request) => handle(request, request.signal),
    createSession: (overrides = {}) => ctx.sessions.create(overrides),
    touch: (token, at) => ctx.sessions.touch(token, at),
    expire: (token) => ctx.sessions.expire(token),
    revoke: (token) => {
      if (!ctx.sessions.delete(token)) throw new Error('PingOne emulator: no session for that token');
    },
    issueAccessToken: () => ctx.accessTokens.issue(),
    fetchAs: (sessionToken) => createFetchAs(ctx, handle, sessionToken),
    fail: (fault) => ctx.faults.add(fault),
    get requests() {
      return Object.freeze(log.map((entry) => Object.freeze({ ...entry })));
    },
    clearRequests: () => {
      log = [];
    },
    reset: () => {
      ctx.sessions.clear();
      ctx.accessTokens.clear();
      ctx.faults.clear();
      log = [];
    },
  };
  return emulator;
}

import type { Session } from '../../session/index.js';
import type { SessionFixtureOverrides } from '../fixtures.js';

/** Options of {@link createPingOneEmulator}. */
export interface PingOneEmulatorOptions {
  /** The environment the emulator serves (default {@link EMULATOR_ENVIRONMENT_ID}). */
  environmentId?: string;
  /** The emulator's clock, epoch ms (default `() => Date.now()`, so fake timers move it). */
  now?: () => number;
  /** Whether `GET sessions/me` counts as activity and slides `activeAt` (default `false`). */
  getCountsAsActivity?: boolean;
  /** Idle timeout of new sessions, minutes (default 43 200: PingOne's documented 30 days). */
  idleTimeoutInMinutes?: number;
  /**
   * What `POST sessions/me` (reset authentication, "logout") leaves behind. PingOne documents that
   * it "signs the user out of the SSO session" and that "the user is then required to be
   * authenticated again for the SSO session indicated by the session token cookie": the session
   * and its cookie survive. What a later read returns is not documented. `'unauthenticated'`
   * (default, the documented reading): the session still reads, with `user` and `lastSignOn`
   * null. `'gone'`: later reads get 404, as if the session had been deleted.
   */
  afterLogout?: 'unauthenticated' | 'gone';
  /** Worker application client id accepted by `/as/token` (default {@link EMULATOR_CLIENT_ID}). */
  clientId?: string;
  /** Worker application client secret accepted by `/as/token` (default {@link EMULATOR_CLIENT_SECRET}). */
  clientSecret?: string;
  /** Lifetime of issued bearer tokens, seconds (default 3600). */
  accessTokenLifetimeSeconds?: number;
  /** Origins allowed to call with credentials (CORS); none by default. */
  allowedOrigins?: string[];
  /**
   * How `/as/token` expects the worker to authenticate, as set on the application in PingOne:
   * `'client_secret_basic'` (default) or `'client_secret_post'`; the other method gets 401 `invalid_client`.
   */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

/** How an `'echo-credentials'` fault writes the secrets it echoes (to prove callers catch every form). */
export type EmulatorEchoEncoding = 'raw' | 'json-escaped' | 'url-encoded' | 'base64' | 'upper-case' | 'truncated';

/** Which requests a fault applies to. */
export type EmulatorFaultPath = 'sessions/me' | 'token' | 'any';

/** A canned failure for the next `count` matching responses. */
export interface EmulatorFault {
  /** How many responses it affects (default 1). */
  count?: number;
  /** Answer with this status and PingOne's error body for it. */
  status?: number;
  /** Wait this long before answering (the request can still succeed if nothing else is set). */
  delayMs?: number;
  /**
   * Replace the body: `'malformed-json'`, `'html'` (a proxy's error page), `'wrong-types'`
   * (JSON that is not a session), `'empty'`, or `'echo-credentials'` (a PingOne-shaped error
   * body that echoes the request's ST cookie and bearer token, to prove callers redact them).
   * Status defaults to 200 (400 for `'echo-credentials'`).
   */
  body?: 'malformed-json' | 'html' | 'wrong-types' | 'empty' | 'echo-credentials';
  /**
   * For `'echo-credentials'`: how the secrets (ST, bearer, and the client secret of an HTTP Basic
   * token request) are written: as is (default), `\uXXXX`-escaped inside JSON strings,
   * percent-encoded, base64, upper-cased, or cut to their first 10 characters.
   */
  echo?: EmulatorEchoEncoding;
  /** `Retry-After` header value (seconds or an HTTP date). 429 sends `1` unless given; `''` omits it. */
  retryAfter?: string;
  /** Which requests it matches (default `'sessions/me'`). */
  path?: EmulatorFaultPath;
}

/** One handled request. Deliberately holds no headers, query, body or token. */
export interface EmulatorRequestLog {
  method: string;
  /** URL path only. */
  path: string;
  status: number;
  /** Emulator clock when the request arrived, epoch ms. */
  at: number;
}

/** Overrides of {@link PingOneEmulator.createSession}: fixture fields plus the owner. */
export type EmulatorSessionOverrides = SessionFixtureOverrides & {
  /** Owner's user id; `null` makes an anonymous session (no user, no `lastSignOn`). */
  userId?: string | null;
};

/** An in-memory PingOne environment with a fetch-standard handler and test controls. */
export interface PingOneEmulator {
  readonly environmentId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * Handles a request on `/{envId}/as/token` and `/v1/environments/...` (any prefix before them is
   * ignored). `sessions/me`: bad bearer 401 INVALID_TOKEN, no `ST` 401 ACCESS_FAILED, unknown,
   * expired or revoked session 404, another environment 403. Other paths: 404 `text/plain`, so a
   * wrong base path is told apart from a dead session. Every answer has `Date` and `no-store`.
   * docs/pingone.md says which of these are documented and which inferred.
   */
  fetch(request: Request): Promise<Response>;
  /** Starts a session now (per the emulator clock) and returns its ST token. */
  createSession(overrides?: EmulatorSessionOverrides): { token: string; session: Session };
  /** Records activity at `at` (default now): slides `activeAt`/`expiresAt`, adds a location (last 5 kept). */
  touch(token: string, at?: number): Session;
  /**
   * Makes the session expire now, the way PingOne's model allows: its idle deadline
   * (`activeAt + idleTimeoutInMinutes`, and so `expiresAt`) is moved to now. It stays in the
   * user's session list.
   */
  expire(token: string): void;
  /** Deletes the session. */
  revoke(token: string): void;
  /** A valid bearer token, the same kind `POST /as/token` issues. */
  issueAccessToken(): string;
  /** A `fetch` that sends any call to this emulator's `sessions/me` in-process, with a bearer and `Cookie: ST=`. */
  fetchAs(sessionToken: string | (() => string | undefined)): typeof fetch;
  /** Queues a fault for the next matching responses. */
  fail(fault: EmulatorFault): void;
  /** Every handled request, oldest first (a copy). */
  readonly requests: readonly EmulatorRequestLog[];
  clearRequests(): void;
  /** Forgets sessions, tokens, faults and the request log. */
  reset(): void;
}

/** A {@link PingOneEmulator} served over HTTP on 127.0.0.1. */
export interface RunningPingOneEmulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url + '/v1'`: pass as `apiPath`. */
  apiPath: string;
  /** Equals `url`: the token endpoint is `{authPath}/{envId}/as/token`. */
  authPath: string;
  emulator: PingOneEmulator;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

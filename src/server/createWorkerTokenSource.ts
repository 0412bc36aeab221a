import { fetchFailure, resolveFetch } from '../session/transport.js';
import {
  SessionConfigError,
  SessionError,
  SessionNetworkError,
  SessionResponseError,
  checkTimeoutMs,
  pingOneAuthPath,
  type PingOneRegion,
} from '../session/index.js';
import { ENVIRONMENT_ID, ENVIRONMENT_ID_RULE, isTokenValue } from '../session/credentialRules.js';
import { startTimeLimit } from '../time/timeLimit.js';
import { checkStringOption, checkWith, fail } from './checkOption.js';
import { workerTokenHttpError } from './workerTokenHttpError.js';

/** Options of {@link AccessTokenGetter} calls. */
export interface GetAccessTokenOptions {
  /**
   * The token PingOne just refused. A new token is fetched unless the cache already holds a
   * different (newer) one, so many requests refused at once cause one token request.
   */
  rejected?: string;
}

/**
 * Returns a bearer token for PingOne's API. What {@link createWorkerTokenSource} returns and what
 * {@link createSessionProxy} takes; any function of this shape works (e.g. your own cache).
 */
export type AccessTokenGetter = (options?: GetAccessTokenOptions) => string | Promise<string>;

/** How the worker application authenticates at the token endpoint (its "Token Endpoint Authentication Method" in PingOne). */
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post';

/** Options of {@link createWorkerTokenSource}. */
export interface WorkerTokenSourceOptions {
  /** PingOne environment id of the worker application. */
  environmentId: string | undefined;
  /** PingOne region (default `NA`); ignored when `authPath` is given. */
  region?: PingOneRegion;
  /** Overrides the auth base (`https://auth.pingone.com`), e.g. an emulator's URL. */
  authPath?: string;
  /** The worker application's client id. */
  clientId: string | undefined;
  /** The worker application's client secret. Never logged, never put in an error. */
  clientSecret: string | undefined;
  /** `'client_secret_basic'` (default: HTTP Basic) or `'client_secret_post'` (id and secret in the form body), as set on the app in PingOne. */
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Time source, epoch ms (default `Date.now`); inject one in tests. */
  now?: () => number;
  /** Refresh this long before `expires_in` ends (default 60 000 ms, at most half the lifetime). */
  refreshMarginMs?: number;
  /** Give up on the token endpoint after this many ms (default 10 000, at most 2^31-1). */
  timeoutMs?: number;
}

const OWNER = 'createWorkerTokenSource';
const PRINTABLE = /^[\x20-\x7e]+$/;
const CLIENT_ID = /^[\x20-\x39\x3b-\x7e]+$/; // printable, no ":" (it would split HTTP Basic)
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
// A Retry-After longer than this is not trusted as is (a typo must not stop the app for a day).
const MAX_RETRY_AFTER_MS = 5 * 60_000;

interface Config {
  tokenUrl: string;
  method: TokenEndpointAuthMethod;
  headers: Record<string, string>;
  body: string;
  fetchImpl: typeof fetch;
  timeoutMs: number;
}

/** Checks the options on first use (not at creation: a build without secrets must not fail). */
function resolveConfig(options: WorkerTokenSourceOptions): Config {
  const environmentId = checkStringOption(options.environmentId, {
    owner: OWNER,
    option: 'environmentId',
    valid: ENVIRONMENT_ID,
    expected: ENVIRONMENT_ID_RULE,
  });
  const clientId = checkStringOption(options.clientId, {
    owner: OWNER,
    option: 'clientId',
    valid: CLIENT_ID,
    expected: 'printable characters without ":"',
  });
  const clientSecret = checkStringOption(options.clientSecret, {
    owner: OWNER,
    option: 'clientSecret',
    valid: PRINTABLE,
    expected: 'printable characters',
  });
  const method = options.tokenEndpointAuthMethod ?? 'client_secret_basic';
  if (method !== 'client_secret_basic' && method !== 'client_secret_post') {
    fail(OWNER, 'tokenEndpointAuthMethod must be "client_secret_basic" or "client_secret_post"');
  }
  const timeoutMs = checkWith(OWNER, () => checkTimeoutMs(options.timeoutMs));
  const fetchImpl = checkWith(OWNER, () => resolveFetch(options.fetch));
  const base = (options.authPath ?? pingOneAuthPath(options.region)).replace(/\/+$/, '');
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (method === 'client_secret_basic') {
    headers.Authorization = `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
  } else {
    form.set('client_id', clientId);
    form.set('client_secret', clientSecret);
  }
  return { tokenUrl: `${base}/${environmentId}/as/token`, method, headers, body: form.toString(), fetchImpl, timeoutMs };
}

/** `expires_in` in ms: a positive number, or a numeric string (some gateways send one); else 0. */
function lifetimeOf(expiresIn: unknown): number {
  const seconds = typeof expiresIn === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(expiresIn) ? Number(expiresIn) : expiresIn;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/**
 * Client-credentials tokens for a PingOne worker application (`POST {authPath}/{environmentId}/as/token`),
 * cached until shortly before `expires_in`, one request in flight; a failure is remembered briefly
 * (backoff or `Retry-After`) so bad credentials are not hammered. Options are checked on the first
 * call (docs/security.md, "Worker tokens").
 * @returns an {@link AccessTokenGetter}; it rejects with a `SessionError` subclass whose message
 * names the endpoint and auth method, never a secret.
 */
export function createWorkerTokenSource(options: WorkerTokenSourceOptions): AccessTokenGetter {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  let config: Config | SessionConfigError | undefined;
  let cached: { token: string; refreshAt: number } | undefined;
  let failure: { error: SessionError; until: number } | undefined;
  let backoffMs = FIRST_BACKOFF_MS;
  let inFlight: Promise<string> | undefined;

  async function request(cfg: Config): Promise<string> {
    const where = `${cfg.tokenUrl} (${cfg.method})`;
    const sentAt = now();
    let response: Response;
    let text: string;
    const limit = startTimeLimit(cfg.timeoutMs);
    try {
      response = await cfg.fetchImpl(cfg.tokenUrl, {
        method: 'POST',
        headers: cfg.headers,
        body: cfg.body,
        cache: 'no-store',
        redirect: 'error',
        signal: limit.signal,
      });
      text = await response.text();
    } catch (error) {
      throw fetchFailure(error, { where: `PingOne's token endpoint ${where}`, limit, timeoutMs: cfg.timeoutMs });
    } finally {
      limit.dispose();
    }
    const status = response.status;
    if (!response.ok) throw workerTokenHttpError(response, text, { where, now: now() });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SessionResponseError(`PingOne's token endpoint ${where} answered with a body that is not JSON`, { status });
    }
    const { access_token: token, expires_in: expiresIn } = (body ?? {}) as { access_token?: unknown; expires_in?: unknown };
    if (!isTokenValue(token)) {
      throw new SessionResponseError(`PingOne's token endpoint ${where} answered without a usable access_token`, { status });
    }
    // Without a usable expires_in the token is used once and never cached.
    const lifetimeMs = lifetimeOf(expiresIn);
    // Measured from when we sent the request: the token was minted after that, so this errs early.
    cached = { token, refreshAt: sentAt + lifetimeMs - Math.min(margin, lifetimeMs / 2) };
    return token;
  }

  function remember(error: unknown): SessionError {
    const typed = error instanceof SessionError ? error : new SessionNetworkError('Could not obtain a worker token');
    const asked = (typed as { retryAfterMs?: unknown }).retryAfterMs;
    const wait = typeof asked === 'number' && asked > 0 ? Math.min(Math.max(asked, backoffMs), MAX_RETRY_AFTER_MS) : backoffMs;
    failure = { error: typed, until: now() + wait };
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    return typed;
  }

  return function getWorkerToken(callOptions?: GetAccessTokenOptions): Promise<string> {
    if (config === undefined) {
      try {
        config = resolveConfig(options);
      } catch (error) {
        config = error as SessionConfigError;
      }
    }
    if (config instanceof SessionConfigError) return Promise.reject(config);
    if (cached && callOptions?.rejected !== undefined && cached.token === callOptions.rejected) cached = undefined;
    if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
    if (failure && now() < failure.until) return Promise.reject(failure.error);
    if (!inFlight) {
      inFlight = request(config).then(
        (token) => {
          failure = undefined;
          backoffMs = FIRST_BACKOFF_MS;
          return token;
        },
        (error: unknown) => {
          throw remember(error);
        },
      );
      void inFlight
        .finally(() => {
          inFlight = undefined;
        })
        .catch(() => undefined);
    }
    return inFlight;
  };
}

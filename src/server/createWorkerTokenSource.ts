import {
  SessionConfigError,
  SessionError,
  SessionNetworkError,
  SessionResponseError,
  SessionTimeoutError,
  checkTimeoutMs,
  pingOneAuthPath,
  redact,
  type PingOneRegion,
} from '../core/index.js';
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

/** Options of {@link createWorkerTokenSource}. */
export interface WorkerTokenSourceOptions {
  /** PingOne environment id of the worker application. */
  environmentId: string;
  /** PingOne region (default `NA`); ignored when `authPath` is given. */
  region?: PingOneRegion;
  /** Overrides the auth base (`https://auth.pingone.com`), e.g. an emulator's URL. */
  authPath?: string;
  /** The worker application's client id. */
  clientId: string;
  /** The worker application's client secret. Never logged, never put in an error. */
  clientSecret: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Time source, epoch ms (default `Date.now`); inject one in tests. */
  now?: () => number;
  /** Refresh this long before `expires_in` ends (default 60 000 ms, at most half the lifetime). */
  refreshMarginMs?: number;
  /** Give up on the token endpoint after this many ms (default 10 000, at most 2^31-1). */
  timeoutMs?: number;
}

const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * Client-credentials tokens for a PingOne worker application, from
 * `POST {authPath}/{environmentId}/as/token` with HTTP Basic client authentication.
 * The token is cached until shortly before `expires_in`; concurrent callers share one request in
 * flight; failures are not cached (the next call tries again).
 * @returns an {@link AccessTokenGetter}: `await getToken()` gives a bearer token.
 * @throws SessionConfigError at once for bad options; the getter rejects with a `SessionError`
 * subclass (`http`, `rate-limited`, `server`, `network`, `timeout`, `invalid-response`).
 */
export function createWorkerTokenSource(options: WorkerTokenSourceOptions): AccessTokenGetter {
  const { environmentId, clientId, clientSecret } = options;
  if (typeof environmentId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(environmentId)) {
    throw new SessionConfigError('environmentId must be a PingOne environment id (letters, digits and dashes)');
  }
  if (typeof clientId !== 'string' || !PRINTABLE.test(clientId) || clientId.includes(':')) {
    throw new SessionConfigError('clientId must be a non-empty printable string without ":"');
  }
  // The message names the option only: the value must never appear in an error.
  if (typeof clientSecret !== 'string' || !PRINTABLE.test(clientSecret)) {
    throw new SessionConfigError('clientSecret must be a non-empty printable string');
  }
  const base = (options.authPath ?? pingOneAuthPath(options.region)).replace(/\/+$/, '');
  const tokenUrl = `${base}/${environmentId}/as/token`;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const timeoutMs = checkTimeoutMs(options.timeoutMs);
  const basic = `Basic ${btoa(`${clientId}:${clientSecret}`)}`;

  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function request(): Promise<string> {
    const secrets = [clientSecret, basic.slice(6)];
    const sentAt = now();
    let response: Response;
    let text: string;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      response = await fetchImpl(tokenUrl, {
        method: 'POST',
        headers: {
          Authorization: basic,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
        cache: 'no-store',
        redirect: 'error',
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw new SessionTimeoutError(timeoutMs);
      const reason = error instanceof Error ? redact(error.message, secrets) : 'unknown failure';
      throw new SessionNetworkError(`Could not reach the PingOne token endpoint (${reason})`);
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    if (!response.ok) throw workerTokenHttpError(response, text, secrets, now());
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SessionResponseError('The token endpoint answered with a body that is not JSON', { status });
    }
    const { access_token: token, expires_in: expiresIn } = (body ?? {}) as { access_token?: unknown; expires_in?: unknown };
    if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
      throw new SessionResponseError('The token endpoint answered without a usable access_token', { status });
    }
    // Without a usable expires_in the token is used once and never cached.
    const lifetimeMs = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn * 1000 : 0;
    // Measured from when we sent the request: the token was minted after that, so this errs early.
    cached = { token, refreshAt: sentAt + lifetimeMs - Math.min(margin, lifetimeMs / 2) };
    return token;
  }

  return function getWorkerToken(callOptions?: GetAccessTokenOptions): Promise<string> {
    if (cached && callOptions?.rejected !== undefined && cached.token === callOptions.rejected) cached = undefined;
    if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
    if (!inFlight) {
      inFlight = request().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight.catch((error: unknown) => {
      throw error instanceof SessionError ? error : new SessionNetworkError('Could not obtain a worker token');
    });
  };
}

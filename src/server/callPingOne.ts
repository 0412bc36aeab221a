import { fetchFailure } from '../session/transport.js';
import { isTokenValue } from '../session/credentialRules.js';
import { SessionError, SessionNetworkError } from '../session/index.js';
import type { AccessTokenGetter } from './createWorkerTokenSource.js';
import { DeadlineError, type Deadline } from './deadline.js';
import { jsonError } from './jsonError.js';
import { ProxyAnswer, proxyFailure } from './proxyFailure.js';
import type { ProxyConfig } from './proxyConfig.js';
import { readSmallBody } from './readSmallBody.js';

/** What PingOne answered, read whole (up to a cap). */
export interface Upstream {
  status: number;
  headers: Headers;
  text: string;
  /** The bearer token used for the answer (for leak checks). */
  bearer: string;
}

/** A bearer younger than this that PingOne refuses is not the problem: the session is. */
export const FRESH_TOKEN_MS = 5_000;
/**
 * A bearer PingOne accepted (or that was brand new when it got a 401) is trusted this long: a
 * 401 meanwhile is about the session. Without it, every visitor with a dead session would make
 * the proxy mint a new worker token every {@link FRESH_TOKEN_MS}.
 */
export const TRUSTED_TOKEN_MS = 60_000;
// A session is a few KB; anything far larger is not an answer the proxy relays.
const MAX_UPSTREAM_BYTES = 1024 * 1024;

/**
 * What the proxy knows about its newest bearer: when it first saw it, and when PingOne last
 * showed that the token itself is fine. Tells "PingOne refused the token" from "no session".
 */
export class TokenAges {
  #latest: { token: string; seenAt: number; confirmedAt: number } | undefined;
  note(token: string): void {
    if (this.#latest?.token !== token) this.#latest = { token, seenAt: Date.now(), confirmedAt: -Infinity };
  }
  /** PingOne's answer shows the token works (anything but a 401, or a 401 to a fresh token). */
  confirm(token: string): void {
    if (this.#latest?.token === token) this.#latest.confirmedAt = Date.now();
  }
  /** A 401 with this token is about the session, not the token. */
  isTrusted(token: string): boolean {
    if (this.#latest?.token !== token) return false;
    const now = Date.now();
    return now - this.#latest.seenAt < FRESH_TOKEN_MS || now - this.#latest.confirmedAt < TRUSTED_TOKEN_MS;
  }
}

/** One request to PingOne's `sessions/me`. */
export interface PingOneCall {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Sent as `Cookie: ST=...` when given. */
  sessionToken?: string;
  /** Default `sessions/me`; the user-session endpoints give their own (built by the proxy, never from the browser). */
  url?: string;
  body?: string;
  contentType?: string;
}

/** What one proxy request's PingOne calls share: config, token getter and ages, deadline, error report. */
export interface CallContext {
  config: ProxyConfig;
  getAccessToken: AccessTokenGetter;
  ages: TokenAges;
  deadline: Deadline;
  report: (error: unknown) => void;
}

async function token(ctx: CallContext, rejected?: string): Promise<string> {
  try {
    const bearer = await ctx.deadline.race(ctx.getAccessToken(rejected === undefined ? undefined : { rejected }));
    if (!isTokenValue(bearer)) throw new SessionNetworkError('getAccessToken returned no usable token');
    ctx.ages.note(bearer);
    return bearer;
  } catch (error) {
    if (!(error instanceof DeadlineError)) {
      // A custom getter's own error may quote anything: only our typed errors are passed on.
      ctx.report(
        error instanceof SessionError
          ? error
          : new SessionNetworkError(`getAccessToken failed (${error instanceof Error ? error.name : 'unknown'})`),
      );
    }
    throw new ProxyAnswer(proxyFailure(error, 'token'));
  }
}

async function send(ctx: CallContext, call: PingOneCall, bearer: string): Promise<Upstream> {
  const headers = new Headers({ Accept: 'application/json', Authorization: `Bearer ${bearer}` });
  if (call.sessionToken !== undefined) headers.set('Cookie', `ST=${call.sessionToken}`);
  if (call.contentType) headers.set('Content-Type', call.contentType);
  try {
    const response = await ctx.config.fetchImpl(call.url ?? ctx.config.url, {
      method: call.method,
      headers,
      body: call.body,
      redirect: 'error',
      cache: 'no-store',
      signal: ctx.deadline.signal,
    });
    const text = await readSmallBody(response, MAX_UPSTREAM_BYTES);
    if (text === undefined) {
      throw new ProxyAnswer(jsonError(502, 'UPSTREAM_INVALID_RESPONSE', "PingOne's answer was too large to be a session"));
    }
    return { status: response.status, headers: response.headers, text, bearer };
  } catch (error) {
    if (error instanceof ProxyAnswer) throw error;
    if (ctx.deadline.signal.aborted) throw new ProxyAnswer(proxyFailure(new DeadlineError(ctx.deadline.timedOut), 'upstream'));
    ctx.report(fetchFailure(error, { where: `PingOne at ${ctx.config.upstreamHost}` }));
    throw new ProxyAnswer(proxyFailure(error, 'upstream'));
  }
}

/**
 * Calls PingOne with a worker token. On a 401 the token's age decides (never PingOne's wording):
 * a trusted token means the session is gone; any other is re-issued once and the call repeated
 * (docs/security.md, "A 401 from PingOne").
 * @throws ProxyAnswer with the proxy's own answer for token, network and deadline failures.
 */
export async function callPingOne(ctx: CallContext, call: PingOneCall): Promise<Upstream> {
  const bearer = await token(ctx);
  const first = await send(ctx, call, bearer);
  if (first.status !== 401 || ctx.ages.isTrusted(bearer)) {
    ctx.ages.confirm(bearer);
    return first;
  }
  const renewed = await token(ctx, bearer);
  if (renewed === bearer) {
    ctx.report(new SessionNetworkError('PingOne refused the worker token and no new one was issued (check getAccessToken)'));
    throw new ProxyAnswer(jsonError(502, 'WORKER_TOKEN_REJECTED', "PingOne refused the proxy's access token"));
  }
  const second = await send(ctx, call, renewed);
  // A brand-new token: whatever PingOne said, the token is not the problem.
  ctx.ages.confirm(renewed);
  return second;
}

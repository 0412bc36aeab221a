import { isRecord } from '../session/isRecord.js';
import { parseSession, SessionResponseError, type Session } from '../session/index.js';

/**
 * A deep-partial `Session`: objects merge key by key, arrays and `null` replace, and a key
 * given as `undefined` removes that field (to build sessions where PingOne omits something).
 */
export type SessionFixtureOverrides = {
  [K in keyof Session]?: DeepPartial<Session[K]> | undefined;
};

/** Deep partial of a JSON-like value; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** The instant the default fixture is built around (its `activeAt` is 5 minutes earlier). */
export const SESSION_FIXTURE_NOW = Date.parse('2025-01-15T10:00:00.000Z');
/** Ids of the default fixture: the ones in PingOne's reference example. */
export const FIXTURE_ENVIRONMENT_ID = 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6';
/** Session id of the default fixture. */
export const FIXTURE_SESSION_ID = 'c2df5627-c9d6-46e1-8bbe-b5ace9037d5e';
/** User id of the default fixture. */
export const FIXTURE_USER_ID = '07e1ee43-9f56-4254-8cfb-1709b5ea8e24';
const POLICY = { id: '874d5c7d-5e1c-4e73-b2b5-dfe1453b02f5', type: 'PINGONE' };
const GEO = {
  remoteIp: '174.1.62.19',
  city: 'port coquitlam',
  state: 'british columbia',
  region: 'west coast',
  country: 'canada',
};
const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;

/** HAL links as PingOne writes them; kept only so data looks real (consumers must not depend on them). */
export function sessionLinks(environmentId: string, sessionId: string, userId: string | null): Record<string, { href: string }> {
  const env = `https://api.pingone.com/v1/environments/${environmentId}`;
  const links: Record<string, { href: string }> = { self: { href: `${env}/sessions/${sessionId}` }, environment: { href: env } };
  if (userId !== null) links.user = { href: `${env}/users/${userId}` };
  return links;
}

// The reference example's shape, but with dates that make sense together: signed in 2 h
// before SESSION_FIXTURE_NOW, active 5 min before it, a 30-minute sliding idle timeout.
function defaults(): Record<string, unknown> {
  const createdAt = SESSION_FIXTURE_NOW - 120 * MINUTE;
  const activeAt = SESSION_FIXTURE_NOW - 5 * MINUTE;
  return {
    id: FIXTURE_SESSION_ID,
    environment: { id: FIXTURE_ENVIRONMENT_ID },
    user: { id: FIXTURE_USER_ID },
    createdAt: iso(createdAt),
    activeAt: iso(activeAt),
    idleTimeoutInMinutes: 30,
    expiresAt: iso(activeAt + 30 * MINUTE),
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:103.0) Gecko/20100101 Firefox/103.0',
    browser: { name: 'Firefox', version: '103.0' },
    operatingSystem: { name: 'Mac OS X', version: '10.15' },
    device: { type: 'Mac' },
    locations: [
      { at: iso(createdAt), ...GEO },
      { at: iso(createdAt + 40 * MINUTE), ...GEO },
      { at: iso(activeAt), ...GEO },
    ],
    lastSignOn: {
      at: iso(createdAt),
      remoteIp: GEO.remoteIp,
      authenticators: ['pwd'],
      withAuthenticator: { pwd: { at: iso(createdAt), policy: POLICY } },
      policy: POLICY,
    },
  };
}

/** Merges `patch` into `base` (see {@link SessionFixtureOverrides} for the rules). */
export function mergeDeep(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    // Own keys only, and never the prototype-bending ones: overrides may come from JSON.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = patch[key];
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (isRecord(value) && isRecord(current)) out[key] = mergeDeep(current, value);
    else out[key] = value;
  }
  return out;
}

/**
 * Builds a valid {@link Session} for tests and stories: deterministic defaults modelled on
 * PingOne's reference example (dates around {@link SESSION_FIXTURE_NOW}), deep-merged with
 * `overrides`. `_links` follow the final ids unless overridden.
 * @throws SessionResponseError when the overrides make the session invalid, or give a field a
 *   value {@link parseSession} would leave out (a fixture should never lose a field silently).
 */
export function createSessionFixture(overrides: SessionFixtureOverrides = {}): Session {
  const merged = mergeDeep(defaults(), overrides);
  if (!Object.hasOwn(overrides, '_links')) {
    const env = isRecord(merged.environment) ? merged.environment.id : undefined;
    const user = isRecord(merged.user) && typeof merged.user.id === 'string' ? merged.user.id : null;
    if (typeof merged.id === 'string' && typeof env === 'string') merged._links = sessionLinks(env, merged.id, user);
  }
  const { session, dropped } = parseSession(merged);
  if (dropped.length > 0) {
    const issues = dropped.map((field) => ({ path: field.path, message: `expected ${field.expected}` }));
    throw new SessionResponseError(`createSessionFixture: unreadable override at "${issues[0]?.path}"`, { issues });
  }
  return session;
}

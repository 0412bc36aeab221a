// @vitest-environment node
// Issue 10 point 1, as properties over PingOne's reference body mutated at any depth.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { SessionResponseError } from '../../src/session/errors';
import { parseSession } from '../../src/session/parseSession';
import type { Session } from '../../src/session/schema';
import { mutatedBody, RUNS } from '../support/sessionArbitraries';

const isText = (v: unknown) => typeof v === 'string';
const isOptionalText = (v: unknown) => v === undefined || isText(v);
const isTimestamp = (v: unknown) => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isOptionalTimestamp = (v: unknown) => v === undefined || isTimestamp(v);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));

function isPolicy(v: unknown): boolean {
  return isRecord(v) && hasOnly(v, ['id', 'type']) && isOptionalText(v.id) && isOptionalText(v.type);
}

/** Every field of a parsed session matches its declared type (src/session/schema.ts), and nothing else is there. */
function matchesSessionType(s: Session): boolean {
  const r = s as unknown as Record<string, unknown>;
  const nameVersion = (v: unknown) =>
    v === undefined || (isRecord(v) && hasOnly(v, ['name', 'version']) && isOptionalText(v.name) && isOptionalText(v.version));
  const signOn = s.lastSignOn;
  return (
    hasOnly(r, [
      'id',
      'environment',
      'user',
      'createdAt',
      'activeAt',
      'expiresAt',
      'idleTimeoutInMinutes',
      'userAgent',
      'browser',
      'operatingSystem',
      'device',
      'locations',
      'lastSignOn',
      '_links',
    ]) &&
    typeof s.id === 'string' &&
    s.id !== '' &&
    typeof s.environment.id === 'string' &&
    s.environment.id !== '' &&
    (s.user === null || (typeof s.user.id === 'string' && s.user.id !== '')) &&
    isOptionalTimestamp(s.createdAt) &&
    isOptionalTimestamp(s.activeAt) &&
    isOptionalTimestamp(s.expiresAt) &&
    (s.idleTimeoutInMinutes === undefined || (Number.isFinite(s.idleTimeoutInMinutes) && s.idleTimeoutInMinutes >= 0)) &&
    isOptionalText(s.userAgent) &&
    nameVersion(s.browser) &&
    nameVersion(s.operatingSystem) &&
    (s.device === undefined || (hasOnly(s.device, ['type']) && isOptionalText(s.device.type))) &&
    Array.isArray(s.locations) &&
    s.locations.every(
      (l) =>
        hasOnly(l as unknown as Record<string, unknown>, ['at', 'remoteIp', 'city', 'state', 'region', 'country']) &&
        isTimestamp(l.at) &&
        [l.remoteIp, l.city, l.state, l.region, l.country].every(isOptionalText),
    ) &&
    (signOn === null ||
      (isOptionalTimestamp(signOn.at) &&
        isOptionalText(signOn.remoteIp) &&
        Array.isArray(signOn.authenticators) &&
        signOn.authenticators.every(isText) &&
        (signOn.policy === undefined || isPolicy(signOn.policy)) &&
        (signOn.withAuthenticator === undefined ||
          Object.values(signOn.withAuthenticator).every(
            (e) => isOptionalTimestamp(e.at) && (e.policy === undefined || isPolicy(e.policy)),
          )))) &&
    (s._links === undefined || isRecord(s._links))
  );
}

/** Whether `id` and `environment.id` are usable: the only reason a body may be refused. */
function hasEssentials(body: Record<string, unknown>): boolean {
  const env = body.environment;
  return typeof body.id === 'string' && body.id !== '' && isRecord(env) && typeof env.id === 'string' && env.id !== '';
}

describe('parseSession over mutated PingOne bodies (fast-check)', () => {
  it(`returns a well-typed session, or refuses only a body without id / environment.id (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(mutatedBody, (body) => {
        let parsed: ReturnType<typeof parseSession>;
        try {
          parsed = parseSession(body);
        } catch (error) {
          // Never any other exception, and never for a body that has its essentials.
          return error instanceof SessionResponseError && !hasEssentials(body);
        }
        return (
          hasEssentials(body) &&
          matchesSessionType(parsed.session) &&
          parsed.dropped.every((d) => typeof d.path === 'string' && typeof d.expected === 'string')
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`getSessionDeadlines is total: valid Date values or null, and a known limitedBy (${RUNS} cases)`, () => {
    const validMs = (v: number | null) => v === null || (Number.isFinite(v) && Number.isFinite(new Date(v).getTime()));
    fc.assert(
      fc.property(mutatedBody, (body) => {
        if (!hasEssentials(body)) return true;
        const d = getSessionDeadlines(parseSession(body).session);
        return (
          validMs(d.idleExpiresAt) &&
          validMs(d.expiresAt) &&
          validMs(d.effectiveExpiresAt) &&
          [null, 'idle', 'expiry'].includes(d.limitedBy) &&
          (d.limitedBy === null) === (d.effectiveExpiresAt === null)
        );
      }),
      { numRuns: RUNS },
    );
  });
});

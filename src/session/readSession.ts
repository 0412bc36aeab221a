import type { Session, SessionLocation, SessionPolicy, SessionSignOn } from './schema.js';
import { isRecord } from './isRecord.js';
import { readIsoTimestamp } from './isoTimestamp.js';

/** A field {@link parseSession} left out because it could not read it. Never holds the value. */
export interface SessionDroppedField {
  /** Where it was, e.g. `browser`, `locations[2].at`, `lastSignOn.withAuthenticator.*`. */
  path: string;
  /** What a readable value would have been, e.g. `an ISO-8601 timestamp`. */
  expected: string;
}

/** Why a body is not a session at all: `id` or `environment.id` is unusable. */
export interface SessionReadIssue {
  path: string;
  message: string;
}

/** The outcome of {@link readSession}. */
export type SessionReadResult = { session: Session; dropped: SessionDroppedField[] } | { issues: SessionReadIssue[] };

const TEXT = 'a string';
const OBJECT = 'an object';
const TIMESTAMP = 'an ISO-8601 timestamp';

// Only these two are essential: without them there is no session to show. Everything else is
// read field by field, and a field that is null, missing, of the wrong type or malformed is
// left out alone (D20 in docs/pingone.md: PingOne adds fields and uses nulls; a cosmetic field
// must never cost the user their whole session).
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Reads an unknown JSON value as a {@link Session}, tolerantly. Builds fresh objects (unknown
 * fields dropped, `__proto__`-style keys never copied) and lists what it had to leave out.
 * `_links` is passed through unvalidated when it is an object.
 */
export function readSession(json: unknown): SessionReadResult {
  if (!isRecord(json)) return { issues: [{ path: '(root)', message: `expected an object, got ${describe(json)}` }] };
  const { id, environment } = json;
  const environmentId = isRecord(environment) ? environment.id : undefined;
  const issues: SessionReadIssue[] = [];
  if (!isId(id)) issues.push({ path: 'id', message: 'must be a non-empty string' });
  if (!isRecord(environment)) issues.push({ path: 'environment', message: 'must be an object with an id' });
  else if (!isId(environmentId)) issues.push({ path: 'environment.id', message: 'must be a non-empty string' });
  if (!isId(id) || !isId(environmentId)) return { issues };

  const dropped: SessionDroppedField[] = [];
  // Absent and null mean "no value"; anything else that does not read is reported.
  const read = <T>(value: unknown, path: string, expected: string, reader: (value: unknown) => T | undefined): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const result = reader(value);
    if (result === undefined) dropped.push({ path, expected });
    return result;
  };
  const text = (value: unknown, path: string) => read(value, path, TEXT, (v) => (typeof v === 'string' ? v : undefined));
  const timestamp = (value: unknown, path: string) => read(value, path, TIMESTAMP, readIsoTimestamp);
  const object = <T>(value: unknown, path: string, reader: (value: Record<string, unknown>) => T) =>
    read(value, path, OBJECT, (v) => (isRecord(v) ? reader(v) : undefined));
  const policy = (value: unknown, path: string) =>
    object(value, path, (p): SessionPolicy => compact({ id: text(p.id, `${path}.id`), type: text(p.type, `${path}.type`) }));
  const nameAndVersion = (value: unknown, path: string) =>
    object(value, path, (v) => compact({ name: text(v.name, `${path}.name`), version: text(v.version, `${path}.version`) }));
  const list = <T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined): T[] =>
    read(value, path, 'an array', (v) => (Array.isArray(v) ? v : undefined))
      ?.map((entry, i) => item(entry, `${path}[${i}]`))
      .filter((entry): entry is T => entry !== undefined) ?? [];

  const location = (value: unknown, path: string): SessionLocation | undefined => {
    if (!isRecord(value)) {
      dropped.push({ path, expected: OBJECT });
      return undefined;
    }
    // A visit without a readable time cannot be placed in the history: the entry is left out.
    const at = readIsoTimestamp(value.at);
    if (at === undefined) {
      dropped.push({ path: `${path}.at`, expected: TIMESTAMP });
      return undefined;
    }
    return {
      at,
      ...compact({
        remoteIp: text(value.remoteIp, `${path}.remoteIp`),
        city: text(value.city, `${path}.city`),
        state: text(value.state, `${path}.state`),
        region: text(value.region, `${path}.region`),
        country: text(value.country, `${path}.country`),
      }),
    };
  };

  const withAuthenticator = (value: unknown, path: string) =>
    object(value, path, (byCode) => {
      const out: NonNullable<SessionSignOn['withAuthenticator']> = {};
      for (const [code, entry] of Object.entries(byCode)) {
        // Codes come from the body: never let one set the prototype, never put one in a report.
        if (code === '__proto__') continue;
        const usage = object(entry, `${path}.*`, (e) =>
          compact({ at: timestamp(e.at, `${path}.*.at`), policy: policy(e.policy, `${path}.*.policy`) }),
        );
        if (usage !== undefined) out[code] = usage;
      }
      return out;
    });

  const signOn = (value: unknown, path: string) =>
    object(value, path, (s): SessionSignOn => ({
      ...compact({ at: timestamp(s.at, `${path}.at`), remoteIp: text(s.remoteIp, `${path}.remoteIp`) }),
      authenticators: list(s.authenticators, `${path}.authenticators`, (a, p) => text(a, p)),
      ...compact({
        withAuthenticator: withAuthenticator(s.withAuthenticator, `${path}.withAuthenticator`),
        policy: policy(s.policy, `${path}.policy`),
      }),
    }));

  const owner = json.user;
  const user = isRecord(owner) && isId(owner.id) ? { id: owner.id } : null;
  if (user === null && owner !== undefined && owner !== null) {
    dropped.push(isRecord(owner) ? { path: 'user.id', expected: 'a non-empty string' } : { path: 'user', expected: OBJECT });
  }

  const session: Session = {
    id,
    environment: { id: environmentId },
    user,
    ...compact({
      createdAt: timestamp(json.createdAt, 'createdAt'),
      activeAt: timestamp(json.activeAt, 'activeAt'),
      expiresAt: timestamp(json.expiresAt, 'expiresAt'),
      idleTimeoutInMinutes: read(
        json.idleTimeoutInMinutes,
        'idleTimeoutInMinutes',
        'a non-negative number of minutes',
        readMinutes,
      ),
      userAgent: text(json.userAgent, 'userAgent'),
      browser: nameAndVersion(json.browser, 'browser'),
      operatingSystem: nameAndVersion(json.operatingSystem, 'operatingSystem'),
      device: object(json.device, 'device', (d) => compact({ type: text(d.type, 'device.type') })),
    }),
    locations: list(json.locations, 'locations', location),
    lastSignOn: signOn(json.lastSignOn, 'lastSignOn') ?? null,
    ...compact({ _links: isRecord(json._links) ? json._links : undefined }),
  };
  return { session, dropped };
}

/** Minutes: PingOne sends a number; request bodies use a numeric string. Both are read. */
function readMinutes(value: unknown): number | undefined {
  const minutes =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  return minutes >= 0 && minutes < Infinity ? minutes : undefined;
}

/** The object without its `undefined` entries, so absent fields are absent, not `undefined`. */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (value[key] !== undefined) out[key] = value[key];
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

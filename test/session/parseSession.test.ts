// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { parseSession } from '../../src/session/parseSession';
import { sessionSchema } from '../../src/session/schema';
import { SessionError, SessionResponseError } from '../../src/session/errors';

const seed = JSON.parse(readFileSync(new URL('../fixtures/sessions-me.200.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const clone = (): Record<string, unknown> => structuredClone(seed);

const parse = (input: unknown) => parseSession(input).session;

function failure(input: unknown): SessionResponseError {
  try {
    parseSession(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SessionResponseError);
    expect(error).toBeInstanceOf(SessionError);
    return error as SessionResponseError;
  }
  throw new Error('expected parseSession to throw');
}

describe('parseSession: PingOne fixtures', () => {
  it('parses the reference 200 body, keeping field names and ISO strings', () => {
    const { session, dropped } = parseSession(seed);
    expect(dropped).toEqual([]);
    expect(session.id).toBe('c2df5627-c9d6-46e1-8bbe-b5ace9037d5e');
    expect(session.environment.id).toBe('abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6');
    expect(session.user).toEqual({ id: '07e1ee43-9f56-4254-8cfb-1709b5ea8e24' });
    expect(session.activeAt).toBe('2022-10-04T01:21:30.117Z');
    expect(session.createdAt).toBe('2022-10-04T16:34:14.685Z');
    expect(session.idleTimeoutInMinutes).toBe(72000);
    expect(session.locations).toHaveLength(3);
    expect(session.locations[0]).toEqual({
      at: '2022-08-17T01:21:30.116Z',
      remoteIp: '174.1.62.19',
      city: 'port coquitlam',
      state: 'british columbia',
      region: 'west coast',
      country: 'canada',
    });
    expect(session.lastSignOn?.authenticators).toEqual(['pwd']);
    expect(session.lastSignOn?.withAuthenticator?.pwd?.policy?.type).toBe('PINGONE');
    expect(session._links).toMatchObject({ self: { href: expect.stringContaining('/sessions/') as unknown } });
  });

  it('survives JSON dehydration unchanged', () => {
    const session = parse(seed);
    expect(parse(JSON.parse(JSON.stringify(session)))).toEqual(session);
  });

  it('rejects the error fixtures as sessions, naming the missing field', () => {
    for (const name of ['error.401.json', 'error.404.json', 'error.429.json']) {
      const body: unknown = JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
      const error = failure(body);
      expect(error.kind).toBe('invalid-response');
      expect(error.issues.map((i) => i.path)).toContain('environment');
    }
  });
});

describe('parseSession: tolerant where PingOne is loose', () => {
  it('accepts unknown extra fields and drops them', () => {
    const body = { ...clone(), brandNewField: { nested: true }, device: { type: 'Mac', fingerprint: 'x' } };
    const session = parse(body);
    expect(session).not.toHaveProperty('brandNewField');
    expect(session.device).toEqual({ type: 'Mac' });
  });

  it('accepts absent optional objects and null user / lastSignOn (anonymous session)', () => {
    const session = parse({ id: 's1', environment: { id: 'e1' }, user: null, lastSignOn: null });
    expect(session.user).toBeNull();
    expect(session.lastSignOn).toBeNull();
    expect(session.locations).toEqual([]);
    expect(session.browser).toBeUndefined();
    const noUser = parse({ id: 's1', environment: { id: 'e1' } });
    expect(noUser.user).toBeNull();
    expect(noUser.lastSignOn).toBeNull();
  });

  it('accepts idleTimeoutInMinutes as a numeric string', () => {
    expect(parse({ ...clone(), idleTimeoutInMinutes: '30' }).idleTimeoutInMinutes).toBe(30);
  });

  it('accepts locations without geo (private IPs) and timestamps with an offset', () => {
    const session = parse({
      ...clone(),
      activeAt: '2022-10-04T03:21:30.117+02:00',
      locations: [{ at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4' }],
    });
    expect(session.locations[0]).toEqual({ at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4' });
    expect(session.activeAt).toBe('2022-10-04T03:21:30.117+02:00');
  });
});

// Review row 2 (docs/pingone.md): each of these failed the whole parse before. Now the field
// alone is left out, the rest of the session survives, and `dropped` names the path (never the value).
describe('parseSession: one bad field never costs the whole session', () => {
  const reference = parse(seed);

  it.each([
    ['browser: null', { browser: null }, 'browser'],
    ['device: null', { device: null }, 'device'],
    ['operatingSystem: null', { operatingSystem: null }, 'operatingSystem'],
    ['userAgent: null', { userAgent: null }, 'userAgent'],
    ['expiresAt: null', { expiresAt: null }, 'expiresAt'],
    ['idleTimeoutInMinutes: null', { idleTimeoutInMinutes: null }, 'idleTimeoutInMinutes'],
    ['createdAt: null', { createdAt: null }, 'createdAt'],
  ])('reads %s as absent, silently', (_label, patch, field) => {
    const { session, dropped } = parseSession({ ...clone(), ...patch });
    expect(session).not.toHaveProperty(field);
    expect(dropped).toEqual([]);
    expect({ ...session, [field]: (reference as unknown as Record<string, unknown>)[field] }).toEqual(reference);
  });

  it('reads locations: null as no locations, and a null geo field as absent', () => {
    expect(parse({ ...clone(), locations: null }).locations).toEqual([]);
    const body = clone();
    body.locations = [
      { at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4', city: null, state: null, region: null, country: null },
    ];
    const { session, dropped } = parseSession(body);
    expect(session.locations).toEqual([{ at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4' }]);
    expect(dropped).toEqual([]);
  });

  it('reads browser.version, lastSignOn.remoteIp and lastSignOn.authenticators as null', () => {
    const body = clone();
    body.browser = { name: 'Firefox', version: null };
    body.lastSignOn = { ...(body.lastSignOn as object), remoteIp: null, authenticators: null };
    const session = parse(body);
    expect(session.browser).toEqual({ name: 'Firefox' });
    expect(session.lastSignOn?.remoteIp).toBeUndefined();
    expect(session.lastSignOn?.authenticators).toEqual([]);
    expect(session.lastSignOn?.policy).toEqual({ id: '874d5c7d-5e1c-4e73-b2b5-dfe1453b02f5', type: 'PINGONE' });
  });

  it('leaves out a location without a readable `at`, keeping the others, and says so', () => {
    const body = clone();
    const [first, second] = body.locations as Record<string, unknown>[];
    body.locations = [first, { ...second, at: undefined }, { ...second, at: 'soon' }, 'garbage'];
    const { session, dropped } = parseSession(body);
    expect(session.locations).toEqual([reference.locations[0]]);
    expect(dropped).toEqual([
      { path: 'locations[1].at', expected: 'an ISO-8601 timestamp' },
      { path: 'locations[2].at', expected: 'an ISO-8601 timestamp' },
      { path: 'locations[3]', expected: 'an object' },
    ]);
  });

  it('does not validate _links at all: a HAL array, a string or nothing are all fine', () => {
    const asArray = { self: [{ href: 'a' }, { href: 'b' }], next: 5 };
    const { session, dropped } = parseSession({ ...clone(), _links: asArray });
    expect(session._links).toEqual(asArray);
    expect(dropped).toEqual([]);
    expect(parseSession({ ...clone(), _links: 'x' }).dropped).toEqual([]);
    expect(parse({ ...clone(), _links: 'x' })).not.toHaveProperty('_links');
  });

  it('reads timestamps with a colon-less offset (+0000, -0530) or an hour-only one, in a form Date.parse reads', () => {
    const session = parse({
      ...clone(),
      activeAt: '2022-10-04T01:21:30.117+0000',
      createdAt: '2022-10-04T16:34:14.685-0530',
      expiresAt: '2022-11-23T01:21:30.117+00',
    });
    expect(session.activeAt).toBe('2022-10-04T01:21:30.117+00:00');
    expect(Date.parse(session.activeAt!)).toBe(Date.parse('2022-10-04T01:21:30.117Z'));
    expect(session.createdAt).toBe('2022-10-04T16:34:14.685-05:30');
    expect(session.expiresAt).toBe('2022-11-23T01:21:30.117+00:00');
  });

  it('reads fractions of any length as milliseconds, and times without seconds', () => {
    const session = parse({
      ...clone(),
      activeAt: '2022-10-04T01:21:30.1171234Z',
      createdAt: '2022-10-04T01:21Z',
      expiresAt: '2022-10-04t01:21:30.5z',
    });
    expect(session.activeAt).toBe('2022-10-04T01:21:30.117Z');
    expect(session.createdAt).toBe('2022-10-04T01:21:00Z');
    expect(session.expiresAt).toBe('2022-10-04T01:21:30.500Z');
  });

  it.each([
    ['activeAt (not a date)', { activeAt: 'yesterday' }, 'activeAt', 'an ISO-8601 timestamp'],
    ['expiresAt (invalid calendar date)', { expiresAt: '2022-02-30T00:00:00.000Z' }, 'expiresAt', 'an ISO-8601 timestamp'],
    ['expiresAt (no zone)', { expiresAt: '2022-02-03T00:00:00.000' }, 'expiresAt', 'an ISO-8601 timestamp'],
    ['createdAt (number)', { createdAt: 1664901254685 }, 'createdAt', 'an ISO-8601 timestamp'],
    ['idleTimeoutInMinutes (negative)', { idleTimeoutInMinutes: -5 }, 'idleTimeoutInMinutes', 'a non-negative number of minutes'],
    [
      'idleTimeoutInMinutes (text)',
      { idleTimeoutInMinutes: 'forever' },
      'idleTimeoutInMinutes',
      'a non-negative number of minutes',
    ],
    ['browser (string)', { browser: 'Firefox' }, 'browser', 'an object'],
    ['device (array)', { device: ['Mac'] }, 'device', 'an object'],
    ['userAgent (object)', { userAgent: { raw: 'x' } }, 'userAgent', 'a string'],
    ['locations (object)', { locations: { at: 'x' } }, 'locations', 'an array'],
    ['lastSignOn (string)', { lastSignOn: 'pwd' }, 'lastSignOn', 'an object'],
    ['user (string)', { user: 'someone' }, 'user', 'an object'],
  ])('leaves out a bad %s and reports its path', (_label, patch, path, expected) => {
    const { session, dropped } = parseSession({ ...clone(), ...patch });
    expect(dropped).toEqual([{ path, expected }]);
    expect(session.id).toBe(reference.id);
    expect(session.environment).toEqual(reference.environment);
  });

  it.each([
    ['browser.name (number)', { browser: { name: 5, version: '103.0' } }, 'browser.name', { browser: { version: '103.0' } }],
    ['user.id (array)', { user: { id: ['a'] } }, 'user.id', { user: null }],
    [
      'lastSignOn.authenticators (string)',
      { lastSignOn: { authenticators: 'pwd' } },
      'lastSignOn.authenticators',
      { lastSignOn: { authenticators: [] } },
    ],
    [
      'lastSignOn.authenticators[1] (number)',
      { lastSignOn: { authenticators: ['pwd', 7] } },
      'lastSignOn.authenticators[1]',
      { lastSignOn: { authenticators: ['pwd'] } },
    ],
    [
      'a withAuthenticator entry',
      { lastSignOn: { authenticators: [], withAuthenticator: { pwd: 'x', mfa: { at: 'now' } } } },
      'lastSignOn.withAuthenticator.*',
      { lastSignOn: { authenticators: [], withAuthenticator: { mfa: {} } } },
    ],
  ])('leaves out a bad %s alone', (_label, patch, path, expected) => {
    const { session, dropped } = parseSession({ ...clone(), ...patch });
    expect(dropped.map((d) => d.path)).toContain(path);
    expect(session).toMatchObject(expected);
  });

  it('never puts a value from the body in what it reports', () => {
    const secretish = 'ST-abcdef0123456789-user@example.com';
    const body = {
      ...clone(),
      userAgent: { secretish },
      activeAt: secretish,
      browser: secretish,
      locations: [{ at: secretish, city: secretish }],
    };
    const { dropped } = parseSession(body);
    expect(dropped.length).toBeGreaterThan(0);
    expect(JSON.stringify(dropped)).not.toContain('abcdef');
    expect(JSON.stringify(dropped)).not.toContain('example.com');
  });
});

describe('sessionSchema (zod/mini, for apps that compose it)', () => {
  it('reads like parseSession inside a larger schema, failing only on the essentials', () => {
    const page = z.object({ session: sessionSchema });
    const ok = page.safeParse({ session: { ...clone(), browser: null, expiresAt: 'soon' } });
    expect(ok.success && ok.data.session).toEqual(parse({ ...clone(), browser: null, expiresAt: 'soon' }));
    const bad = page.safeParse({ session: { ...clone(), id: 42 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('id: must be a non-empty string');
  });
});

describe('parseSession: strict only where it must be', () => {
  it.each([
    ['null', null, '(root)'],
    ['an array', [seed], '(root)'],
    ['a string', 'session', '(root)'],
    ['a number', 42, '(root)'],
  ])('rejects %s at the root', (_label, input, path) => {
    expect(failure(input).message).toContain(path === '(root)' ? 'expected an object' : path);
  });

  it.each([
    ['id', { id: 123 }, 'id'],
    ['id (empty)', { id: '' }, 'id'],
    ['id (null)', { id: null }, 'id'],
    ['environment.id', { environment: { id: 7 } }, 'environment.id'],
    ['environment', { environment: null }, 'environment'],
    ['environment (string)', { environment: 'abc' }, 'environment'],
  ])('rejects a bad %s (the only essential fields) and names the path', (_label, patch, path) => {
    const error = failure({ ...clone(), ...patch });
    expect(error.message).toContain(`"${path}`);
    expect(error.issues[0]?.path).toBe(path);
  });

  it('handles huge strings without choking', () => {
    const huge = 'x'.repeat(1_000_000);
    const session = parse({ ...clone(), userAgent: huge, locations: [{ at: '2022-08-17T01:21:30.116Z', city: huge }] });
    expect(session.userAgent).toHaveLength(1_000_000);
    const error = failure({ ...clone(), id: 5, userAgent: huge });
    expect(error.message.length).toBeLessThan(300);
  });

  it('never lets prototype-pollution keys through', () => {
    const hostile = JSON.parse(
      '{"id":"s","environment":{"id":"e","__proto__":{"polluted":true}},"__proto__":{"polluted":true},' +
        '"constructor":{"prototype":{"polluted":true}},"browser":{"__proto__":{"admin":true},"name":"x"}}',
    ) as unknown;
    const session = parse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(session)).toBe(Object.prototype);
    expect(Object.keys(session)).not.toContain('__proto__');
    expect((session as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((session.browser as Record<string, unknown>).admin).toBeUndefined();
    expect((session.environment as Record<string, unknown>).polluted).toBeUndefined();
  });
});

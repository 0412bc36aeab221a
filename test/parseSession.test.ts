// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSession } from '../src/core/parseSession';
import { SessionError, SessionResponseError } from '../src/core/errors';

const seed = JSON.parse(readFileSync(new URL('./fixtures/sessions-me.200.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const clone = (): Record<string, unknown> => structuredClone(seed);

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
    const session = parseSession(seed);
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
    expect(session._links?.self?.href).toContain('/sessions/');
  });

  it('survives JSON dehydration unchanged', () => {
    const session = parseSession(seed);
    expect(parseSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
  });

  it('rejects the error fixtures as sessions, naming the missing field', () => {
    for (const name of ['error.401.json', 'error.404.json', 'error.429.json']) {
      const body: unknown = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
      const error = failure(body);
      expect(error.kind).toBe('invalid-response');
      expect(error.issues.map((i) => i.path)).toContain('environment');
    }
  });
});

describe('parseSession: tolerant where PingOne is loose', () => {
  it('accepts unknown extra fields and drops them', () => {
    const body = { ...clone(), brandNewField: { nested: true }, device: { type: 'Mac', fingerprint: 'x' } };
    const session = parseSession(body);
    expect(session).not.toHaveProperty('brandNewField');
    expect(session.device).toEqual({ type: 'Mac' });
  });

  it('accepts absent optional objects and null user / lastSignOn (anonymous session)', () => {
    const session = parseSession({ id: 's1', environment: { id: 'e1' }, user: null, lastSignOn: null });
    expect(session.user).toBeNull();
    expect(session.lastSignOn).toBeNull();
    expect(session.locations).toEqual([]);
    expect(session.browser).toBeUndefined();
    const noUser = parseSession({ id: 's1', environment: { id: 'e1' } });
    expect(noUser.user).toBeNull();
    expect(noUser.lastSignOn).toBeNull();
  });

  it('accepts idleTimeoutInMinutes as a numeric string', () => {
    expect(parseSession({ ...clone(), idleTimeoutInMinutes: '30' }).idleTimeoutInMinutes).toBe(30);
  });

  it('accepts locations without geo (private IPs) and timestamps with an offset', () => {
    const session = parseSession({
      ...clone(),
      activeAt: '2022-10-04T03:21:30.117+02:00',
      locations: [{ at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4' }],
    });
    expect(session.locations[0]).toEqual({ at: '2022-08-17T01:21:30.116Z', remoteIp: '10.0.0.4' });
  });
});

describe('parseSession: strict where it matters', () => {
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
    ['environment.id', { environment: { id: 7 } }, 'environment.id'],
    ['environment', { environment: null }, 'environment'],
    ['activeAt (not a date)', { activeAt: 'yesterday' }, 'activeAt'],
    ['expiresAt (invalid calendar date)', { expiresAt: '2022-02-30T00:00:00.000Z' }, 'expiresAt'],
    ['createdAt (number)', { createdAt: 1664901254685 }, 'createdAt'],
    ['idleTimeoutInMinutes (negative)', { idleTimeoutInMinutes: -5 }, 'idleTimeoutInMinutes'],
    ['idleTimeoutInMinutes (text)', { idleTimeoutInMinutes: 'forever' }, 'idleTimeoutInMinutes'],
    ['locations (object)', { locations: { at: 'x' } }, 'locations'],
    ['locations[1].at', { locations: [{ at: '2022-08-17T01:21:30.116Z' }, { at: 'soon' }] }, 'locations[1].at'],
    ['browser.name (number)', { browser: { name: 5 } }, 'browser.name'],
    ['lastSignOn.authenticators (string)', { lastSignOn: { authenticators: 'pwd' } }, 'lastSignOn.authenticators'],
    ['user.id (array)', { user: { id: ['a'] } }, 'user.id'],
  ])('rejects a bad %s and names the path', (_label, patch, path) => {
    const error = failure({ ...clone(), ...patch });
    expect(error.message).toContain(`"${path}`);
    expect(error.issues[0]?.path).toBe(path);
  });

  it('handles huge strings without choking', () => {
    const huge = 'x'.repeat(1_000_000);
    const session = parseSession({ ...clone(), userAgent: huge, locations: [{ at: '2022-08-17T01:21:30.116Z', city: huge }] });
    expect(session.userAgent).toHaveLength(1_000_000);
    const error = failure({ ...clone(), id: 5, userAgent: huge });
    expect(error.message.length).toBeLessThan(300);
  });

  it('never lets prototype-pollution keys through', () => {
    const hostile = JSON.parse(
      '{"id":"s","environment":{"id":"e","__proto__":{"polluted":true}},"__proto__":{"polluted":true},' +
        '"constructor":{"prototype":{"polluted":true}},"browser":{"__proto__":{"admin":true},"name":"x"}}',
    ) as unknown;
    const session = parseSession(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(session)).toBe(Object.prototype);
    expect(Object.keys(session)).not.toContain('__proto__');
    expect((session as Record<string, unknown>).polluted).toBeUndefined();
    expect((session.browser as Record<string, unknown>).admin).toBeUndefined();
    expect((session.environment as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getSessionDeadlines, parseSession, SessionResponseError } from '../../src/session';
import {
  createSessionFixture,
  FIXTURE_ENVIRONMENT_ID,
  FIXTURE_SESSION_ID,
  FIXTURE_USER_ID,
  SESSION_FIXTURE_NOW,
} from '../../src/testing';
import seed from '../fixtures/sessions-me.200.json';

const MINUTE = 60_000;

describe('createSessionFixture', () => {
  it('builds a valid, deterministic session shaped like PingOne’s example, with dates that agree', () => {
    const session = createSessionFixture();
    expect(createSessionFixture()).toEqual(session);
    expect(parseSession(JSON.parse(JSON.stringify(session))).session).toEqual(session);
    expect(session.id).toBe(FIXTURE_SESSION_ID);
    expect(session.environment.id).toBe(FIXTURE_ENVIRONMENT_ID);
    expect(session.user?.id).toBe(FIXTURE_USER_ID);
    expect(Object.keys(session).sort()).toEqual(Object.keys(seed).sort());
    expect(session._links).toEqual(seed._links);
    // Sane, unlike the seed: created before last activity, which is before now, which is before expiry.
    const created = Date.parse(session.createdAt!);
    const active = Date.parse(session.activeAt!);
    expect(created).toBeLessThan(active);
    expect(active).toBeLessThan(SESSION_FIXTURE_NOW);
    const deadlines = getSessionDeadlines(session);
    expect(deadlines.idleExpiresAt).toBe(active + 30 * MINUTE);
    expect(deadlines.effectiveExpiresAt).toBeGreaterThan(SESSION_FIXTURE_NOW);
    expect(session.locations.every((l) => Date.parse(l.at) <= active)).toBe(true);
  });

  it('deep-merges overrides: objects by key, arrays and null replaced', () => {
    const session = createSessionFixture({
      browser: { version: '128.0' },
      lastSignOn: { authenticators: ['pwd', 'mfa'] },
      locations: [{ at: '2025-01-15T09:00:00.000Z', remoteIp: '10.0.0.1' }],
    });
    expect(session.browser).toEqual({ name: 'Firefox', version: '128.0' });
    expect(session.lastSignOn?.authenticators).toEqual(['pwd', 'mfa']);
    expect(session.lastSignOn?.policy).toEqual(createSessionFixture().lastSignOn?.policy);
    expect(session.locations).toEqual([{ at: '2025-01-15T09:00:00.000Z', remoteIp: '10.0.0.1' }]);
    const anonymous = createSessionFixture({ user: null, lastSignOn: null });
    expect(anonymous.user).toBeNull();
    expect(anonymous.lastSignOn).toBeNull();
    expect(anonymous._links).not.toHaveProperty('user');
  });

  it('removes a field given as undefined, as PingOne may omit it', () => {
    const session = createSessionFixture({ browser: undefined, expiresAt: undefined, operatingSystem: { version: undefined } });
    expect(session).not.toHaveProperty('browser');
    expect(session).not.toHaveProperty('expiresAt');
    expect(session.operatingSystem).toEqual({ name: 'Mac OS X' });
  });

  it('keeps _links in step with overridden ids', () => {
    const session = createSessionFixture({ id: 's-2', environment: { id: 'env-2' }, user: { id: 'u-2' } });
    expect(session._links).toMatchObject({
      self: { href: 'https://api.pingone.com/v1/environments/env-2/sessions/s-2' },
      user: { href: 'https://api.pingone.com/v1/environments/env-2/users/u-2' },
    });
  });

  it('refuses overrides that make the session invalid, and ignores prototype keys', () => {
    expect(() => createSessionFixture({ activeAt: 'not a date' })).toThrow(SessionResponseError);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "device": {"type": "Phone"}}') as Record<string, unknown>;
    const session = createSessionFixture(hostile);
    expect(session.device).toEqual({ type: 'Phone' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { call, envPath, json, me, MINUTE, setupEmulator } from '../support/emulator';

describe('controls', () => {
  it('createSession builds valid sessions from overrides, anonymous ones included', async () => {
    const { clock, emulator } = setupEmulator({ idleTimeoutInMinutes: 45 });
    const anonymous = emulator.createSession({ userId: null });
    expect(anonymous.session.user).toBeNull();
    expect(anonymous.session.lastSignOn).toBeNull();
    const custom = emulator.createSession({
      userId: 'u-1',
      browser: { name: 'Chrome' },
      lastSignOn: { authenticators: ['pwd', 'otp'] },
    });
    expect(custom.session.user).toEqual({ id: 'u-1' });
    expect(custom.session.browser).toEqual({ name: 'Chrome', version: '103.0' });
    expect(custom.session.lastSignOn?.authenticators).toEqual(['pwd', 'otp']);
    expect(custom.session.lastSignOn?.at).toBe(new Date(clock.now).toISOString());
    expect(custom.session.idleTimeoutInMinutes).toBe(45);
    expect(custom.token).not.toBe(anonymous.token);
    expect(custom.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await json<Session>(await me(emulator, custom.token))).toEqual(custom.session);
  });

  it("keeps PingOne's quirks when asked: activeAt earlier than createdAt", () => {
    const { clock, emulator } = setupEmulator();
    const activeAt = new Date(clock.now - 15 * 60 * MINUTE).toISOString();
    const { session } = emulator.createSession({ activeAt, idleTimeoutInMinutes: 72000 });
    expect(Date.parse(session.activeAt!)).toBeLessThan(Date.parse(session.createdAt!));
    expect(session.expiresAt).toBe(new Date(Date.parse(activeAt) + 72000 * MINUTE).toISOString());
  });

  it('returns copies: mutating a returned session does not change the emulator', async () => {
    const { emulator } = setupEmulator();
    const { token, session } = emulator.createSession();
    session.locations.push({ at: session.createdAt! });
    (session as { id: string }).id = 'changed';
    const body = await json<Session>(await me(emulator, token));
    expect(body.id).not.toBe('changed');
    expect(body.locations).toHaveLength(1);
  });

  it('expire and revoke end sessions; controls refuse unknown tokens without naming them', async () => {
    const { clock, emulator } = setupEmulator();
    const a = emulator.createSession();
    const b = emulator.createSession();
    const expiredAt = new Date(clock.now).toISOString();
    emulator.expire(a.token);
    clock.advance(MINUTE);
    emulator.expire(a.token); // idempotent: keeps the first expiry
    const listed = await call(emulator, `${envPath(emulator)}/users/${a.session.user!.id}/sessions`, {
      bearer: emulator.issueAccessToken(),
    });
    expect(
      (await json<{ _embedded: { sessions: Session[] } }>(listed))._embedded.sessions.find((s) => s.id === a.session.id)
        ?.expiresAt,
    ).toBe(expiredAt);
    emulator.revoke(b.token);
    expect((await me(emulator, a.token)).status).toBe(404);
    expect((await me(emulator, b.token)).status).toBe(404);
    const secret = 'unknown-token-value-1234';
    for (const control of [() => emulator.touch(secret), () => emulator.expire(secret), () => emulator.revoke(secret)]) {
      expect(control).toThrow(/PingOne emulator/);
      try {
        control();
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
  });

  it('reset forgets sessions, tokens, faults and the log', async () => {
    const { emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const bearer = emulator.issueAccessToken();
    emulator.fail({ status: 500 });
    emulator.reset();
    expect(emulator.requests).toEqual([]);
    const response = await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer, st: token });
    expect(response.status).toBe(401); // the bearer is gone too, and the fault did not fire
    expect((await me(emulator, token)).status).toBe(404);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { json, me, MINUTE, setupEmulator } from '../support/emulator';

describe('sliding idle expiry', () => {
  it('expires at activeAt + idleTimeoutInMinutes, and activity slides the deadline', async () => {
    const { clock, emulator } = setupEmulator({ idleTimeoutInMinutes: 30 });
    const start = clock.now;
    const { token } = emulator.createSession();
    clock.advance(20 * MINUTE);
    const touched = emulator.touch(token);
    expect(touched.activeAt).toBe(new Date(start + 20 * MINUTE).toISOString());
    expect(touched.expiresAt).toBe(new Date(start + 50 * MINUTE).toISOString());
    clock.advance(29 * MINUTE + 59_999); // 49:59.999 after start
    expect((await me(emulator, token)).status).toBe(200);
    clock.advance(1); // exactly at expiresAt
    expect((await me(emulator, token)).status).toBe(404);
    expect(() => emulator.touch(token)).toThrow(/expired/);
  });

  it('keeps an untouched session only until its idle deadline', async () => {
    const { clock, emulator } = setupEmulator({ idleTimeoutInMinutes: 5 });
    const { token } = emulator.createSession();
    clock.advance(5 * MINUTE - 1);
    expect((await me(emulator, token)).status).toBe(200);
    clock.advance(1);
    expect((await me(emulator, token)).status).toBe(404);
  });

  it('by default a GET is not activity: reading does not keep the session alive', async () => {
    const { clock, emulator } = setupEmulator({ idleTimeoutInMinutes: 30 });
    const { token, session } = emulator.createSession();
    clock.advance(10 * MINUTE);
    const body = await json<Session>(await me(emulator, token));
    expect(body.activeAt).toBe(session.activeAt);
    expect(body.locations).toHaveLength(1);
    clock.advance(20 * MINUTE);
    expect((await me(emulator, token)).status).toBe(404);
  });

  it('with getCountsAsActivity a GET slides activeAt and records a location', async () => {
    const { clock, emulator } = setupEmulator({ getCountsAsActivity: true, idleTimeoutInMinutes: 30 });
    const { token } = emulator.createSession();
    clock.advance(10 * MINUTE);
    const body = await json<Session>(await me(emulator, token));
    expect(body.activeAt).toBe(new Date(clock.now).toISOString());
    expect(body.expiresAt).toBe(new Date(clock.now + 30 * MINUTE).toISOString());
    expect(body.locations).toHaveLength(2);
    clock.advance(25 * MINUTE); // 35 min after creation, 25 after the read
    expect((await me(emulator, token)).status).toBe(200);
  });

  it('keeps only the last 5 locations', () => {
    const { clock, emulator } = setupEmulator();
    const { token } = emulator.createSession();
    let last: Session | undefined;
    for (let i = 0; i < 7; i++) {
      clock.advance(MINUTE);
      last = emulator.touch(token);
    }
    expect(last?.locations).toHaveLength(5);
    expect(last?.locations.at(-1)?.at).toBe(new Date(clock.now).toISOString());
    expect(last?.locations[0]?.at).toBe(new Date(clock.now - 4 * MINUTE).toISOString());
  });

  it('touch accepts an explicit time', () => {
    const { clock, emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const at = clock.now + 3 * MINUTE;
    expect(emulator.touch(token, at).activeAt).toBe(new Date(at).toISOString());
  });
});

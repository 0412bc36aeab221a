// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_USER_ID } from '../../src/testing';
import { call, envPath, json, me, MINUTE, setupEmulator, type SessionListJson } from '../support/emulator';

function setup() {
  const { clock, emulator } = setupEmulator();
  const list = (userId: string, bearer = emulator.issueAccessToken()) =>
    call(emulator, `${envPath(emulator)}/users/${userId}/sessions`, { bearer });
  const remove = (userId: string, sessionId: string, options: { st?: string; bearer?: string } = {}) =>
    call(emulator, `${envPath(emulator)}/users/${userId}/sessions/${sessionId}`, {
      method: 'DELETE',
      bearer: options.bearer ?? emulator.issueAccessToken(),
      st: options.st,
    });
  return { clock, emulator, list, remove };
}

describe('GET users/{userId}/sessions', () => {
  it('keeps at most 10 sessions per user (an 11th purges the oldest) and lists them newest activity first', async () => {
    const { clock, emulator, list } = setup();
    const ids: string[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      const created = emulator.createSession({ userId: 'u-1' });
      ids.push(created.session.id);
      tokens.push(created.token);
      clock.advance(MINUTE);
    }
    emulator.createSession({ userId: 'someone-else' });
    emulator.createSession({ userId: null });
    const response = await list('u-1');
    expect(response.status).toBe(200);
    const body = await json<SessionListJson>(response);
    expect(body.count).toBe(10);
    expect(body.size).toBe(10);
    expect(body._embedded.sessions.map((s) => s.id)).toEqual(ids.slice(2).reverse());
    expect(body._embedded.sessions.every((s) => s.user?.id === 'u-1')).toBe(true);
    // Each item links to itself under the user, as in PingOne's read-all-sessions example.
    // The two oldest were purged, not just hidden: their ST no longer reads.
    expect((await me(emulator, tokens[0])).status).toBe(404);
    expect((await me(emulator, tokens[1])).status).toBe(404);
    expect((await me(emulator, tokens[2])).status).toBe(200);
    for (const item of body._embedded.sessions) {
      expect(item._links).toMatchObject({
        self: { href: expect.stringMatching(new RegExp(`/users/u-1/sessions/${item.id}$`)) as unknown },
      });
    }
  });

  it('includes expired sessions but not deleted ones', async () => {
    const { clock, emulator, list } = setup();
    const expired = emulator.createSession();
    const idled = emulator.createSession({ idleTimeoutInMinutes: 1 });
    const revoked = emulator.createSession();
    const live = emulator.createSession();
    emulator.expire(expired.token);
    emulator.revoke(revoked.token);
    clock.advance(2 * MINUTE);
    const body = await json<SessionListJson>(await list(FIXTURE_USER_ID));
    expect(body._embedded.sessions.map((s) => s.id).sort()).toEqual([expired, idled, live].map((s) => s.session.id).sort());
  });

  it('needs a bearer token (not a session cookie)', async () => {
    const { emulator, list } = setup();
    const { token } = emulator.createSession();
    expect((await list(FIXTURE_USER_ID, 'bogus')).status).toBe(401);
    const withCookieOnly = await call(emulator, `${envPath(emulator)}/users/${FIXTURE_USER_ID}/sessions`, { st: token });
    expect(withCookieOnly.status).toBe(401);
  });
});

describe('DELETE users/{userId}/sessions/{sessionId}', () => {
  it("deletes another of the user's sessions (204)", async () => {
    const { emulator, list, remove } = setup();
    const current = emulator.createSession();
    const other = emulator.createSession();
    const response = await remove(FIXTURE_USER_ID, other.session.id, { st: current.token });
    expect(response.status).toBe(204);
    expect((await me(emulator, other.token)).status).toBe(404);
    expect((await me(emulator, current.token)).status).toBe(200);
    const body = await json<SessionListJson>(await list(FIXTURE_USER_ID));
    expect(body._embedded.sessions.map((s) => s.id)).toEqual([current.session.id]);
  });

  it('refuses to delete the current session (the one the ST cookie names) with 400', async () => {
    const { emulator, remove } = setup();
    const current = emulator.createSession();
    const response = await remove(FIXTURE_USER_ID, current.session.id, { st: current.token });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      code: 'INVALID_REQUEST',
      id: expect.any(String) as unknown,
      details: [{ code: 'INVALID_VALUE', target: 'sessionId' }],
    });
    expect((await me(emulator, current.token)).status).toBe(200);
  });

  it("answers 404 for unknown sessions or another user's, and 401 without a bearer", async () => {
    const { emulator, remove } = setup();
    const mine = emulator.createSession({ userId: 'u-1' });
    expect((await remove('u-1', 'no-such-session')).status).toBe(404);
    expect((await remove('u-2', mine.session.id)).status).toBe(404);
    expect((await remove('u-1', mine.session.id, { bearer: 'bogus' })).status).toBe(401);
    expect((await me(emulator, mine.token)).status).toBe(200);
  });
});

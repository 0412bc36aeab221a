// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { LOGOUT_CONTENT_TYPE } from '../../src/testing';
import { call, envPath, json, me, MINUTE, putBody, setupEmulator } from '../support/emulator';

describe('PUT, POST logout and DELETE sessions/me', () => {
  it('PUT sets activeAt from the body and slides expiresAt', async () => {
    const { clock, emulator } = setupEmulator();
    const { token, session } = emulator.createSession();
    clock.advance(10 * MINUTE);
    const activeAt = new Date(clock.now - MINUTE).toISOString();
    const response = await me(emulator, token, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: putBody(session, { activeAt, idleTimeoutInMinutes: '60', userAgent: 'curl/8.0' }),
    });
    expect(response.status).toBe(200);
    const body = await json<Session>(response);
    expect(body.activeAt).toBe(activeAt);
    expect(body.idleTimeoutInMinutes).toBe(60);
    expect(body.expiresAt).toBe(new Date(clock.now - MINUTE + 60 * MINUTE).toISOString());
    expect(body.locations).toHaveLength(2);
    // The documented fields replace the stored ones.
    expect(body.userAgent).toBe('curl/8.0');
    expect(body.lastSignOn).toEqual(session.lastSignOn);
  });

  // PingOne's request model (update-session-me): activeAt, id, lastSignOn and userAgent are Required.
  it.each([
    ['an empty body', '', undefined],
    ['{}', '{}', ['activeAt', 'id', 'lastSignOn', 'userAgent']],
    ['only activeAt', JSON.stringify({ activeAt: '2025-03-01T12:00:00.000Z' }), ['id', 'lastSignOn', 'userAgent']],
    ['only idleTimeoutInMinutes', JSON.stringify({ idleTimeoutInMinutes: 60 }), ['activeAt', 'id', 'lastSignOn', 'userAgent']],
  ])('PUT with %s is refused: 400 INVALID_DATA / REQUIRED_VALUE per missing field', async (_label, body, missing) => {
    const { emulator } = setupEmulator();
    const { token, session } = emulator.createSession();
    const response = await me(emulator, token, { method: 'PUT', body });
    expect(response.status).toBe(400);
    const error = await json(response);
    expect(error.id).toEqual(expect.any(String));
    if (missing) {
      expect(error.code).toBe('INVALID_DATA');
      expect(error.details).toEqual(
        missing.map((target) => expect.objectContaining({ code: 'REQUIRED_VALUE', target }) as unknown),
      );
    } else expect(error.code).toBe('INVALID_REQUEST');
    // Nothing changed.
    expect(await json<Session>(await me(emulator, token))).toEqual(session);
  });

  it('PUT rejects bad values with 400 and PingOne details', async () => {
    const { emulator } = setupEmulator();
    const { token, session } = emulator.createSession();
    const badDate = await me(emulator, token, { method: 'PUT', body: putBody(session, { activeAt: 'yesterday' }) });
    expect(badDate.status).toBe(400);
    expect(await json(badDate)).toMatchObject({ code: 'INVALID_DATA', details: [{ code: 'INVALID_VALUE', target: 'activeAt' }] });
    const otherId = await me(emulator, token, { method: 'PUT', body: putBody(session, { id: 'someone-else' }) });
    expect(await json(otherId)).toMatchObject({ details: [{ code: 'INVALID_VALUE', target: 'id' }] });
    const notJson = await me(emulator, token, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    const badIdle = await me(emulator, token, { method: 'PUT', body: putBody(session, { idleTimeoutInMinutes: 'soon' }) });
    expect(await json(badIdle)).toMatchObject({ details: [{ target: 'idleTimeoutInMinutes' }] });
  });

  it('POST with the logout content type resets authentication (204): the session reads on, with no user', async () => {
    const { emulator } = setupEmulator();
    const { token, session } = emulator.createSession();
    const wrongType = await me(emulator, token, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    expect((await me(emulator, token)).status).toBe(200);
    const logout = await me(emulator, token, { method: 'POST', headers: { 'Content-Type': LOGOUT_CONTENT_TYPE } });
    expect(logout.status).toBe(204);
    expect(await logout.text()).toBe('');
    const after = await me(emulator, token);
    expect(after.status).toBe(200);
    const body = await json<Session>(after);
    expect(body).toMatchObject({ id: session.id, user: null, lastSignOn: null });
    // The session is no longer the user's: it leaves their list.
    const list = await call(emulator, `${envPath(emulator)}/users/${session.user?.id}/sessions`, {
      bearer: emulator.issueAccessToken(),
    });
    expect((await json<{ _embedded: { sessions: Session[] } }>(list))._embedded.sessions).toEqual([]);
  });

  it("POST with afterLogout: 'gone' makes later reads 404", async () => {
    const { emulator } = setupEmulator({ afterLogout: 'gone' });
    const { token } = emulator.createSession();
    const wrongType = await me(emulator, token, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    expect((await me(emulator, token)).status).toBe(200);
    const logout = await me(emulator, token, { method: 'POST', headers: { 'Content-Type': LOGOUT_CONTENT_TYPE } });
    expect(logout.status).toBe(204);
    expect(await logout.text()).toBe('');
    expect((await me(emulator, token)).status).toBe(404);
  });

  it('DELETE ends the session (204)', async () => {
    const { emulator } = setupEmulator();
    const { token } = emulator.createSession();
    expect((await me(emulator, token, { method: 'DELETE' })).status).toBe(204);
    expect((await me(emulator, token)).status).toBe(404);
  });

  it('answers 405 with Allow for other methods', async () => {
    const { emulator } = setupEmulator();
    const response = await me(emulator, 'x', { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('PUT');
  });
});

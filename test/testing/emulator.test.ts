// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSession, type Session } from '../../src/session';
import { EMULATOR_ENVIRONMENT_ID } from '../../src/testing';
import { call, envPath, json, me, MINUTE, setupEmulator } from '../support/emulator';

describe('GET sessions/me', () => {
  it('returns the session created for the ST token, with Date from the emulator clock and no-store', async () => {
    const { clock, emulator } = setupEmulator({ idleTimeoutInMinutes: 30 });
    const { token, session } = emulator.createSession();
    const response = await me(emulator, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('date')).toBe(new Date(clock.now).toUTCString());
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await json<Session>(response);
    expect(parseSession(body).session).toEqual(session);
    expect(body.environment.id).toBe(EMULATOR_ENVIRONMENT_ID);
    expect(body.createdAt).toBe(new Date(clock.now).toISOString());
    expect(body.expiresAt).toBe(new Date(clock.now + 30 * MINUTE).toISOString());
  });

  it("gives new sessions PingOne's documented idle timeout, 30 days, unless told otherwise", async () => {
    const { clock, emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const body = await json<Session>(await me(emulator, token));
    expect(body.idleTimeoutInMinutes).toBe(30 * 24 * 60);
    expect(body.expiresAt).toBe(new Date(clock.now + 30 * 24 * 60 * MINUTE).toISOString());
  });

  it('finds the ST cookie among other cookies', async () => {
    const { emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const response = await call(emulator, `${envPath(emulator)}/sessions/me`, {
      bearer: emulator.issueAccessToken(),
      headers: { Cookie: `theme=dark; ST=${token}; other=1` },
    });
    expect(response.status).toBe(200);
  });

  it('needs a valid, unexpired bearer token: 401 ACCESS_FAILED / INVALID_TOKEN otherwise', async () => {
    const { clock, emulator } = setupEmulator({ accessTokenLifetimeSeconds: 60 });
    const { token } = emulator.createSession({ idleTimeoutInMinutes: 120 });
    const path = `${envPath(emulator)}/sessions/me`;
    const bearer = emulator.issueAccessToken();
    for (const response of [
      await call(emulator, path, { st: token }),
      await call(emulator, path, { st: token, bearer: 'made-up' }),
    ]) {
      expect(response.status).toBe(401);
      const body = await json(response);
      expect(body.code).toBe('ACCESS_FAILED');
      expect(body.details?.[0]?.code).toBe('INVALID_TOKEN');
    }
    clock.advance(59_999);
    expect((await call(emulator, path, { st: token, bearer })).status).toBe(200);
    clock.advance(1);
    expect((await call(emulator, path, { st: token, bearer })).status).toBe(401);
  });

  it('answers 401 without an ST cookie and 404 NOT_FOUND for an unknown token', async () => {
    const { emulator } = setupEmulator();
    const missing = await me(emulator, undefined);
    expect(missing.status).toBe(401);
    expect(await json(missing)).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] });
    const unknown = await me(emulator, 'not-a-real-session-token');
    expect(unknown.status).toBe(404);
    const body = await json(unknown);
    expect(body.code).toBe('NOT_FOUND');
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('routing', () => {
  it("refuses another environment with 403, and answers unknown paths with a 404 that is not a dead session's", async () => {
    const { emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const other = await call(emulator, '/v1/environments/00000000-0000-0000-0000-000000000000/sessions/me', {
      bearer: emulator.issueAccessToken(),
      st: token,
    });
    expect(other.status).toBe(403);
    expect(await json(other)).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INSUFFICIENT_PERMISSIONS' }] });
    // A dead session: PingOne's JSON error body, code NOT_FOUND.
    const dead = await me(emulator, 'not-a-real-session-token');
    expect(dead.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await json(dead)).code).toBe('NOT_FOUND');
    // Unknown routes (a typo, an apiPath without /v1 doubled, a wrong prefix): plain text, no PingOne body.
    for (const path of [`${envPath(emulator)}/nothing-here`, `/environments/${emulator.environmentId}/sessions/me`]) {
      const unknown = await call(emulator, path, { bearer: emulator.issueAccessToken(), st: token });
      expect(unknown.status, path).toBe(404);
      expect(unknown.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await unknown.text()).toMatch(/^404 Not Found: no PingOne endpoint at /);
    }
  });

  it('works mounted under a path prefix', async () => {
    const { emulator } = setupEmulator();
    const { token } = emulator.createSession();
    const response = await call(emulator, `/pingone${envPath(emulator)}/sessions/me`, {
      bearer: emulator.issueAccessToken(),
      st: token,
    });
    expect(response.status).toBe(200);
  });
});

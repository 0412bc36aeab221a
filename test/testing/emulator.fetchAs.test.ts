// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSession, type Session } from '../../src/session';
import { envPath, json, putBody, setupEmulatorWithSession } from '../support/emulator';

describe('fetchAs', () => {
  it('sends any call to sessions/me in-process with a bearer and the ST cookie', async () => {
    const { emulator } = setupEmulatorWithSession();
    const { token, session } = emulator.createSession({ browser: { name: 'Safari' } });
    const fetchAs = emulator.fetchAs(token);
    // The forged bearer is replaced by a valid one, or this would be a 401.
    const response = await fetchAs('/api/session?ignored=1', {
      headers: { Accept: 'application/json', Authorization: 'Bearer forged' },
    });
    expect(response.status).toBe(200);
    expect(parseSession(await response.json()).session).toEqual(session);
    expect(emulator.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: `${envPath(emulator)}/sessions/me`, status: 200 }),
    ]);
  });

  it('reads the token on every call and leaves the cookie out when it is undefined', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    let current: string | undefined = token;
    const fetchAs = emulator.fetchAs(() => current);
    expect((await fetchAs('https://example.test/anything')).status).toBe(200);
    current = undefined;
    expect((await fetchAs('https://example.test/anything')).status).toBe(401);
  });

  it('forwards method and body (PUT activity, logout)', async () => {
    const { clock, emulator, token } = setupEmulatorWithSession();
    const fetchAs = emulator.fetchAs(token);
    const session = await json<Session>(await fetchAs('/api/session'));
    clock.advance(60_000);
    const activeAt = new Date(clock.now).toISOString();
    const put = await fetchAs(
      new Request('http://proxy.test/api/session', { method: 'PUT', body: putBody(session, { activeAt }) }),
    );
    expect((await json<Session>(put)).activeAt).toBe(activeAt);
    const logout = await fetchAs('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.pingidentity.sso.session.logout' },
    });
    expect(logout.status).toBe(204);
    expect(await json<Session>(await fetchAs('/api/session'))).toMatchObject({ id: session.id, user: null, lastSignOn: null });
  });

  it('keeps working when the clock passes the bearer lifetime, and honours faults', async () => {
    const { clock, emulator, token } = setupEmulatorWithSession();
    const fetchAs = emulator.fetchAs(token);
    expect((await fetchAs('/x')).status).toBe(200);
    emulator.touch(token, clock.now + 2 * 3600_000 - 60_000);
    clock.advance(2 * 3600_000);
    expect((await fetchAs('/x')).status).toBe(200);
    emulator.fail({ status: 503 });
    expect((await fetchAs('/x')).status).toBe(503);
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ delayMs: 60_000 });
    const controller = new AbortController();
    const pending = emulator.fetchAs(token)('/x', { signal: controller.signal });
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
    await expect(emulator.fetchAs(token)('/x', { signal: controller.signal })).rejects.toThrow('gave up');
  });
});

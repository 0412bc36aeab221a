// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from '../src/core';
import { createPingOneEmulator, LOGOUT_CONTENT_TYPE } from '../src/testing';
import { json, manualClock, me, MINUTE } from './emulatorHelpers';

function setup(options: Parameters<typeof createPingOneEmulator>[0] = {}) {
  const clock = manualClock();
  const emulator = createPingOneEmulator({ now: clock.read, ...options });
  return { clock, emulator };
}

describe('PUT, POST logout and DELETE sessions/me', () => {
  it('PUT sets activeAt from the body and slides expiresAt', async () => {
    const { clock, emulator } = setup();
    const { token } = emulator.createSession();
    clock.advance(10 * MINUTE);
    const activeAt = new Date(clock.now - MINUTE).toISOString();
    const response = await me(emulator, token, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ activeAt, idleTimeoutInMinutes: '60' }),
    });
    expect(response.status).toBe(200);
    const body = await json<Session>(response);
    expect(body.activeAt).toBe(activeAt);
    expect(body.idleTimeoutInMinutes).toBe(60);
    expect(body.expiresAt).toBe(new Date(clock.now - MINUTE + 60 * MINUTE).toISOString());
    expect(body.locations).toHaveLength(2);
  });

  it('PUT without a body counts as activity now', async () => {
    const { clock, emulator } = setup();
    const { token } = emulator.createSession();
    clock.advance(7 * MINUTE);
    const body = await json<Session>(await me(emulator, token, { method: 'PUT' }));
    expect(body.activeAt).toBe(new Date(clock.now).toISOString());
  });

  it('PUT rejects bad input with 400 and PingOne details', async () => {
    const { emulator } = setup();
    const { token } = emulator.createSession();
    const badDate = await me(emulator, token, { method: 'PUT', body: JSON.stringify({ activeAt: 'yesterday' }) });
    expect(badDate.status).toBe(400);
    expect(await json(badDate)).toMatchObject({ code: 'INVALID_DATA', details: [{ code: 'INVALID_VALUE', target: 'activeAt' }] });
    const notJson = await me(emulator, token, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    const badIdle = await me(emulator, token, { method: 'PUT', body: JSON.stringify({ idleTimeoutInMinutes: 'soon' }) });
    expect(await json(badIdle)).toMatchObject({ details: [{ target: 'idleTimeoutInMinutes' }] });
  });

  it('POST with the logout content type ends the session (204)', async () => {
    const { emulator } = setup();
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
    const { emulator } = setup();
    const { token } = emulator.createSession();
    expect((await me(emulator, token, { method: 'DELETE' })).status).toBe(204);
    expect((await me(emulator, token)).status).toBe(404);
  });

  it('answers 405 with Allow for other methods', async () => {
    const { emulator } = setup();
    const response = await me(emulator, 'x', { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('PUT');
  });
});

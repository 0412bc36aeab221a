// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET } from '../../src/testing';
import { call, envPath, me, setupEmulatorWithSession } from '../support/emulator';

describe('request log', () => {
  it('records method, path, status and arrival time, and never a token, header or query', async () => {
    const { clock, emulator, token } = setupEmulatorWithSession();
    const bearer = emulator.issueAccessToken();
    const at = clock.now;
    await call(emulator, `${envPath(emulator)}/sessions/me?st=${token}`, { bearer, st: token });
    clock.advance(1000);
    emulator.fail({ status: 429 });
    await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer, st: token });
    await call(emulator, `/${emulator.environmentId}/as/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${btoa(`${EMULATOR_CLIENT_ID}:${EMULATOR_CLIENT_SECRET}`)}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(emulator.requests).toEqual([
      { method: 'GET', path: `${envPath(emulator)}/sessions/me`, status: 200, at },
      { method: 'GET', path: `${envPath(emulator)}/sessions/me`, status: 429, at: at + 1000 },
      { method: 'POST', path: `/${emulator.environmentId}/as/token`, status: 200, at: at + 1000 },
    ]);
    const logged = JSON.stringify(emulator.requests);
    for (const secret of [token, bearer, EMULATOR_CLIENT_SECRET]) expect(logged).not.toContain(secret);
  });

  it('is a read-only snapshot, emptied by clearRequests', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    await me(emulator, token);
    const snapshot = emulator.requests;
    expect(Object.isFrozen(snapshot)).toBe(true);
    await me(emulator, token);
    expect(snapshot).toHaveLength(1);
    expect(emulator.requests).toHaveLength(2);
    emulator.clearRequests();
    expect(emulator.requests).toEqual([]);
  });
});

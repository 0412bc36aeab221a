// @vitest-environment node
// Issue 8 points 1-2 (review F1): the proxy is read-only unless an operation is enabled, and the
// one write that extends a session is built by the server from PingOne's own data.
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

/** The session as the emulator holds it now (in-process, not through the proxy). */
async function stored(token: string): Promise<Session | undefined> {
  const response = await h.pingone.emulator.fetchAs(token)(
    `http://x/v1/environments/${h.pingone.emulator.environmentId}/sessions/me`,
  );
  return response.ok ? ((await response.json()) as Session) : undefined;
}

/** A proxy whose calls to PingOne are recorded (method + body) on their way over HTTP. */
async function recordingProxy(operations: { extend?: boolean; signOff?: boolean }) {
  const sent: { method: string; body: string | undefined }[] = [];
  const proxy = await h.startProxy({
    operations,
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : undefined });
      return fetch(input, init);
    },
  });
  return { ...proxy, sent };
}

describe('read-only unless asked (point 1)', () => {
  it('answers GET only by default: PUT, POST, DELETE and PATCH get 405 with Allow: GET, and PingOne is never called', async () => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    for (const method of ['PUT', 'POST', 'DELETE', 'PATCH']) {
      const response = await fetch(url, { method, headers: browserHeaders(url, token), body: '{}' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
    const options = await fetch(url, { method: 'OPTIONS', headers: browserHeaders(url, token) });
    expect(options.headers.get('allow')).toBe('GET');
    expect(h.pingone.emulator.requests).toEqual([]);
    expect(await stored(token)).toBeDefined();
  });

  it('enables each write on its own: signOff alone allows POST (logout), extend alone allows PUT', async () => {
    const signOffOnly = await h.startProxy({ operations: { signOff: true } });
    const { token } = h.signIn();
    expect((await fetch(signOffOnly.url, { method: 'PUT', headers: browserHeaders(signOffOnly.url, token) })).status).toBe(405);
    expect((await fetch(signOffOnly.url, { method: 'POST', headers: browserHeaders(signOffOnly.url, token) })).status).toBe(204);
    // Logout resets authentication: the session no longer has a user.
    expect((await stored(token))?.user ?? null).toBeNull();

    const extendOnly = await h.startProxy({ operations: { extend: true } });
    const second = h.signIn();
    expect((await fetch(extendOnly.url, { method: 'POST', headers: browserHeaders(extendOnly.url, second.token) })).status).toBe(
      405,
    );
    expect((await fetch(extendOnly.url, { method: 'PUT', headers: browserHeaders(extendOnly.url, second.token) })).status).toBe(
      200,
    );
    expect(
      (await fetch(extendOnly.url, { method: 'DELETE', headers: browserHeaders(extendOnly.url, second.token) })).status,
    ).toBe(405);
  });
});

describe('the browser never chooses what is written (point 2)', () => {
  it("refuses the review's hostile body with 400 and the session in PingOne stays exactly as it was", async () => {
    const { url, sent } = await recordingProxy({ extend: true });
    const { token } = h.signIn();
    const before = await stored(token);
    const hostile = {
      activeAt: '2099-01-01T00:00:00.000Z',
      idleTimeoutInMinutes: 72000,
      user: { id: 'victim-user-id' },
      token: 'attacker-chosen-session-token',
      userAgent: 'forged',
      lastSignOn: {
        at: new Date().toISOString(),
        authenticators: ['pwd', 'mfa'],
        withAuthenticator: { mfa: { at: new Date().toISOString() } },
      },
    };
    for (const [type, body] of [
      ['application/json', JSON.stringify(hostile)],
      ['text/plain', JSON.stringify(hostile)],
      ['application/json', JSON.stringify({ activeAt: '2099-01-01T00:00:00.000Z' })],
      ['application/json', JSON.stringify({ idleTimeoutInMinutes: '72000' })],
      ['application/x-www-form-urlencoded', 'idleTimeoutInMinutes=72000'],
      ['application/json', '[]'],
      ['application/json', 'null'],
    ] as const) {
      const response = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token, { 'Content-Type': type }), body });
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('INVALID_DATA');
    }
    expect(sent).toEqual([]);
    expect(await stored(token)).toEqual(before);
  });

  it("extends with the documented full body built from PingOne's own session: activeAt = now, idle timeout unchanged", async () => {
    const { url, sent } = await recordingProxy({ extend: true });
    const { token, session } = h.signIn({ activeAt: new Date(Date.now() - 10 * 60_000).toISOString(), idleTimeoutInMinutes: 30 });
    for (const body of [undefined, '{}', ' { } ']) {
      const response = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body });
      expect(response.status).toBe(200);
    }
    const writes = sent.filter((s) => s.method === 'PUT');
    expect(sent.map((s) => s.method)).toEqual(['GET', 'PUT', 'GET', 'PUT', 'GET', 'PUT']);
    const written = JSON.parse(writes[0]?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(written).sort()).toEqual(['activeAt', 'id', 'idleTimeoutInMinutes', 'lastSignOn', 'userAgent']);
    expect(written.id).toBe(session.id);
    expect(written.idleTimeoutInMinutes).toBe(30);
    expect(written.lastSignOn).toEqual(session.lastSignOn);
    expect(Math.abs(Date.parse(String(written.activeAt)) - Date.now())).toBeLessThan(5_000);
    const after = await stored(token);
    expect(after?.idleTimeoutInMinutes).toBe(30);
    expect(after?.user).toEqual(session.user);
    expect(after?.lastSignOn).toEqual(session.lastSignOn);
    // The idle deadline moved to ~now + 30 min, not into the next century.
    expect(Date.parse(after?.expiresAt ?? '') - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 1_000);
    expect(Date.parse(after?.expiresAt ?? '')).toBeGreaterThan(Date.parse(session.expiresAt ?? ''));
  });

  it('sign-off takes no body either, and a dead session is relayed as "no session" without a write', async () => {
    const { url, sent } = await recordingProxy({ extend: true, signOff: true });
    const { token } = h.signIn();
    expect((await fetch(url, { method: 'POST', headers: browserHeaders(url, token), body: '{"everywhere":true}' })).status).toBe(
      400,
    );
    expect(await stored(token)).toBeDefined();
    h.pingone.emulator.expire(token);
    const extend = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token) });
    expect([401, 404]).toContain(extend.status);
    expect(sent.map((s) => s.method)).toEqual(['GET']);
  });
});

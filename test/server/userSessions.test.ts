// @vitest-environment node
// Issue 13 (server): the proxy's device operations, each off until enabled, under the same CSRF,
// header and secret rules as the rest; the user is always the caller's own.
import { afterAll, describe, expect, it } from 'vitest';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

/** The URL a fetch was called with. */
const urlOf = (input: RequestInfo | URL): string =>
  input instanceof Request ? input.url : input instanceof URL ? input.href : input;

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

const OPS = { listSessions: true, revokeSessions: true } as const;

interface ListBody {
  currentSessionId: string;
  sessions: { id: string; user?: { id: string }; _links?: unknown }[];
}

/** A proxy whose calls to PingOne are recorded (method + path) on their way over HTTP. */
async function recordingProxy(operations: Record<string, boolean> = OPS) {
  const sent: string[] = [];
  const proxy = await h.startProxy({
    operations,
    fetch: (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${new URL(urlOf(input)).pathname.replace(/^.*\/environments\/[^/]+/, '')}`);
      return fetch(input, init);
    },
  });
  return { ...proxy, sent };
}

async function send(url: string, method: string, token: string, extra: Record<string, string> = {}, body?: string) {
  return h.read(await fetch(url, { method, headers: browserHeaders(url, token, extra), body }));
}

describe('off until enabled', () => {
  it('without listSessions/revokeSessions the sub-routes are the current session (GET only) and DELETE is 405', async () => {
    const { url } = await h.startProxy();
    const { token, session } = h.signIn();
    const read = await send(`${url}/sessions`, 'GET', token);
    expect(read.status).toBe(200);
    expect((JSON.parse(read.text) as { id: string }).id).toBe(session.id);
    expect((await send(`${url}/sessions/${session.id}`, 'DELETE', token)).status).toBe(405);
    expect(h.pingone.emulator.requests.filter((r) => r.path.includes('/users/'))).toEqual([]);
  });

  it('listSessions alone: the list answers, DELETE is 405 with Allow: GET', async () => {
    const { url } = await h.startProxy({ operations: { listSessions: true } });
    const { token } = h.signIn();
    const other = h.signIn();
    expect((await send(`${url}/sessions`, 'GET', token)).status).toBe(200);
    const refused = await send(`${url}/sessions/${other.session.id}`, 'DELETE', token);
    expect(refused.status).toBe(404);
    const all = await send(`${url}/sessions`, 'DELETE', token);
    expect(all.status).toBe(405);
    expect(all.headers.get('allow')).toBe('GET');
    expect(
      await h.pingone.emulator
        .fetchAs(other.token)(`http://x/v1/environments/${h.pingone.emulator.environmentId}/sessions/me`)
        .then((r) => r.status),
    ).toBe(200);
  });
});

describe('list my sessions', () => {
  it("lists the caller's sessions (expired included), names the current one, costs sessions/me + one list upstream", async () => {
    const { url, sent } = await recordingProxy();
    const me = h.signIn({ userId: 'user-a' });
    const laptop = h.signIn({ userId: 'user-a' });
    const old = h.signIn({ userId: 'user-a' });
    h.pingone.emulator.expire(old.token);
    h.signIn({ userId: 'user-b' });
    const answer = await send(`${url}/sessions`, 'GET', me.token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('content-type')).toBe('application/json');
    const body = JSON.parse(answer.text) as ListBody;
    expect(body.currentSessionId).toBe(me.session.id);
    expect(body.sessions.map((s) => s.id).sort()).toEqual([me, laptop, old].map((s) => s.session.id).sort());
    expect(body.sessions.every((s) => s.user?.id === 'user-a' && s._links === undefined)).toBe(true);
    expect(sent).toEqual(['GET /sessions/me', 'GET /users/user-a/sessions']);
  });

  it('a session without a user (signed off) lists nothing: 401 ACCESS_FAILED, no list call', async () => {
    const { url, sent } = await recordingProxy({ ...OPS, signOff: true });
    const { token } = h.signIn();
    expect((await send(url, 'POST', token)).status).toBe(204);
    const answer = await send(`${url}/sessions`, 'GET', token);
    expect(answer.status).toBe(401);
    expect((JSON.parse(answer.text) as { code: string }).code).toBe('ACCESS_FAILED');
    expect(sent.filter((s) => s.includes('/users/'))).toEqual([]);
  });

  it('no cookie: 401 before PingOne is called; a dead session: "no session" without a list call', async () => {
    const { url, sent } = await recordingProxy();
    const response = await h.read(await fetch(`${url}/sessions`, { headers: browserHeaders(url) }));
    expect(response.status).toBe(401);
    expect(sent).toEqual([]);
    const { token } = h.signIn();
    h.pingone.emulator.revoke(token);
    expect([401, 404]).toContain((await send(`${url}/sessions`, 'GET', token)).status);
    expect(sent).toEqual(['GET /sessions/me']);
  });

  it('cross-site reads of the list are refused even with allowCrossSiteGet', async () => {
    const { url } = await h.startProxy({ operations: OPS, allowCrossSiteGet: true });
    const { token } = h.signIn();
    const response = await send(`${url}/sessions`, 'GET', token, {
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(response.status).toBe(403);
    // The current-session read still follows allowCrossSiteGet.
    expect((await send(url, 'GET', token, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(200);
  });
});

describe('sign out one of my other sessions', () => {
  it("deletes another of the caller's sessions: 204, that device is signed out, this one is not", async () => {
    const { url, sent } = await recordingProxy();
    const me = h.signIn({ userId: 'user-a' });
    const phone = h.signIn({ userId: 'user-a' });
    const response = await send(`${url}/sessions/${phone.session.id}`, 'DELETE', me.token);
    expect(response.status).toBe(204);
    expect(sent).toEqual(['GET /sessions/me', 'GET /users/user-a/sessions', `DELETE /users/user-a/sessions/${phone.session.id}`]);
    const list = JSON.parse((await send(`${url}/sessions`, 'GET', me.token)).text) as ListBody;
    expect(list.sessions.map((s) => s.id)).toEqual([me.session.id]);
  });

  it('refuses the current session with 409 CURRENT_SESSION and a clear message, and never calls DELETE', async () => {
    const { url, sent } = await recordingProxy();
    const me = h.signIn({ userId: 'user-a' });
    const response = await send(`${url}/sessions/${me.session.id}`, 'DELETE', me.token);
    expect(response.status).toBe(409);
    const body = JSON.parse(response.text) as { code: string; message: string };
    expect(body.code).toBe('CURRENT_SESSION');
    expect(body.message).toMatch(/sign off/);
    expect(sent.some((s) => s.startsWith('DELETE'))).toBe(false);
  });

  it('an unknown id is 404 NOT_FOUND without a DELETE upstream', async () => {
    const { url, sent } = await recordingProxy();
    const me = h.signIn({ userId: 'user-a' });
    const response = await send(`${url}/sessions/00000000-0000-4000-8000-000000000000`, 'DELETE', me.token);
    expect(response.status).toBe(404);
    expect(sent.some((s) => s.startsWith('DELETE'))).toBe(false);
  });

  it('writes follow the CSRF rules: cross-site 403, no Origin nor Sec-Fetch-Site 403, a body 400', async () => {
    const { url } = await h.startProxy({ operations: OPS });
    const me = h.signIn({ userId: 'user-a' });
    const other = h.signIn({ userId: 'user-a' });
    const target = `${url}/sessions/${other.session.id}`;
    expect(
      (await send(target, 'DELETE', me.token, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status,
    ).toBe(403);
    const bare = await h.read(await fetch(target, { method: 'DELETE', headers: { Cookie: `ST=${me.token}` } }));
    expect(bare.status).toBe(403);
    expect((await send(target, 'DELETE', me.token, { 'Content-Type': 'application/json' }, '{"userId":"user-b"}')).status).toBe(
      400,
    );
    expect((await send(target, 'DELETE', me.token)).status).toBe(204);
  });
});

describe('sign out all my other sessions', () => {
  it('deletes every other session of the caller (expired ones too), keeps the current one: { revoked }', async () => {
    const { url } = await h.startProxy({ operations: OPS });
    const me = h.signIn({ userId: 'user-a' });
    const others = [h.signIn({ userId: 'user-a' }), h.signIn({ userId: 'user-a' }), h.signIn({ userId: 'user-a' })];
    h.pingone.emulator.expire(others[2]!.token);
    const response = await send(`${url}/sessions`, 'DELETE', me.token);
    expect(response.status).toBe(200);
    expect((JSON.parse(response.text) as { revoked: string[] }).revoked.sort()).toEqual(others.map((o) => o.session.id).sort());
    const list = JSON.parse((await send(`${url}/sessions`, 'GET', me.token)).text) as ListBody;
    expect(list.sessions.map((s) => s.id)).toEqual([me.session.id]);
  });

  it('a PingOne failure on one delete gives 502 REVOKE_INCOMPLETE naming that session; the others are signed out', async () => {
    const me = h.signIn({ userId: 'user-a' });
    const stuck = h.signIn({ userId: 'user-a' });
    const gone = h.signIn({ userId: 'user-a' });
    const { url } = await h.startProxy({
      operations: OPS,
      fetch: (input, init) =>
        init?.method === 'DELETE' && urlOf(input).endsWith(stuck.session.id)
          ? Promise.resolve(Response.json({ id: 'e', code: 'UNEXPECTED_ERROR', message: 'boom' }, { status: 500 }))
          : fetch(input, init),
    });
    const response = await send(`${url}/sessions`, 'DELETE', me.token);
    expect(response.status).toBe(502);
    const body = JSON.parse(response.text) as { code: string; details: { message: string }[] };
    expect(body.code).toBe('REVOKE_INCOMPLETE');
    expect(body.details.map((d) => d.message).join()).toContain(stuck.session.id);
    const list = JSON.parse((await send(`${url}/sessions`, 'GET', me.token)).text) as ListBody;
    expect(list.sessions.map((s) => s.id).sort()).toEqual([me.session.id, stuck.session.id].sort());
    expect(list.sessions.map((s) => s.id)).not.toContain(gone.session.id);
  });
});

// @vitest-environment node
// Issue 13: two users in the emulator, the proxy on its own port, raw HTTP. Whatever user A's
// browser sends (crafted user ids, session ids, paths with encoded slashes and dot segments,
// bodies, headers, query strings), it can never list, read or sign out user B's sessions.
import { afterAll, describe, expect, it } from 'vitest';
import { rawHttp, setupProxyHarness, type RawResponse } from '../support/serverHarness';

/** The URL a fetch was called with. */
const urlOf = (input: RequestInfo | URL): string =>
  input instanceof Request ? input.url : input instanceof URL ? input.href : input;

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

async function setup() {
  const upstream: string[] = [];
  const proxy = await h.startProxy({
    operations: { listSessions: true, revokeSessions: true, extend: true, signOff: true },
    fetch: (input, init) => {
      upstream.push(`${init?.method ?? 'GET'} ${urlOf(input)}`);
      return fetch(input, init);
    },
  });
  const a = h.signIn({ userId: 'user-a' });
  const aLaptop = h.signIn({ userId: 'user-a' });
  const b = [h.signIn({ userId: 'user-b' }), h.signIn({ userId: 'user-b' }), h.signIn({ userId: 'user-b' })];
  return { proxy, upstream, a, aLaptop, b };
}

/** User B's sessions as PingOne holds them now (read in-process with a fresh bearer). */
async function sessionsOf(userId: string): Promise<string[]> {
  const { emulator } = h.pingone;
  const response = await emulator.fetch(
    new Request(`http://x/v1/environments/${emulator.environmentId}/users/${userId}/sessions`, {
      headers: { Authorization: `Bearer ${emulator.issueAccessToken()}` },
    }),
  );
  const body = (await response.json()) as { _embedded: { sessions: { id: string }[] } };
  return body._embedded.sessions.map((s) => s.id).sort();
}

function request(
  port: number,
  method: string,
  target: string,
  token: string,
  extra: string[] = [],
  body = '',
): Promise<RawResponse> {
  const lines = [
    `${method} ${target} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Origin: http://127.0.0.1:${port}`,
    'Sec-Fetch-Site: same-origin',
    `Cookie: ST=${token}`,
    'Connection: close',
    ...extra,
    ...(body ? ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`] : []),
  ];
  return rawHttp(port, `${lines.join('\r\n')}\r\n\r\n${body}`);
}

describe("user A can never reach user B's sessions", () => {
  it('crafted paths, ids, queries, headers and bodies: nothing of B is listed, read or signed out', async () => {
    const { proxy, upstream, a, b } = await setup();
    const bIds = b.map((s) => s.session.id);
    const before = await sessionsOf('user-b');
    const bId = bIds[0]!;
    const attempts: [string, string, string[]?, string?][] = [
      ['GET', '/api/session/sessions?userId=user-b'],
      ['GET', '/api/session/sessions?user.id=user-b&filter=user.id%20eq%20%22user-b%22'],
      ['GET', '/api/session/sessions', ['X-User-Id: user-b', 'X-Forwarded-User: user-b']],
      ['GET', '/api/session/sessions', ['Cookie: userId=user-b']],
      ['GET', '/api/session/users/user-b/sessions'],
      ['GET', '/api/session/sessions/../users/user-b/sessions'],
      ['GET', '/api/session/sessions/%2E%2E/%2E%2E/users/user-b/sessions'],
      ['GET', '/api/session/sessions%2F..%2Fusers%2Fuser-b%2Fsessions'],
      ['GET', `/api/session/sessions/${bId}`],
      ['GET', '/api/session/user-b/sessions'],
      ['GET', '/api/session/sessions/', ['X-User-Id: user-b']],
      ['GET', '/api/session?userId=user-b'],
      ['DELETE', `/api/session/sessions/${bId}`],
      ['DELETE', `/api/session/sessions/${bId}?userId=user-b`],
      ['DELETE', `/api/session/sessions/${bId}`, ['X-User-Id: user-b']],
      ['DELETE', `/api/session/sessions/${bId}`, [], '{"userId":"user-b"}'],
      ['DELETE', `/api/session/sessions/..%2F..%2Fusers%2Fuser-b%2Fsessions%2F${bId}`],
      ['DELETE', `/api/session/sessions/${bId}%2F..%2F..`],
      ['DELETE', `/api/session/sessions/%2e%2e/%2e%2e/users/user-b/sessions/${bId}`],
      ['DELETE', `/api/session/sessions/user-b/${bId}`],
      ['DELETE', `/api/session/users/user-b/sessions/${bId}`],
      ['DELETE', `/api/session/sessions/${encodeURIComponent(`${bId}/../../users/user-b`)}`],
      ['DELETE', '/api/session/sessions', [], '{"userId":"user-b"}'],
      ['DELETE', '/api/session/sessions?userId=user-b', ['X-User-Id: user-b']],
      ['DELETE', `//evil.example/api/session/sessions/${bId}`],
      ['DELETE', `/api/session/sessions/${bId}`, [`Cookie: ST=${bId}`]],
      ['PUT', '/api/session/sessions', [], JSON.stringify({ user: { id: 'user-b' } })],
      ['POST', `/api/session/sessions/${bId}`],
      ['PUT', '/api/session', [], JSON.stringify({ id: bId, user: { id: 'user-b' } })],
      ['PATCH', `/api/session/sessions/${bId}`],
    ];
    const seen: { attempt: string; status: number; body: string }[] = [];
    for (const [method, target, extra, body] of attempts) {
      const response = await request(proxy.port, method, target, a.token, extra, body);
      h.answers.push(response.text);
      seen.push({ attempt: `${method} ${target} ${extra?.join(' ') ?? ''}`, status: response.status, body: response.body });
    }
    // Nothing answered with B's data, and every DELETE aimed at B failed.
    for (const { attempt, body } of seen) {
      for (const id of bIds) expect(body, attempt).not.toContain(id);
      expect(body, attempt).not.toContain('user-b');
    }
    for (const { attempt, status } of seen.filter((s) => s.attempt.startsWith('DELETE') && s.attempt.includes(bId))) {
      expect(status, attempt).toBeGreaterThanOrEqual(400);
    }
    // The proxy never asked PingOne about user B.
    expect(upstream.filter((line) => line.includes('user-b') || bIds.some((id) => line.includes(id)))).toEqual([]);
    expect(await sessionsOf('user-b')).toEqual(before);
    expect(seen.map((s) => `${s.status} ${s.attempt.split(bId).join('{B}')}`)).toMatchSnapshot();
  });

  it('"sign out all other devices" by A signs out A\'s other devices only', async () => {
    const { proxy, a, aLaptop } = await setup();
    const before = await sessionsOf('user-b');
    const response = await request(proxy.port, 'DELETE', '/api/session/sessions', a.token);
    h.answers.push(response.text);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ revoked: [aLaptop.session.id] });
    expect(await sessionsOf('user-a')).toEqual([a.session.id]);
    expect(await sessionsOf('user-b')).toEqual(before);
  });

  it("A's list holds A's sessions only, whatever the query or headers say", async () => {
    const { proxy, a, aLaptop } = await setup();
    for (const target of ['/api/session/sessions', '/api/session/sessions?userId=user-b']) {
      const response = await request(proxy.port, 'GET', target, a.token, ['X-User-Id: user-b']);
      h.answers.push(response.text);
      expect(response.status).toBe(200);
      const body = JSON.parse(response.body) as { currentSessionId: string; sessions: { id: string }[] };
      expect(body.currentSessionId).toBe(a.session.id);
      expect(body.sessions.map((s) => s.id).sort()).toEqual([a.session.id, aLaptop.session.id].sort());
    }
  });

  it("B's session id as A's own cookie value is no session; B's token is B (not an attack from A's browser)", async () => {
    const { proxy, b } = await setup();
    const response = await request(proxy.port, 'GET', '/api/session/sessions', b[0]!.session.id);
    h.answers.push(response.text);
    expect([401, 404]).toContain(response.status);
  });
});

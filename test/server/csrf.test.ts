// @vitest-environment node
// Issue 8 point 3 (review F2, F9 origin rows): the origin a request is compared with comes from
// configuration or the Host header, never from the request target. Raw HTTP over a socket, so
// the request lines are exactly the attacker's.
import { afterAll, describe, expect, it } from 'vitest';
import { rawHttp, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

const EVIL = 'http://evil.example';

async function alive(token: string): Promise<boolean> {
  const response = await h.pingone.emulator.fetchAs(token)(
    `http://x/v1/environments/${h.pingone.emulator.environmentId}/sessions/me`,
  );
  // Signed in = the session reads and still has its user (a logout resets authentication: PingOne
  // keeps the session but drops the user, see docs/pingone.md).
  return response.ok && ((await response.json()) as { user?: unknown }).user != null;
}

/** A raw request with the victim's cookie; `lines` are extra header lines. */
function attack(target: string, host: string, token: string, lines: string[], method = 'POST'): string {
  return [
    `${method} ${target} HTTP/1.1`,
    `Host: ${host}`,
    `Cookie: ST=${token}`,
    'Content-Type: text/plain',
    'Content-Length: 0',
    ...lines,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
}

describe('CSRF that the request target cannot move (point 3)', () => {
  it("refuses the review's request-target attacks (protocol-relative, backslash, absolute form) with 400, and the session survives", async () => {
    const { port } = await h.startProxy({ operations: { signOff: true, extend: true } });
    const host = `127.0.0.1:${port}`;
    const { token } = h.signIn();
    const rows: [string, string][] = [
      ['POST', '//evil.example/api/session'],
      ['DELETE', '//evil.example/api/session'],
      ['PUT', '//evil.example/api/session'],
      ['POST', '/\\evil.example/api/session'],
      ['POST', 'http://evil.example/api/session'],
      ['POST', `http://${host}/api/session`],
      ['GET', '//evil.example/api/session'],
    ];
    for (const [method, target] of rows) {
      const answer = await rawHttp(port, attack(target, host, token, [`Origin: ${EVIL}`], method));
      expect(answer.status, `${method} ${target}`).toBe(400);
      expect(answer.headers['cache-control']).toBe('private, no-store');
    }
    expect(h.pingone.emulator.requests).toEqual([]);
    expect(await alive(token)).toBe(true);
  });

  it('refuses the Host: evil.example attack once publicOrigin is configured (Origin must equal it)', async () => {
    const { port } = await h.startProxy({ operations: { signOff: true }, publicOrigin: 'http://app.example' });
    const { token } = h.signIn();
    const answer = await rawHttp(port, attack('/api/session', 'evil.example', token, [`Origin: ${EVIL}`]));
    expect(answer.status).toBe(403);
    // The app's own page (Origin = publicOrigin, whatever Host the reverse proxy forwards) is served.
    const own = await rawHttp(
      port,
      attack('/api/session', `127.0.0.1:${port}`, token, ['Origin: http://app.example', 'Sec-Fetch-Site: same-origin']),
    );
    expect(own.status).toBe(204);
    expect(await alive(token)).toBe(false);
  });

  it('compares Origin with the Host header when no publicOrigin is set: a foreign Origin is refused on a plain path', async () => {
    const { port } = await h.startProxy({ operations: { signOff: true } });
    const { token } = h.signIn();
    const host = `127.0.0.1:${port}`;
    expect((await rawHttp(port, attack('/api/session', host, token, [`Origin: ${EVIL}`]))).status).toBe(403);
    expect(h.pingone.emulator.requests).toEqual([]);
    expect(await alive(token)).toBe(true);
  });

  it('refuses a write that carries the session cookie but neither Origin nor Sec-Fetch-Site', async () => {
    const { port } = await h.startProxy({ operations: { signOff: true, extend: true } });
    const { token } = h.signIn();
    for (const method of ['POST', 'PUT']) {
      const answer = await rawHttp(port, attack('/api/session', `127.0.0.1:${port}`, token, [], method));
      expect(answer.status, method).toBe(403);
    }
    expect(h.pingone.emulator.requests).toEqual([]);
    expect(await alive(token)).toBe(true);
    // A read without them is a server or curl, and is served.
    const read = await rawHttp(port, attack('/api/session', `127.0.0.1:${port}`, token, [], 'GET'));
    expect(read.status).toBe(200);
  });

  it('accepts only the exact origin: other scheme, trailing slash, userinfo, garbage, "null", another port and Sec-Fetch-Site same-site are refused', async () => {
    const real = await h.startProxy({ operations: { signOff: true }, publicOrigin: 'http://app.example:8080' });
    const { token } = h.signIn();
    for (const origin of [
      'https://app.example:8080',
      'http://app.example:8080/',
      'http://x@app.example:8080',
      'HTTP://APP.EXAMPLE:8080X',
      'null',
      'http://app.example:8081',
    ]) {
      const answer = await rawHttp(real.port, attack('/api/session', 'app.example:8080', token, [`Origin: ${origin}`]));
      expect(answer.status, origin).toBe(403);
    }
    const sameSite = await rawHttp(
      real.port,
      attack('/api/session', 'app.example:8080', token, ['Origin: http://app.example:8080', 'Sec-Fetch-Site: same-site']),
    );
    expect(sameSite.status).toBe(403);
    expect(await alive(token)).toBe(true);
    const own = await rawHttp(real.port, attack('/api/session', 'app.example:8080', token, ['Origin: http://app.example:8080']));
    expect(own.status).toBe(204);
  });
});

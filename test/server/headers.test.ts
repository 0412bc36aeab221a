// @vitest-environment node
// Issue 8 point 4 (review F3, F5, F9 OPTIONS row): response headers by allowlist, the proxy's
// own caching and sniffing headers on every answer, and no non-JSON body ever relayed. PingOne
// is replaced by a hostile stand-in (a real HTTP server in front of the emulator).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

// What Node itself adds to any answer (connection management), besides the proxy's allowlist.
const ALLOWED = new Set([
  'content-type',
  'date',
  'retry-after',
  'correlation-id',
  'cache-control',
  'x-content-type-options',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'allow',
]);

/** A stand-in for PingOne: forwards to the emulator, then lets `tamper` change the answer. */
async function hostileUpstream(
  tamper: (answer: { status: number; headers: Headers; body: string }, req: IncomingMessage) => void,
) {
  const { origin } = await h.listen((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      headers.delete('host');
      headers.delete('connection');
      const upstream = await fetch(`${h.pingone.url}${req.url ?? '/'}`, { method: req.method, headers });
      const answer = { status: upstream.status, headers: new Headers(upstream.headers), body: await upstream.text() };
      answer.headers.delete('content-length');
      answer.headers.delete('content-encoding');
      tamper(answer, req);
      const out: Record<string, string | string[]> = {};
      answer.headers.forEach((value, name) => (out[name] = name === 'set-cookie' ? answer.headers.getSetCookie() : value));
      res.writeHead(answer.status, out);
      res.end(answer.body);
    })();
  });
  return `${origin}/v1`;
}

function bearerOf(req: IncomingMessage): string {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

describe('response headers by allowlist (point 4)', () => {
  it('drops every header the review saw relayed (CDN caching, Location, Refresh, Link, CSP, Clear-Site-Data, Server-Timing, x-*), echoes included', async () => {
    const apiPath = await hostileUpstream((answer, req) => {
      const st = /ST=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
      const set: [string, string][] = [
        ['Cache-Control', 'public, max-age=86400'],
        ['CDN-Cache-Control', 'max-age=3600'],
        ['Surrogate-Control', 'max-age=3600'],
        ['Clear-Site-Data', '"cookies"'],
        ['Content-Security-Policy', 'default-src *'],
        ['Expires', 'Thu, 01 Jan 2099 00:00:00 GMT'],
        ['ETag', '"abc"'],
        ['Last-Modified', 'Thu, 01 Jan 2020 00:00:00 GMT'],
        ['Age', '100'],
        ['Link', '<https://evil.example/x.js>; rel=preload; as=script'],
        ['Location', 'https://evil.example/'],
        ['Refresh', '0; url=https://evil.example/'],
        ['Server-Timing', `auth;desc="${bearerOf(req)}"`],
        ['X-Debug-Bearer', bearerOf(req)],
        ['X-Echo-Cookie', `ST=${st}`],
        ['Set-Cookie', 'ST=upstream; Path=/'],
        ['Strict-Transport-Security', 'max-age=1'],
        ['Correlation-Id', 'abc-123'],
        ['Vary', '*'],
      ];
      for (const [name, value] of set) answer.headers.set(name, value);
    });
    const { url } = await h.startProxy({ apiPath });
    const { token, session } = h.signIn();
    const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(response.status).toBe(200);
    expect((JSON.parse(response.text) as { id: string }).id).toBe(session.id);
    const names: string[] = [];
    response.headers.forEach((_, name) => names.push(name));
    expect(names.filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('correlation-id')).toBe('abc-123');
    const all = names.map((name) => `${name}: ${response.headers.get(name)}`).join('\n');
    for (const secret of [token, ...h.bearers]) expect(all).not.toContain(secret);
  });

  it('carries private no-store and nosniff on every answer: 200, 204, OPTIONS, 401, 403, 405, 400, 413, 502, 504', async () => {
    const { url } = await h.startProxy({ operations: { extend: true, signOff: true }, timeoutMs: 300 });
    const { token } = h.signIn();
    const answers: [string, Response][] = [];
    answers.push(['200', await fetch(url, { headers: browserHeaders(url, token) })]);
    answers.push(['OPTIONS', await fetch(url, { method: 'OPTIONS' })]);
    answers.push(['401', await fetch(url, { headers: browserHeaders(url) })]);
    answers.push(['403', await fetch(url, { headers: browserHeaders(url, token, { 'Sec-Fetch-Site': 'cross-site' }) })]);
    answers.push(['405', await fetch(url, { method: 'PATCH', headers: browserHeaders(url, token) })]);
    answers.push(['400', await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body: '{"a":1}' })]);
    answers.push(['413', await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body: 'x'.repeat(70_000) })]);
    h.pingone.emulator.fail({ body: 'html', status: 502 });
    answers.push(['502', await fetch(url, { headers: browserHeaders(url, token) })]);
    h.pingone.emulator.fail({ delayMs: 2_000 });
    answers.push(['504', await fetch(url, { headers: browserHeaders(url, token) })]);
    answers.push(['204', await fetch(url, { method: 'POST', headers: browserHeaders(url, token) })]);
    for (const [label, response] of answers) {
      expect(response.headers.get('cache-control'), label).toBe('private, no-store');
      expect(response.headers.get('x-content-type-options'), label).toBe('nosniff');
      if (label !== '204' && label !== 'OPTIONS') expect(response.headers.get('content-type'), label).toBe('application/json');
    }
    expect(answers.map(([, r]) => r.status)).toEqual([200, 204, 401, 403, 405, 400, 413, 502, 504, 204]);
  });
});

describe('no non-JSON body reaches the browser (point 4, review F5)', () => {
  it("replaces an HTML error page (one that reflects the cookie) and a 200 HTML page with the proxy's own JSON", async () => {
    const apiPath = await hostileUpstream((answer) => {
      answer.headers.set('Content-Type', 'text/html; charset=utf-8');
      answer.body = '<html><body>Malformed session cookie: <svg/onload=alert(document.domain)></body></html>';
    });
    const { url } = await h.startProxy({ apiPath });
    const { token } = h.signIn();
    const ok = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    // PingOne's status was 200: a page is still not a session.
    expect(h.sessionCalls().map((r) => r.status)).toEqual([200]);
    expect(ok.status).toBe(502);
    expect(ok.headers.get('content-type')).toBe('application/json');
    expect(ok.text).not.toContain('<');
    expect(JSON.parse(ok.text)).toMatchObject({ code: 'UPSTREAM_INVALID_RESPONSE' });
  });

  it.each([
    [400, 'html', 502],
    [404, 'html', 502],
    [404, 'empty', 502],
    [503, 'html', 503],
    [200, 'empty', 502],
    [200, 'malformed-json', 502],
  ] as const)('PingOne %i with a %s body -> the proxy answers %i in its own JSON', async (status, body, expected) => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    h.pingone.emulator.fail({ status, body });
    const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(response.status).toBe(expected);
    expect(response.headers.get('content-type')).toBe('application/json');
    const parsed = JSON.parse(response.text) as { code: string; message: string };
    expect(parsed.code).toMatch(/^[A-Z_]+$/);
    expect(response.text).not.toContain('Bad Gateway'); // the emulator's HTML page text
  });
});

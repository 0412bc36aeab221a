// @vitest-environment node
// A Host header with the scheme's default port (nginx's `proxy_set_header Host $host:$server_port`)
// is the same origin: the Node adapter and the cross-site check normalise it like a URL does.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from '../../src/server';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

function rawGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, setHost: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host with an explicit default port', () => {
  it('is served by toNodeHandler and counts as same-origin; a Host with a path or userinfo is refused', async () => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    const cookie = browserHeaders(url, token).Cookie!;
    const same = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', Origin: 'http://app.example.com' };
    expect(await rawGet(url, { ...same, Host: 'app.example.com:80' })).toBe(200);
    expect(await rawGet(url, { ...same, Host: 'APP.example.com' })).toBe(200);
    expect(await rawGet(url, { ...same, Host: 'app.example.com:8080' })).toBe(403);
    expect(await rawGet(url, { ...same, Host: 'user@app.example.com' })).toBe(400);
    expect(await rawGet(url, { ...same, Host: 'app.example.com/x' })).toBe(400);
  });

  it('isCrossSiteRequest normalises the default port of either scheme and refuses a Host that is not a bare authority', () => {
    const check = (origin: string, host: string) =>
      isCrossSiteRequest(new Request('http://internal/api/session', { headers: { Origin: origin, Host: host } }));
    expect(check('https://app.example.com', 'app.example.com:443')).toBe(false);
    expect(check('http://app.example.com', 'app.example.com:80')).toBe(false);
    expect(check('https://app.example.com', 'app.example.com:8443')).toBe(true);
    expect(check('https://app.example.com', 'app.example.com/evil')).toBe(true);
    expect(check('https://app.example.com', 'evil@app.example.com')).toBe(true);
  });
});

// Issue 8 point 3 in a real browser (review F2, repro 2): a page on another site auto-submits a
// cross-site form to the proxy, through the protocol-relative request target that used to pass
// as same-origin, and through the plain path. Chromium maps app.test / evil.test to 127.0.0.1;
// over plain http on non-loopback names it sends no Sec-Fetch-* headers, the case the bypass
// needed. The victim's session must survive both.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from '../src/server';
import { startPingOneEmulator, type RunningPingOneEmulator } from '../src/testing';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromiumOptions';

let pingone: RunningPingOneEmulator;
let browser: Browser;
const servers: Server[] = [];
let appPort = 0;
let evilPort = 0;
let victimToken = '';
const seen: { target: string; origin: string | undefined; fetchSite: string | undefined; cookie: boolean; status: number }[] = [];

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  pingone = await startPingOneEmulator();
  const getAccessToken = createWorkerTokenSource({
    environmentId: pingone.emulator.environmentId,
    authPath: pingone.authPath,
    clientId: pingone.emulator.clientId,
    clientSecret: pingone.emulator.clientSecret,
  });
  // Logout enabled, no publicOrigin: the default mount the review attacked.
  const proxy = toNodeHandler(
    createSessionProxy({
      environmentId: pingone.emulator.environmentId,
      apiPath: pingone.apiPath,
      getAccessToken,
      operations: { signOff: true },
    }),
  );
  appPort = await listen((req, res) => {
    if (req.url === '/__signin') {
      victimToken = pingone.emulator.createSession().token;
      // No SameSite attribute: Chromium's Lax-by-default still sends it on a top-level
      // cross-site POST within two minutes of being set ("Lax+POST").
      res.writeHead(200, { 'Set-Cookie': `ST=${victimToken}; Path=/; HttpOnly`, 'Content-Type': 'text/html' });
      res.end('<p>signed in</p>');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    res.on('finish', () =>
      seen.push({
        target: req.url ?? '',
        origin: req.headers.origin,
        fetchSite: req.headers['sec-fetch-site'],
        cookie: (req.headers.cookie ?? '').includes(`ST=${victimToken}`),
        status: res.statusCode,
      }),
    );
    proxy(req, res);
  });
  evilPort = await listen((req, res) => {
    const action = new URL(req.url ?? '/', 'http://x').searchParams.get('action') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      `<form method="POST" enctype="text/plain" action="${action}"><input name="a" value="b"></form><script>document.forms[0].submit()</script>`,
    );
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP app.test 127.0.0.1, MAP evil.test 127.0.0.1'],
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await pingone?.close();
});

async function sessionAlive(): Promise<boolean> {
  const response = await pingone.emulator.fetchAs(victimToken)(
    `http://x/v1/environments/${pingone.emulator.environmentId}/sessions/me`,
  );
  // Signed in = the session reads and still has its user (a logout resets authentication: PingOne
  // keeps the session but drops the user, see docs/pingone.md).
  return response.ok && ((await response.json()) as { user?: unknown }).user != null;
}

describe('cross-site form attack in Chromium (issue 8 point 3)', () => {
  it.each([
    [
      'protocol-relative request target',
      (app: string, evil: string) => `${app}//${evil.replace('http://', '')}/api/session`,
      400,
    ],
    ['plain path', (app: string) => `${app}/api/session`, 403],
  ])('a form on evil.test posting to the %s leaves the victim signed in', async (_name, actionFor, status) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const app = `http://app.test:${appPort}`;
      const evil = `http://evil.test:${evilPort}`;
      await page.goto(`${app}/__signin`);
      expect(await sessionAlive()).toBe(true);
      seen.length = 0;
      const action = actionFor(app, evil);
      const answered = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.goto(`${evil}/?action=${encodeURIComponent(action)}`);
      const response = await answered;
      expect(response.status()).toBe(status);
      expect(seen).toHaveLength(1);
      // The attack is real: the browser sent the victim's cookie from another site, with Origin
      // naming evil.test and no Fetch Metadata.
      expect(seen[0]).toMatchObject({ origin: evil, fetchSite: undefined, cookie: true, status });
      expect(await sessionAlive()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

// The Next.js example as a user runs it: installed from the packed tarball
// (scripts/consumer/installPacked.mjs),
// `next build` with no PINGONE_* variables, `next start` against the PingOne emulator on
// 127.0.0.1, then Chromium. Once with Turbopack (Next 16's default) and once with webpack; one
// browser for both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { EMULATOR_ENVIRONMENT_ID, startPingOneEmulator, type RunningPingOneEmulator } from 'pingone-session-react/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/support/chromiumOptions';
import { emulatorEnv } from './emulatorEnv';
import { EXAMPLE_DIR, envWithoutPingOne, nextBuild, nextStart, type Bundler, type NextServer } from './nextProcess';

// Two visitors whose sessions differ in everything a page could show. `shows`: what the panel
// displays for its owner; `traces`: what must never reach anyone else's HTML or page (the HTML
// also carries the dehydrated session JSON, hence the raw values).
const USER_A = {
  userId: 'a0a0a0a0-0000-4000-8000-00000000000a',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:103.0) Gecko/20100101 Firefox/103.0',
  browser: { name: 'Firefox', version: '103.0' },
  operatingSystem: { name: 'Mac OS X', version: '10.15' },
  device: { type: 'Mac' },
  city: 'port coquitlam',
  remoteIp: '174.1.62.19',
  shows: ['Firefox', 'Port Coquitlam'],
  traces: ['Firefox', 'Port Coquitlam', 'port coquitlam', '174.1.62.', 'a0a0a0a0-0000-4000-8000-00000000000a'],
};
const USER_B = {
  userId: 'b0b0b0b0-0000-4000-8000-00000000000b',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  browser: { name: 'Chrome', version: '131.0' },
  operatingSystem: { name: 'Windows', version: '11' },
  device: { type: 'Computer' },
  city: 'lyon',
  remoteIp: '203.0.113.77',
  shows: ['Chrome', 'Lyon'],
  traces: ['Chrome', 'Lyon', 'lyon', '203.0.113.', 'b0b0b0b0-0000-4000-8000-00000000000b'],
};
type User = typeof USER_A;

let browser: Browser;
let pingone: RunningPingOneEmulator;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  [browser, pingone] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    startPingOneEmulator({ port: 0 }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), pingone?.close()]);
});

function signIn(user: User): { token: string; sessionId: string } {
  const { token, session } = pingone.emulator.createSession({
    userId: user.userId,
    userAgent: user.userAgent,
    browser: user.browser,
    operatingSystem: user.operatingSystem,
    device: user.device,
    locations: [{ at: new Date().toISOString(), remoteIp: user.remoteIp, city: user.city, country: 'somewhere' }],
    lastSignOn: { remoteIp: user.remoteIp },
  });
  return { token, sessionId: session.id };
}

/** A fresh browser context (no cookies), with the visitor's `ST` cookie when given. */
async function visitor(server: NextServer, token?: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (token) await context.addCookies([{ name: 'ST', value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}

interface Visit {
  page: Page;
  /** Requests the page made to the session route. */
  sessionRequests: string[];
  /** Console errors and warnings, page errors. */
  problems: string[];
  /** The document as the server sent it (before any script ran). */
  html: string;
}

/** Opens `path`, waits until React has hydrated the panel and the network is quiet. */
async function open(context: BrowserContext, server: NextServer, path: string): Promise<Visit> {
  const page = await context.newPage();
  const sessionRequests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/session')) sessionRequests.push(request.url());
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Chromium's own line for the signed-out visitor's 401 from the session route is no problem.
    if (message.text().includes('status of 401') && new URL(message.location().url).pathname === '/api/session') return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  const html = (await response?.text()) ?? '';
  // Hydrated: React has attached its fiber to the panel's root element.
  await page.waitForFunction(() => {
    const panel = document.querySelector('section.psr-panel');
    return panel !== null && Object.keys(panel).some((key) => key.startsWith('__reactFiber'));
  });
  await page.waitForLoadState('networkidle');
  return { page, sessionRequests, problems, html };
}

const panelState = (page: Page) => page.locator('section.psr-panel').getAttribute('data-state');
const panelText = (page: Page) => page.locator('section.psr-panel').innerText();
/**
 * The `data-state` of every panel root in the server's HTML, in document order. Under Cache
 * Components the static shell holds the <Suspense> fallback (pending) and the per-request part
 * streams in later in the same response.
 */
const serverPanelStates = (html: string) =>
  [...html.matchAll(/<section[^>]*class="[^"]*psr-panel[^"]*"[^>]*>/g)].map((tag) => /data-state="([^"]*)"/.exec(tag[0])?.[1]);
/** What a signed-out visitor reads (the wording depends on why: never signed in, or signed out). */
const SIGNED_OUT_TEXT = /signed out|not signed in/i;
/** Next.js's prerender failures, as `next build` and `next start` print them. */
const PRERENDER_ERROR = /Error occurred prerendering|prerender-error|unstable value|Date\.now\(\)/i;

/** `text` shows `own`'s session (if any) and no trace of the other visitor's. */
function expectOnly(text: string, own: User | undefined, label: string) {
  for (const marker of own?.shows ?? []) expect(text, `${label} shows its own ${marker}`).toContain(marker);
  for (const other of [USER_A, USER_B]) {
    if (other === own) continue;
    for (const trace of other.traces) expect(text, `${label} contains another visitor's ${trace}`).not.toContain(trace);
  }
}

// CI builds both; NEXT_APP_BUNDLERS=turbopack narrows a local run to one.
const BUNDLERS = (process.env.NEXT_APP_BUNDLERS?.split(',') ?? ['turbopack', 'webpack']) as Bundler[];

describe.each<Bundler>(BUNDLERS)('examples/next-app built with %s', (bundler) => {
  let build: { ok: boolean; log: string };
  let server: NextServer;

  beforeAll(async () => {
    build = await nextBuild(bundler, envWithoutPingOne());
    // So that one failing assertion does not hide the others: build again with placeholder
    // values (the running server gets real ones either way).
    if (!build.ok) {
      const retry = await nextBuild(
        bundler,
        envWithoutPingOne({
          PINGONE_ENVIRONMENT_ID: EMULATOR_ENVIRONMENT_ID,
          PINGONE_CLIENT_ID: 'placeholder',
          PINGONE_CLIENT_SECRET: 'placeholder',
        }),
      );
      if (!retry.ok) throw new Error(`next build (${bundler}) fails even with PINGONE_* set:\n${retry.log}`);
    }
    server = await nextStart(envWithoutPingOne(emulatorEnv(pingone)));
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('next build succeeds with no PINGONE_* variable set, without prerender errors', () => {
    expect(build.ok, build.log).toBe(true);
    expect(build.log).toContain(bundler === 'turbopack' ? '(Turbopack)' : '(webpack)');
    expect(build.log).not.toMatch(PRERENDER_ERROR);
    expect(build.log).not.toMatch(/Error:/);
  });

  it('home page: pending in the HTML, then one request after hydration shows the session, no console problems', async () => {
    const a = signIn(USER_A);
    const context = await visitor(server, a.token);
    try {
      const visit = await open(context, server, '/');
      expect(serverPanelStates(visit.html)).toEqual(['pending']);
      await expect.poll(() => panelState(visit.page)).toBe('active');
      expectOnly(await panelText(visit.page), USER_A, 'home page');
      expect(visit.sessionRequests).toEqual([`${server.url}/api/session`]);
      expect(visit.problems.join('\n')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('account page: the session is in the server HTML and the browser sends no request after hydration', async () => {
    const a = signIn(USER_A);
    const context = await visitor(server, a.token);
    try {
      const visit = await open(context, server, '/account');
      expect(serverPanelStates(visit.html).at(-1)).toBe('active');
      expectOnly(visit.html, USER_A, 'account page HTML');
      expect(visit.html).toContain(a.sessionId);
      expect(await panelState(visit.page)).toBe('active');
      expectOnly(await panelText(visit.page), USER_A, 'account page');
      expect(visit.sessionRequests).toEqual([]);
      expect(visit.problems.join('\n')).toBe('');
    } finally {
      await context.close();
    }
  });

  it.each(['/', '/account'])('a visitor without a session sees "signed out" on %s', async (path) => {
    const context = await visitor(server);
    try {
      const visit = await open(context, server, path);
      await expect.poll(() => panelState(visit.page)).toBe('signed-out');
      expect(await panelText(visit.page)).toMatch(SIGNED_OUT_TEXT);
      expect(visit.sessionRequests).toHaveLength(1);
      expect(visit.problems.join('\n')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('no cross-user leak: user A, then a visitor without a cookie, then user B each see only their own session (HTML and page)', async () => {
    const a = signIn(USER_A);
    const b = signIn(USER_B);
    for (const [who, user, token, sessionId] of [
      ['user A', USER_A, a.token, a.sessionId],
      ['visitor without a cookie', undefined, undefined, undefined],
      ['user B', USER_B, b.token, b.sessionId],
    ] as const) {
      const context = await visitor(server, token);
      try {
        const visit = await open(context, server, '/account');
        expectOnly(visit.html, user, `${who}: server HTML`);
        for (const other of [a.sessionId, b.sessionId]) {
          if (other !== sessionId) expect(visit.html, `${who}: server HTML names another session`).not.toContain(other);
        }
        await expect.poll(() => panelState(visit.page)).toBe(user ? 'active' : 'signed-out');
        expectOnly(await panelText(visit.page), user, `${who}: page`);
        expect(visit.problems.join('\n')).toBe('');
      } finally {
        await context.close();
      }
    }
  });

  it('the session route relays the session without caching; the edge-runtime route does the same', async () => {
    const a = signIn(USER_A);
    for (const path of ['/api/session', '/api/session-edge']) {
      const signedIn = await fetch(`${server.url}${path}`, { headers: { Cookie: `ST=${a.token}` } });
      expect(signedIn.status, path).toBe(200);
      expect(signedIn.headers.get('cache-control'), path).toContain('no-store');
      expect(((await signedIn.json()) as { id: string }).id, path).toBe(a.sessionId);
      const anonymous = await fetch(`${server.url}${path}`);
      expect(anonymous.status, path).toBe(401);
    }
    // Next.js really built /api/session-edge for the edge runtime.
    const manifest = JSON.parse(readFileSync(join(EXAMPLE_DIR, '.next', 'server', 'middleware-manifest.json'), 'utf8')) as {
      functions: Record<string, unknown>;
    };
    expect(Object.keys(manifest.functions)).toContain('/api/session-edge');
  });

  it('the server log has no prerender error and no error at all', () => {
    const log = server.log();
    expect(log).not.toMatch(PRERENDER_ERROR);
    expect(log).not.toMatch(/error/i);
  });
});

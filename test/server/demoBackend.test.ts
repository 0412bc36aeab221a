// @vitest-environment node
// The demo's backend as one fetch handler: proxy + control routes, emulator or real-PingOne mode.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SessionConfigError } from '../../src/session';
import { createDemoBackend } from '../../demo/server/createDemoBackend';

const ORIGIN = 'http://127.0.0.1:5173';
const post = (path: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: JSON.stringify(body),
  });

describe('demo backend (emulator mode)', () => {
  it('signs in by setting an HttpOnly ST cookie, never returning the token, and the proxy then serves the session', async () => {
    const backend = createDemoBackend({});
    expect(backend.mode).toBe('emulator');
    const signIn = await backend.handle(
      post(
        '/demo/sign-in',
        { idleTimeoutInMinutes: 7 },
        { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36' },
      ),
    );
    const cookie = signIn?.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ST=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
    const token = /^ST=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(await signIn?.text()).not.toContain(token);

    const response = await backend.handle(new Request(`${ORIGIN}/api/session`, { headers: { Cookie: `ST=${token}` } }));
    expect(response?.status).toBe(200);
    const session = (await response?.json()) as {
      idleTimeoutInMinutes: number;
      browser: { name: string };
      operatingSystem: { name: string; version?: string };
    };
    expect(session.idleTimeoutInMinutes).toBe(7);
    expect(session.browser.name).toBe('Chrome');
    expect(session.operatingSystem).toEqual({ name: 'Linux' });
  });

  it('jumps the emulator clock (seen in the Date header) and refuses cross-site control requests', async () => {
    const backend = createDemoBackend({});
    const jump = await backend.handle(post('/demo/clock', { advanceMs: 3_600_000 }));
    expect(await jump?.json()).toEqual({ clockOffsetMs: 3_600_000 });
    const signIn = await backend.handle(post('/demo/sign-in'));
    const cookie = (signIn?.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await backend.handle(new Request(`${ORIGIN}/api/session`, { headers: { Cookie: cookie } }));
    expect(Date.parse(response?.headers.get('date') ?? '') - Date.now()).toBeGreaterThan(3_590_000);

    const evil = await backend.handle(post('/demo/reset', {}, { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(evil?.status).toBe(403);
    expect(await backend.handle(new Request(`${ORIGIN}/src/main.tsx`))).toBeUndefined();
  });
});

describe('demo routes refuse cross-site requests, GET included (issue 8 point 9)', () => {
  it.each([
    ['emulator', {}],
    [
      'pingone',
      {
        PINGONE_ENVIRONMENT_ID: 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6',
        PINGONE_CLIENT_ID: 'client',
        PINGONE_CLIENT_SECRET: 'top-secret-value',
      },
    ],
  ] as const)(
    "%s mode: GET /demo/state and POST controls from another site get 403; the app's own page is served",
    async (_mode, env) => {
      const backend = createDemoBackend(env);
      const evil = { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' };
      expect((await backend.handle(new Request(`${ORIGIN}/demo/state`, { headers: evil })))?.status).toBe(403);
      expect(
        (await backend.handle(new Request(`${ORIGIN}/demo/state`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })))?.status,
      ).toBe(403);
      expect(
        (await backend.handle(new Request(`${ORIGIN}/demo/state`, { headers: { Origin: 'http://evil.example' } })))?.status,
      ).toBe(403);
      expect((await backend.handle(post('/demo/sign-in', {}, evil)))?.status).toBe(403);
      const own = await backend.handle(new Request(`${ORIGIN}/demo/state`, { headers: { 'Sec-Fetch-Site': 'same-origin' } }));
      expect(own?.status).toBe(200);
    },
  );
});

describe('the secret file the demo README suggests is never committed (issue 8 point 9)', () => {
  it.each(['.env.local', '.env.development.local', 'demo/.env.production.local'])('git ignores %s', (file) => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    // Exit status 0 and the path echoed back: ignored (1 would throw here).
    expect(execFileSync('git', ['check-ignore', file], { cwd: root, encoding: 'utf8' }).trim()).toBe(file);
  });
});

describe('demo backend (real PingOne mode)', () => {
  it('needs all PINGONE_* variables and names the missing ones, not the values', () => {
    const attempt = () =>
      createDemoBackend({
        PINGONE_ENVIRONMENT_ID: 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6',
        PINGONE_CLIENT_SECRET: 'top-secret-value',
      });
    expect(attempt).toThrow(SessionConfigError);
    expect(attempt).toThrow(/PINGONE_CLIENT_ID/);
    expect(attempt).not.toThrow(/top-secret-value/);
  });

  it('proxies to PingOne and turns the emulator controls off', async () => {
    const backend = createDemoBackend({
      PINGONE_ENVIRONMENT_ID: 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6',
      PINGONE_REGION: 'eu',
      PINGONE_CLIENT_ID: 'client',
      PINGONE_CLIENT_SECRET: 'top-secret-value',
    });
    expect(backend.mode).toBe('pingone');
    expect((await backend.handle(post('/demo/sign-in')))?.status).toBe(404);
    expect(await (await backend.handle(new Request(`${ORIGIN}/demo/state`)))?.json()).toEqual({ mode: 'pingone' });
    // Without an ST cookie the proxy answers itself: no network call is attempted.
    expect((await backend.handle(new Request(`${ORIGIN}/api/session`)))?.status).toBe(401);
  });
});

// @vitest-environment node
// fetchCurrentSession over real HTTP against the PingOne emulator on 127.0.0.1: one test per
// error kind, plus what goes on the wire (headers, no token in the URL).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fetchCurrentSession,
  NoSessionError,
  parseSession,
  RateLimitedError,
  SessionConfigError,
  SessionForbiddenError,
  SessionHttpError,
  SessionNetworkError,
  SessionResponseError,
  SessionServerError,
  SessionTimeoutError,
  type FetchCurrentSessionOptions,
} from '../../src/session';
import type { ServerTimeSample } from '../../src/time/serverOffset';
import { createPingOneEmulator, startPingOneEmulator, type RunningPingOneEmulator } from '../../src/testing';
import seed from '../fixtures/sessions-me.200.json';

let server: RunningPingOneEmulator;
const seen: { url: string; headers: Headers }[] = [];

beforeAll(async () => {
  // Wrap the handler to see what reached the server (after the real HTTP hop).
  const emulator = createPingOneEmulator();
  const spying = Object.create(emulator) as typeof emulator;
  spying.fetch = (request) => {
    seen.push({ url: request.url, headers: new Headers(request.headers) });
    return emulator.fetch(request);
  };
  server = await startPingOneEmulator({ emulator: spying });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.emulator.reset();
  seen.length = 0;
});

/** Options for a server-side call with real tokens from the emulator. */
function serverCall(extra: Partial<FetchCurrentSessionOptions> = {}) {
  const { token } = server.emulator.createSession();
  const accessToken = server.emulator.issueAccessToken();
  const options: FetchCurrentSessionOptions = {
    environmentId: server.emulator.environmentId,
    apiPath: server.apiPath,
    sessionToken: token,
    accessToken,
    ...extra,
  };
  return { token, accessToken, options };
}

async function failure(options: FetchCurrentSessionOptions): Promise<unknown> {
  try {
    await fetchCurrentSession(options);
  } catch (error) {
    return error;
  }
  throw new Error('expected fetchCurrentSession to reject');
}

describe('success', () => {
  it('reads the seed-like session and sends Accept, Cookie and Authorization, never a token in the URL', async () => {
    const { token, accessToken, options } = serverCall();
    const session = await fetchCurrentSession(options);
    expect(session.environment.id).toBe(server.emulator.environmentId);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('cookie')).toBe(`ST=${token}`);
    expect(request?.headers.get('authorization')).toBe(`Bearer ${accessToken}`);
    expect(request?.url).toBe(`${server.apiPath}/environments/${server.emulator.environmentId}/sessions/me`);
    for (const secret of [token, accessToken]) {
      expect(request?.url).not.toContain(secret);
      expect(JSON.stringify(server.emulator.requests)).not.toContain(secret);
    }
  });

  it("returns PingOne's reference example intact, and reports the server's Date", async () => {
    // The seed's dates are in 2022, so the emulator's clock is set to a moment inside it.
    const serverNow = Date.parse('2022-10-05T12:00:00.250Z');
    const running = await startPingOneEmulator({ now: () => serverNow, environmentId: seed.environment.id });
    try {
      const { token } = running.emulator.createSession({ ...seed, userId: seed.user.id });
      const samples: ServerTimeSample[] = [];
      const before = Date.now();
      const session = await fetchCurrentSession({
        environmentId: seed.environment.id,
        apiPath: running.apiPath,
        sessionToken: token,
        accessToken: () => Promise.resolve(running.emulator.issueAccessToken()),
        onServerTime: (sample) => samples.push(sample),
      });
      expect(session).toEqual(parseSession(seed).session);
      expect(samples).toHaveLength(1);
      expect(samples[0]?.serverDateMs).toBe(Date.parse('2022-10-05T12:00:00.000Z'));
      expect(samples[0]?.sentAtMs).toBeGreaterThanOrEqual(before);
      expect(samples[0]?.receivedAtMs).toBeGreaterThanOrEqual(samples[0]?.sentAtMs ?? Infinity);
    } finally {
      await running.close();
    }
  });

  it('works with a worker token obtained from /as/token over HTTP', async () => {
    const tokenResponse = await fetch(`${server.authPath}/${server.emulator.environmentId}/as/token`, {
      method: 'POST',
      // The emulator, like a default PingOne worker app, takes client_secret_basic.
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${btoa(`${server.emulator.clientId}:${server.emulator.clientSecret}`)}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const { options } = serverCall({ accessToken: () => access_token });
    await expect(fetchCurrentSession(options)).resolves.toMatchObject({ environment: { id: server.emulator.environmentId } });
  });
});

describe('no-session', () => {
  it('401 when the ST cookie is missing', async () => {
    const { options } = serverCall({ sessionToken: undefined });
    const error = await failure(options);
    expect(error).toBeInstanceOf(NoSessionError);
    expect(error).toMatchObject({ kind: 'no-session', status: 401, code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] });
  });

  it('401 when the bearer token is not valid', async () => {
    const error = await failure(serverCall({ accessToken: 'expired-or-made-up' }).options);
    expect(error).toMatchObject({ kind: 'no-session', status: 401 });
  });

  it('404 for an unknown, expired or revoked session token', async () => {
    const unknown = await failure(serverCall({ sessionToken: 'no-such-session-token' }).options);
    expect(unknown).toBeInstanceOf(NoSessionError);
    expect(unknown).toMatchObject({ kind: 'no-session', status: 404, code: 'NOT_FOUND', id: expect.any(String) as unknown });
    const expired = serverCall();
    server.emulator.expire(expired.token);
    expect(await failure(expired.options)).toMatchObject({ kind: 'no-session', status: 404 });
    const revoked = serverCall();
    server.emulator.revoke(revoked.token);
    expect(await failure(revoked.options)).toMatchObject({ kind: 'no-session', status: 404 });
  });
});

// Issue 10 point 4: a 401/404 that is not PingOne's answer about the session is a configuration
// problem, and its message names the path that failed, so the UI never says "signed out" for it.
describe('misconfiguration is not "signed out"', () => {
  const path = () => `/v1/environments/${server.emulator.environmentId}/sessions/me`;

  it("accepts apiPath with or without the trailing /v1 (Ping's docs write it both ways)", async () => {
    for (const apiPath of [server.apiPath, server.url, `${server.url}/`, `${server.apiPath}/`]) {
      const session = await fetchCurrentSession(serverCall({ apiPath }).options);
      expect(session.environment.id).toBe(server.emulator.environmentId);
    }
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([path(), path(), path(), path()]);
  });

  it('an unknown route (a typo in the proxy URL) is a config error naming the path', async () => {
    const { options } = serverCall();
    const url = `${server.url}/v1/environments/${server.emulator.environmentId}/session/me`;
    const error = await failure({ ...options, environmentId: undefined, url });
    expect(error).toBeInstanceOf(SessionConfigError);
    expect(error).not.toBeInstanceOf(NoSessionError);
    expect(error).toMatchObject({ kind: 'config', status: 404 });
    expect((error as Error).message).toContain(
      `GET /v1/environments/${server.emulator.environmentId}/session/me answered HTTP 404`,
    );
    expect((error as Error).message).toMatch(/check the configuration/);
  });

  it.each([
    ['an HTML page', 'html' as const, 404],
    ['an empty body', 'empty' as const, 404],
    ['an HTML page', 'html' as const, 401],
    ['an empty body', 'empty' as const, 401],
  ])('a %s on %i is a config error naming the path, not no-session', async (_label, body, status) => {
    server.emulator.fail({ status, body });
    const { token, accessToken, options } = serverCall();
    const error = await failure(options);
    expect(error).toBeInstanceOf(SessionConfigError);
    expect(error).toMatchObject({ kind: 'config', status });
    const { message } = error as Error;
    expect(message).toContain(`GET ${path()} answered HTTP ${status}`);
    expect(message).not.toContain(token);
    expect(message).not.toContain(accessToken);
  });

  it('a 401 to a direct PingOne call that sent no bearer token is a config error asking for accessToken', async () => {
    const error = await failure(serverCall({ accessToken: undefined }).options);
    expect(error).toBeInstanceOf(SessionConfigError);
    expect(error).toMatchObject({ kind: 'config', status: 401 });
    expect((error as Error).message).toMatch(new RegExp(`^GET ${path()} answered HTTP 401: .*accessToken`));
  });

  it("PingOne's own 404 body for a dead session stays no-session", async () => {
    const error = await failure(serverCall({ sessionToken: 'no-such-session-token', apiPath: server.url }).options);
    expect(error).toBeInstanceOf(NoSessionError);
  });
});

describe('fields PingOne sent in a shape we cannot read', () => {
  // A stand-in for PingOne answering with an odd field (the emulator only serves well-formed sessions).
  const odd = { ...seed, browser: 'Firefox 103', activeAt: 'ST=secret-token-value', locations: [{ city: 'tacoma' }] };
  const pingOne = (body: unknown) => () =>
    Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));

  it('keeps the session and warns once in development, naming paths but never values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const session = await fetchCurrentSession({ url: 'https://app.example/api/session', fetch: pingOne(odd) });
      expect(session.id).toBe(seed.id);
      expect(session).not.toHaveProperty('browser');
      expect(session).not.toHaveProperty('activeAt');
      expect(session.locations).toEqual([]);
      await fetchCurrentSession({ url: 'https://app.example/api/session', fetch: pingOne(odd) });
      expect(warn).toHaveBeenCalledTimes(1);
      const [message] = warn.mock.calls[0] as [string];
      expect(message).toContain('activeAt (expected an ISO-8601 timestamp)');
      expect(message).toContain('browser (expected an object)');
      expect(message).toContain('locations[0].at');
      for (const value of ['secret-token-value', 'Firefox 103', 'tacoma']) expect(message).not.toContain(value);
    } finally {
      warn.mockRestore();
    }
  });

  it('stays quiet in production', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('NODE_ENV', 'production');
    try {
      await fetchCurrentSession({ url: 'https://app.example/api/session', fetch: pingOne({ ...seed, device: 42 }) });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
      warn.mockRestore();
    }
  });
});

describe('HTTP failures', () => {
  it('forbidden: 403 for another environment', async () => {
    const error = await failure(serverCall({ environmentId: '00000000-0000-4000-8000-000000000000' }).options);
    expect(error).toBeInstanceOf(SessionForbiddenError);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, code: 'ACCESS_FAILED' });
  });

  it('rate-limited: Retry-After in seconds', async () => {
    server.emulator.fail({ status: 429, retryAfter: '7' });
    const error = await failure(serverCall().options);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, code: 'REQUEST_LIMITED', retryAfterMs: 7000 });
  });

  it('rate-limited: Retry-After as an HTTP date', async () => {
    server.emulator.fail({ status: 429, retryAfter: new Date(Date.now() + 120_000).toUTCString() });
    const error = (await failure(serverCall().options)) as RateLimitedError;
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBeGreaterThan(118_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('server: 500 and 503 (with Retry-After)', async () => {
    server.emulator.fail({ status: 500 });
    server.emulator.fail({ status: 503, retryAfter: '30' });
    const internal = await failure(serverCall().options);
    expect(internal).toBeInstanceOf(SessionServerError);
    expect(internal).toMatchObject({ kind: 'server', status: 500, code: 'UNEXPECTED_ERROR', retryAfterMs: undefined });
    const unavailable = await failure(serverCall().options);
    expect(unavailable).toMatchObject({ kind: 'server', status: 503, retryAfterMs: 30_000 });
  });

  it('server: a proxy HTML error page on 502 is still a server error', async () => {
    server.emulator.fail({ status: 502, body: 'html' });
    const error = await failure(serverCall().options);
    expect(error).toMatchObject({ kind: 'server', status: 502, code: undefined });
  });

  it('http: 400 and 418 carry status and PingOne code', async () => {
    server.emulator.fail({ status: 400 });
    server.emulator.fail({ status: 418 });
    const bad = await failure(serverCall().options);
    expect(bad).toBeInstanceOf(SessionHttpError);
    expect(bad).toMatchObject({ kind: 'http', status: 400, code: 'INVALID_DATA', id: expect.any(String) as unknown });
    expect(await failure(serverCall().options)).toMatchObject({ kind: 'http', status: 418, code: 'REQUEST_FAILED' });
  });
});

describe('invalid-response', () => {
  it.each([
    ['malformed-json', /not JSON/, []],
    ['html', /HTML page/, []],
    ['empty', /not JSON/, []],
    ['wrong-types', /Invalid session response at "id"/, ['id', 'environment.id']],
  ] as const)('%s body on a 200', async (body, message, paths) => {
    server.emulator.fail({ body });
    const error = await failure(serverCall().options);
    expect(error).toBeInstanceOf(SessionResponseError);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect((error as Error).message).toMatch(message);
    // A body that is not JSON has no schema issues; a wrong-typed one names each bad field.
    const issuePaths = (error as SessionResponseError).issues.map((i) => i.path);
    expect(issuePaths).toEqual(paths.length === 0 ? [] : expect.arrayContaining([...paths]));
  });
});

describe('network and timeout', () => {
  it('network: nothing listening on the port', async () => {
    const closed = await startPingOneEmulator();
    await closed.close();
    const error = await failure({ url: `${closed.apiPath}/environments/x/sessions/me`, timeoutMs: 5000 });
    expect(error).toBeInstanceOf(SessionNetworkError);
    expect(error).toMatchObject({ kind: 'network' });
  });

  it('network: the server goes away mid-request', async () => {
    const emulator = createPingOneEmulator();
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const wrapped = Object.create(emulator) as typeof emulator;
    wrapped.fetch = (request) => {
      arrived();
      return emulator.fetch(request);
    };
    const running = await startPingOneEmulator({ emulator: wrapped });
    emulator.fail({ delayMs: 30_000 });
    const { token } = emulator.createSession();
    const pending = failure({
      environmentId: emulator.environmentId,
      apiPath: running.apiPath,
      sessionToken: token,
      accessToken: emulator.issueAccessToken(),
    });
    await arrival;
    await running.close();
    expect(await pending).toMatchObject({ kind: 'network' });
  });

  it('timeout: the emulator answers later than timeoutMs', async () => {
    server.emulator.fail({ delayMs: 2000 });
    const started = Date.now();
    const error = await failure(serverCall({ timeoutMs: 100 }).options);
    expect(error).toBeInstanceOf(SessionTimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('an abort signal ends the request as a network error, not a timeout', async () => {
    server.emulator.fail({ delayMs: 2000 });
    const controller = new AbortController();
    const pending = failure(serverCall({ signal: controller.signal }).options);
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ kind: 'network', message: expect.stringMatching(/aborted/) as unknown });
  });
});

describe('config', () => {
  it('refuses plain http to a non-loopback host, before any request', async () => {
    const error = await failure({ url: 'http://api.example.com/v1/environments/x/sessions/me' });
    expect(error).toBeInstanceOf(SessionConfigError);
    expect(error).toMatchObject({ kind: 'config', message: expect.stringMatching(/http:/) as unknown });
    expect(await failure({ environmentId: 'abc', apiPath: 'http://10.0.0.5/v1' })).toMatchObject({ kind: 'config' });
  });

  it('refuses missing url and environmentId, a bad environment id, a bad timeout and a bad session token', async () => {
    expect(await failure({})).toMatchObject({ kind: 'config' });
    expect(await failure({ environmentId: '../admin' })).toMatchObject({ kind: 'config' });
    expect(await failure({ url: '' })).toMatchObject({ kind: 'config' });
    expect(await failure({ ...serverCall().options, timeoutMs: 0 })).toMatchObject({ kind: 'config' });
    expect(await failure({ ...serverCall().options, sessionToken: 'a;b' })).toMatchObject({ kind: 'config' });
    // The proxy's cookie rule (RFC 6265 cookie-octets): no quotes, backslash or empty value either.
    for (const sessionToken of ['""', '"abc"', 'a\\b', 'a b', '']) {
      expect(await failure({ ...serverCall().options, sessionToken })).toMatchObject({ kind: 'config' });
    }
    expect(seen).toHaveLength(0);
  });
});

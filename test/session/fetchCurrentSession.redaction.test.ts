// @vitest-environment node
// Proof that no thrown error carries the session token or the bearer token, even when the
// server echoes them back (the emulator's 'echo-credentials' fault does exactly that).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fetchCurrentSession, SessionError, type FetchCurrentSessionOptions } from '../../src/session';
import { startPingOneEmulator, type EmulatorFault } from '../../src/testing';
import { startEmulatorForFile } from '../support/emulator';

const emulatorServer = startEmulatorForFile();

/** Every string reachable from a value: own properties (enumerable or not), nested, cause included. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Reflect.ownKeys(value).flatMap((key) => strings((value as Record<PropertyKey, unknown>)[key], seen));
}

/** Everything a developer or a log could see of an error. */
function everythingAbout(error: unknown): string {
  return [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), ...strings(error)].join('\n');
}

function options(extra: Partial<FetchCurrentSessionOptions> = {}) {
  const { token } = emulatorServer().emulator.createSession();
  const accessToken = emulatorServer().emulator.issueAccessToken();
  const opts: FetchCurrentSessionOptions = {
    environmentId: emulatorServer().emulator.environmentId,
    apiPath: emulatorServer().apiPath,
    sessionToken: token,
    accessToken,
    ...extra,
  };
  return { token, accessToken, opts };
}

async function caught(opts: FetchCurrentSessionOptions): Promise<SessionError> {
  const error = await fetchCurrentSession(opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SessionError);
  return error as SessionError;
}

describe('tokens never appear in thrown errors', () => {
  it('the echo fault really sends both tokens back (so the checks below can fail)', async () => {
    const { token, accessToken } = options();
    emulatorServer().emulator.fail({ body: 'echo-credentials' });
    const response = await fetch(
      `${emulatorServer().apiPath}/environments/${emulatorServer().emulator.environmentId}/sessions/me`,
      {
        headers: { Authorization: `Bearer ${accessToken}`, Cookie: `ST=${token}` },
      },
    );
    const text = await response.text();
    expect(text).toContain(token);
    expect(text).toContain(accessToken);
  });

  it.each<[string, EmulatorFault]>([
    ['400 echo', { body: 'echo-credentials', status: 400 }],
    ['401 echo', { body: 'echo-credentials', status: 401 }],
    ['403 echo', { body: 'echo-credentials', status: 403 }],
    ['404 echo', { body: 'echo-credentials', status: 404 }],
    ['418 echo', { body: 'echo-credentials', status: 418 }],
    ['429 echo', { body: 'echo-credentials', status: 429 }],
    ['500 echo', { body: 'echo-credentials', status: 500 }],
    ['503 echo', { body: 'echo-credentials', status: 503, retryAfter: '5' }],
    ['200 echo (not a session)', { body: 'echo-credentials', status: 200 }],
    ['malformed JSON', { body: 'malformed-json' }],
    ['HTML page', { body: 'html', status: 502 }],
    ['wrong types', { body: 'wrong-types' }],
  ])('%s', async (_name, fault) => {
    const { token, accessToken, opts } = options();
    emulatorServer().emulator.fail(fault);
    const error = await caught(opts);
    const text = everythingAbout(error);
    expect(text).not.toContain(token);
    expect(text).not.toContain(accessToken);
    if (fault.body === 'echo-credentials' && fault.status !== 200) expect(text).toContain('[redacted]');
  });

  it('an accessToken function that throws with both tokens in its message', async () => {
    const { token, accessToken, opts } = options();
    // e.g. a token cache whose error quotes the request it failed on; extra properties too.
    const thrown = Object.assign(new Error(`refresh failed for ST=${token} with Bearer ${accessToken}`), { token: accessToken });
    const error = await caught({ ...opts, accessToken: () => Promise.reject(thrown) });
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not obtain an access token');
    const text = everythingAbout(error);
    expect(text).not.toContain(token);
    expect(text).not.toContain(accessToken);
    expect(emulatorServer().emulator.requests).toHaveLength(0);
  });

  it('timeout, network and config errors', async () => {
    emulatorServer().emulator.fail({ delayMs: 1000 });
    const timeout = options({ timeoutMs: 50 });
    const closed = await startPingOneEmulator();
    await closed.close();
    const network = options({ apiPath: closed.apiPath });
    const badCookie = options();
    const config = { ...badCookie.opts, sessionToken: `${badCookie.token};x` };
    const cases: [{ token: string; accessToken: string }, FetchCurrentSessionOptions, string][] = [
      [timeout, timeout.opts, 'timeout'],
      [network, network.opts, 'network'],
      [badCookie, config, 'config'],
    ];
    for (const [secrets, opts, kind] of cases) {
      const error = await caught(opts);
      expect(error.kind).toBe(kind);
      const text = everythingAbout(error);
      expect(text).not.toContain(secrets.token);
      expect(text).not.toContain(secrets.accessToken);
    }
  });
});

describe('tokens never appear in thrown errors in another encoding either (review)', () => {
  it.each(['raw', 'json-escaped', 'url-encoded', 'base64', 'upper-case', 'truncated'] as const)(
    '%s echoes of ST and bearer in a 400 body',
    async (echo) => {
      const { token, accessToken, opts } = options();
      emulatorServer().emulator.fail({ body: 'echo-credentials', status: 400, echo });
      const text = everythingAbout(await caught(opts));
      const forms = (secret: string) => [
        secret,
        encodeURIComponent(secret),
        btoa(secret).slice(0, 16),
        secret.toUpperCase(),
        secret.slice(0, 10),
        JSON.stringify(secret).slice(1, -1),
      ];
      for (const form of [...forms(token), ...forms(accessToken)]) expect(text).not.toContain(form);
    },
  );
});

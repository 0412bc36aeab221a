// @vitest-environment node
// `npm run smoke:pingone` against the emulator over HTTP: the real command in a child process,
// and the same checks in-process where a test needs the emulator's clock or the issued tokens.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../scripts/smoke-pingone.checks';
import { FIXTURE_USER_ID, startPingOneEmulator, type RunningPingOneEmulator } from '../src/testing';

const run = promisify(execFile);
const clock = { now: Date.parse('2025-03-01T12:00:00.000Z') };
let server: RunningPingOneEmulator;
let countsAsActivity: RunningPingOneEmulator;

beforeAll(async () => {
  server = await startPingOneEmulator({ now: () => clock.now });
  countsAsActivity = await startPingOneEmulator({ now: () => clock.now, getCountsAsActivity: true });
});
afterAll(async () => {
  await Promise.all([server.close(), countsAsActivity.close()]);
});
afterEach(() => {
  server.emulator.reset();
  countsAsActivity.emulator.reset();
});

function envFor(running: RunningPingOneEmulator, sessionToken: string, extra: Record<string, string> = {}) {
  return {
    PINGONE_ENVIRONMENT_ID: running.emulator.environmentId,
    PINGONE_API_PATH: running.url, // without /v1, as Ping's newer docs write apiPath
    PINGONE_AUTH_PATH: running.authPath,
    PINGONE_CLIENT_ID: running.emulator.clientId,
    PINGONE_CLIENT_SECRET: running.emulator.clientSecret,
    PINGONE_SESSION_TOKEN: sessionToken,
    ...extra,
  };
}

/** Runs `npm run smoke:pingone`'s script as a user would, with only the given PINGONE_* variables. */
async function smokeCommand(env: Record<string, string>, args: string[] = []) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PINGONE_')));
  try {
    const { stdout } = await run(process.execPath, ['scripts/smoke-pingone.mjs', ...args], { env: { ...base, ...env } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run smoke:pingone', () => {
  it('without the variables, explains what to set and exits 0', async () => {
    const { code, stdout } = await smokeCommand({});
    expect(code).toBe(0);
    for (const name of [
      'PINGONE_ENVIRONMENT_ID',
      'PINGONE_CLIENT_ID',
      'PINGONE_CLIENT_SECRET',
      'PINGONE_SESSION_TOKEN',
      '--probe-activity',
    ]) {
      expect(stdout).toContain(name);
    }
  }, 30_000);

  it('checks the emulator over HTTP: every assumption holds, and no secret or user value is printed', async () => {
    const { token, session } = server.emulator.createSession();
    const { code, stdout } = await smokeCommand(envFor(server, token));
    expect(stdout).toContain('Worker token: obtained with client_secret_basic');
    expect(stdout).toMatch(/id\s+string/);
    expect(stdout).toMatch(/ok\s+expiresAt equals activeAt \+ idleTimeoutInMinutes \(difference 0 ms/);
    expect(stdout).toMatch(/no ST cookie:\s+HTTP 401, code ACCESS_FAILED/);
    expect(stdout).toMatch(/garbage ST:\s+HTTP 404, code NOT_FOUND/);
    expect(stdout).toMatch(/bad bearer token:\s+HTTP 401, code ACCESS_FAILED, details INVALID_TOKEN/);
    expect(stdout).toMatch(/unknown route:\s+HTTP 404, not JSON \(text\/plain/);
    expect(stdout).toContain('Every check matched');
    expect(code).toBe(0);
    for (const secret of [token, server.emulator.clientSecret, session.id, FIXTURE_USER_ID, '174.1.62.19', 'port coquitlam']) {
      expect(stdout).not.toContain(secret);
    }
  }, 30_000);

  it('uses client_secret_post when told to (against a worker app configured for post)', async () => {
    const postOnly = await startPingOneEmulator({ now: () => clock.now, tokenEndpointAuthMethod: 'client_secret_post' });
    try {
      const { token } = postOnly.emulator.createSession();
      const { code, stdout } = await smokeCommand(envFor(postOnly, token, { PINGONE_TOKEN_AUTH_METHOD: 'post' }));
      expect(stdout).toContain('obtained with client_secret_post');
      expect(code).toBe(0);
    } finally {
      await postOnly.close();
    }
  }, 30_000);

  it('exits 1 with a hint when the session token is not a live session', async () => {
    const { code, stdout } = await smokeCommand(envFor(server, 'not-a-session'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/Session read: HTTP 404.*Is PINGONE_SESSION_TOKEN the ST of a live session/);
    expect(stdout).not.toContain('not-a-session');
  }, 30_000);
});

describe('--probe-activity (in-process, on the emulator clock)', () => {
  // Sleeping moves the emulators' clock instead of waiting minutes.
  const sleep = (ms: number) => {
    clock.now += ms;
    return Promise.resolve();
  };

  it('reports that a read does not move activeAt when PingOne does not count it as activity', async () => {
    const { token } = server.emulator.createSession();
    const lines: string[] = [];
    const code = await runSmoke(
      envFor(server, token),
      ['--probe-activity', '--probe-minutes=3'],
      (line) => lines.push(line),
      sleep,
    );
    expect(lines.join('\n')).toMatch(/activeAt did not move between two reads 3 min apart/);
    expect(code).toBe(0);
  });

  it('reports MOVED, and exits 2, when a read counts as activity', async () => {
    const { token } = countsAsActivity.emulator.createSession();
    const lines: string[] = [];
    const code = await runSmoke(envFor(countsAsActivity, token), ['--probe-activity'], (line) => lines.push(line), sleep);
    expect(lines.join('\n')).toMatch(/activeAt MOVED between two reads 2 min apart: a GET counts as activity/);
    expect(lines.join('\n')).toMatch(/DIFFERS a read is not activity/);
    expect(code).toBe(2);
  });

  it('never prints the bearer token it obtained, even when PingOne echoes it', async () => {
    const { token } = server.emulator.createSession();
    const bearers: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const response = await original(input, init);
      if (typeof input === 'string' && input.endsWith('/as/token'))
        bearers.push(((await response.clone().json()) as { access_token: string }).access_token);
      return response;
    };
    server.emulator.fail({ body: 'echo-credentials', status: 404, count: 1 });
    const lines: string[] = [];
    try {
      await runSmoke(envFor(server, token), [], (line) => lines.push(line), sleep);
    } finally {
      globalThis.fetch = original;
    }
    expect(bearers).toHaveLength(1);
    const output = lines.join('\n');
    expect(output).toContain('Session read: HTTP 404');
    for (const secret of [bearers[0]!, token, server.emulator.clientSecret]) expect(output).not.toContain(secret);
  });
});

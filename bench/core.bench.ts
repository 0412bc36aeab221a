// @vitest-environment node
// Timings live here, not in tests: `npm run bench`. Compare ratios (e.g. in-process vs HTTP),
// not absolute numbers; the machine is shared and noisy.
import { readFileSync } from 'node:fs';
import { afterAll, bench, describe } from 'vitest';
import { parseSession } from '../src/session/parseSession';
import { getSessionDeadlines } from '../src/session/deadlines';
import { fetchCurrentSession } from '../src/session/fetchCurrentSession';
import { createPingOneEmulator, startPingOneEmulator } from '../src/testing';

const seedJson: unknown = JSON.parse(readFileSync(new URL('../test/fixtures/sessions-me.200.json', import.meta.url), 'utf8'));
const seedText = JSON.stringify(seedJson);
const seed = parseSession(seedJson).session;

describe('parse', () => {
  bench('JSON.parse only (baseline)', () => {
    JSON.parse(seedText);
  });
  bench('JSON.parse + parseSession', () => {
    parseSession(JSON.parse(seedText));
  });
  bench('getSessionDeadlines', () => {
    getSessionDeadlines(seed);
  });
});

// Started at load time: benchmark files run no beforeAll hooks before the tasks are timed.
const running = await startPingOneEmulator({ port: 0 });
const accessToken = running.emulator.issueAccessToken();
const sessionToken = running.emulator.createSession().token;

describe('fetchCurrentSession', () => {
  const emulator = createPingOneEmulator();
  const { token } = emulator.createSession();
  const inProcess = emulator.fetchAs(token);
  afterAll(() => running.close());

  bench('in-process emulator handler', async () => {
    await fetchCurrentSession({ url: 'http://127.0.0.1/api/session', fetch: inProcess });
  });
  bench('over HTTP to 127.0.0.1', async () => {
    await fetchCurrentSession({
      url: `${running.apiPath}/environments/${running.emulator.environmentId}/sessions/me`,
      sessionToken,
      accessToken,
    });
  });
});

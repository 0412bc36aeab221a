// @vitest-environment node
// Issue 8 point 5 (review F6): the ST, the worker token and the client secret appear in no proxy
// answer, thrown error, onError call or log line, in any encoding. The emulator echoes them in
// each form its `echo-credentials` fault knows; this file checks every form independently.
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmulatorFault } from '../../src/testing';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();
const ENCODINGS = [
  'raw',
  'json-escaped',
  'url-encoded',
  'base64',
  'upper-case',
  'truncated',
] as const satisfies readonly NonNullable<EmulatorFault['echo']>[];

/** Every form of `secret` this test looks for (written here, not taken from the library). */
function forms(secret: string): string[] {
  const bytes = [...new TextEncoder().encode(secret)];
  return [
    secret,
    [...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
    btoa(String.fromCharCode(...bytes))
      .replace(/=+$/, '')
      .slice(0, -2),
    secret.slice(0, 8),
  ].map((form) => form.toLowerCase());
}

function expectNoSecret(text: string, secrets: Iterable<string>, label: string) {
  const lower = text.toLowerCase();
  for (const secret of secrets)
    for (const form of forms(secret)) expect(lower.includes(form), `${label}: ${form.slice(0, 4)}...`).toBe(false);
}

afterAll(() => {
  expectNoSecret(h.captured(), [h.pingone.emulator.clientSecret, ...h.bearers, ...h.sessionTokens], 'captured');
});

describe('secrets nowhere, in any encoding (point 5)', () => {
  it('the emulator really echoes each form, and only that form (so the checks below can fail)', async () => {
    const { token } = h.signIn();
    const [raw = '', escaped = '', percent = '', base64 = ''] = forms(token).map((form) => form.toLowerCase());
    const expected: Record<(typeof ENCODINGS)[number], (text: string) => boolean> = {
      raw: (text) => text.includes(token),
      'json-escaped': (text) => text.toLowerCase().includes(escaped) && !text.includes(token),
      'url-encoded': (text) => text.toLowerCase().includes(percent) && !text.includes(token),
      base64: (text) => text.toLowerCase().includes(base64) && !text.toLowerCase().includes(raw),
      'upper-case': (text) => text.includes(token.toUpperCase()) && !text.includes(token),
      truncated: (text) => text.includes(token.slice(0, 10)) && !text.includes(token),
    };
    for (const echo of ENCODINGS) {
      h.pingone.emulator.fail({ body: 'echo-credentials', echo });
      const text = await (
        await h.pingone.emulator.fetchAs(token)(`http://x/v1/environments/${h.pingone.emulator.environmentId}/sessions/me`)
      ).text();
      expect(expected[echo](text), echo).toBe(true);
    }
  });

  it.each(ENCODINGS)('%s echoes of ST and bearer reach no answer of the proxy, whatever the status', async (echo) => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    for (const status of [200, 400, 401, 403, 404, 429, 500, 503]) {
      h.pingone.emulator.fail({ body: 'echo-credentials', echo, status });
      const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
      const headers: string[] = [];
      response.headers.forEach((value, name) => headers.push(`${name}: ${value}`));
      expectNoSecret(`${response.text}\n${headers.join('\n')}`, [token, ...h.bearers], `${echo} ${status}`);
      expect(response.headers.get('content-type'), `${echo} ${status}`).toBe('application/json');
    }
  });

  it.each(ENCODINGS)(
    '%s echoes of the client secret by the token endpoint reach no error, onError call or answer',
    async (echo) => {
      const source = h.tokenSource();
      h.pingone.emulator.fail({ body: 'echo-credentials', echo, status: 401, path: 'token' });
      const error = (await Promise.resolve(source()).catch((e: unknown) => e)) as Error & { cause?: unknown };
      expect(error).toBeInstanceOf(Error);
      const views = [
        error.message,
        String(error),
        error.stack ?? '',
        JSON.stringify(error),
        inspect(error, { showHidden: true, depth: 5 }),
        String(error.cause),
      ];
      expectNoSecret(
        views.join('\n'),
        [h.pingone.emulator.clientSecret, btoa(`${h.pingone.emulator.clientId}:${h.pingone.emulator.clientSecret}`)],
        echo,
      );
      // The message still says what to check.
      expect(error.message).toContain('client_secret_basic');

      const { url } = await h.startProxy();
      const { token } = h.signIn();
      h.pingone.emulator.fail({ body: 'echo-credentials', echo, status: 400, path: 'token' });
      const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
      expect(response.status).toBe(502);
      const reported = h.reported.map((e) => inspect(e, { showHidden: true, depth: 5 })).join('\n');
      expect(reported).toContain('HTTP 400');
      expectNoSecret(`${response.text}\n${reported}\n${h.logged.join('\n')}`, [h.pingone.emulator.clientSecret, token], echo);
    },
  );
});

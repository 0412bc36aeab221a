// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSession } from '../../src/session';
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET } from '../../src/testing';
import { call, envPath, json, me, setupEmulatorWithSession } from '../support/emulator';

afterEach(() => {
  vi.useRealTimers();
});

describe('fault injection', () => {
  it('answers the next N sessions/me requests with the status and PingOne body, then recovers', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ status: 500, count: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await me(emulator, token);
      expect(response.status).toBe(500);
      expect(response.headers.get('date')).not.toBeNull();
      expect(await json(response)).toMatchObject({
        code: 'UNEXPECTED_ERROR',
        id: expect.any(String) as unknown,
        message: expect.any(String) as unknown,
      });
    }
    expect((await me(emulator, token)).status).toBe(200);
  });

  it('sends Retry-After: 1 on a 429 by default (body with an id: "always included"), or the given value', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ status: 429 });
    emulator.fail({ status: 429, retryAfter: 'Wed, 21 Oct 2037 07:28:00 GMT' });
    emulator.fail({ status: 429, retryAfter: '' });
    emulator.fail({ status: 503, retryAfter: '30' });
    const first = await me(emulator, token);
    expect(first.headers.get('retry-after')).toBe('1');
    const body = await json(first);
    expect(body).toMatchObject({ code: 'REQUEST_LIMITED', details: [{ code: 'LIMIT_EXCEEDED' }] });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await me(emulator, token)).headers.get('retry-after')).toBe('Wed, 21 Oct 2037 07:28:00 GMT');
    expect((await me(emulator, token)).headers.has('retry-after')).toBe(false);
    const unavailable = await me(emulator, token);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('30');
  });

  it('gives any other status a PingOne-shaped body', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ status: 418 });
    emulator.fail({ status: 403 });
    const teapot = await me(emulator, token);
    expect(teapot.status).toBe(418);
    expect(await json(teapot)).toMatchObject({ code: 'REQUEST_FAILED', id: expect.any(String) as unknown });
    expect(await json(await me(emulator, token))).toMatchObject({
      code: 'ACCESS_FAILED',
      details: [{ code: 'INSUFFICIENT_PERMISSIONS' }],
    });
  });

  it('replaces the body: malformed JSON, an HTML page, wrong types, empty', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ body: 'malformed-json' });
    emulator.fail({ body: 'html', status: 502 });
    emulator.fail({ body: 'wrong-types' });
    emulator.fail({ body: 'empty' });
    const malformed = await me(emulator, token);
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get('content-type')).toBe('application/json');
    await expect(malformed.json()).rejects.toThrow(SyntaxError);
    const html = await me(emulator, token);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toMatch(/^<!DOCTYPE html>/);
    const wrong: unknown = JSON.parse(await (await me(emulator, token)).text());
    expect(() => parseSession(wrong)).toThrow(/Invalid session response/);
    const empty = await me(emulator, token);
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
  });

  it("'echo-credentials' puts the request's tokens in the body (so callers' redaction can be tested)", async () => {
    const { emulator, token } = setupEmulatorWithSession();
    const bearer = emulator.issueAccessToken();
    emulator.fail({ body: 'echo-credentials' });
    const response = await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer, st: token });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain(token);
    expect(text).toContain(bearer);
  });

  it('delays by delayMs on the (fakeable) timer, then answers normally', async () => {
    vi.useFakeTimers();
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ delayMs: 1000 });
    let settled: Response | undefined;
    const pending = me(emulator, token).then((r) => (settled = r));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(settled?.status).toBe(200);
  });

  it('ends a delay early when the request is aborted', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ delayMs: 60_000, status: 500 });
    const controller = new AbortController();
    const headers = { Authorization: `Bearer ${emulator.issueAccessToken()}`, Cookie: `ST=${token}` };
    const request = new Request(`http://x${envPath(emulator)}/sessions/me`, { headers, signal: controller.signal });
    const pending = emulator.fetch(request);
    controller.abort();
    expect((await pending).status).toBe(500);
  });

  it('matches faults by path: sessions/me by default, token, or any', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    const tokenRequest = () =>
      call(emulator, `/${emulator.environmentId}/as/token`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Authorization: `Basic ${btoa(`${EMULATOR_CLIENT_ID}:${EMULATOR_CLIENT_SECRET}`)}`,
        },
        body: 'grant_type=client_credentials',
      });
    emulator.fail({ status: 503, path: 'token' });
    expect((await me(emulator, token)).status).toBe(200);
    expect((await tokenRequest()).status).toBe(503);
    expect((await tokenRequest()).status).toBe(200);
    emulator.fail({ status: 500 });
    expect((await tokenRequest()).status).toBe(200);
    expect((await me(emulator, token)).status).toBe(500);
    emulator.fail({ status: 502, path: 'any' });
    const list = await call(emulator, `${envPath(emulator)}/users/x/sessions`, { bearer: emulator.issueAccessToken() });
    expect(list.status).toBe(502);
  });

  it('serves queued faults in order', async () => {
    const { emulator, token } = setupEmulatorWithSession();
    emulator.fail({ status: 500 });
    emulator.fail({ status: 503 });
    expect((await me(emulator, token)).status).toBe(500);
    expect((await me(emulator, token)).status).toBe(503);
    expect((await me(emulator, token)).status).toBe(200);
  });

  it('rejects nonsense faults', () => {
    const { emulator } = setupEmulatorWithSession();
    expect(() => emulator.fail({ count: 0 })).toThrow(/count/);
    expect(() => emulator.fail({ status: 99 })).toThrow(/status/);
  });
});

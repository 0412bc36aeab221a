// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET } from '../../src/testing';
import { call, envPath, json, setupEmulator, type TokenJson } from '../support/emulator';

const FORM = 'application/x-www-form-urlencoded';
const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

function setup(options: Parameters<typeof setupEmulator>[0] = {}) {
  const { clock, emulator } = setupEmulator(options);
  const token = (init: { headers?: Record<string, string>; body?: string; method?: string } = {}) =>
    call(emulator, `/${emulator.environmentId}/as/token`, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
    });
  return { clock, emulator, token };
}

describe('POST /{envId}/as/token', () => {
  it('issues a bearer token for Basic client authentication, usable on sessions/me', async () => {
    const { emulator, token } = setup();
    const response = await token({
      headers: { 'Content-Type': FORM, Authorization: basic(EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET) },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await json<TokenJson>(response);
    expect(body).toEqual({ access_token: expect.any(String) as unknown, token_type: 'Bearer', expires_in: 3600 });
    const { token: st } = emulator.createSession();
    const me = await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer: body.access_token, st });
    expect(me.status).toBe(200);
  });

  it('accepts client_id / client_secret in the form body when the app uses client_secret_post, with custom credentials', async () => {
    const { token } = setup({ clientId: 'my app', clientSecret: 's3cr3t+/=', tokenEndpointAuthMethod: 'client_secret_post' });
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'my app', client_secret: 's3cr3t+/=' });
    const response = await token({ headers: { 'Content-Type': FORM }, body: body.toString() });
    expect(response.status).toBe(200);
    // The other method, with the right credentials, is a mismatch: 401 invalid_client.
    const viaBasic = await token({
      headers: { 'Content-Type': FORM, Authorization: basic('my app', 's3cr3t+/=') },
      body: 'grant_type=client_credentials',
    });
    expect(viaBasic.status).toBe(401);
    expect((await json<TokenJson>(viaBasic)).error).toBe('invalid_client');
  });

  it('refuses the form-body method by default (client_secret_basic), as a PingOne worker app set to Basic does', async () => {
    const { token } = setup();
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: EMULATOR_CLIENT_ID,
      client_secret: EMULATOR_CLIENT_SECRET,
    });
    const response = await token({ headers: { 'Content-Type': FORM }, body: body.toString() });
    expect(response.status).toBe(401);
    const error = await json<TokenJson>(response);
    expect(error.error).toBe('invalid_client');
    expect(error.error_description).toContain('client_secret_basic');
    expect(JSON.stringify(error)).not.toContain(EMULATOR_CLIENT_SECRET);
  });

  it('rejects wrong credentials with 401 invalid_client (and a Basic challenge)', async () => {
    const { token } = setup();
    const wrong = await token({
      headers: { 'Content-Type': FORM, Authorization: basic(EMULATOR_CLIENT_ID, 'nope') },
      body: 'grant_type=client_credentials',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Basic');
    const body = await json<TokenJson>(wrong);
    expect(body.error).toBe('invalid_client');
    expect(JSON.stringify(body)).not.toContain(EMULATOR_CLIENT_SECRET);
    const none = await token({ headers: { 'Content-Type': FORM }, body: 'grant_type=client_credentials' });
    expect(none.status).toBe(401);
    const garbage = await token({
      headers: { 'Content-Type': FORM, Authorization: 'Basic !!!' },
      body: 'grant_type=client_credentials',
    });
    expect(garbage.status).toBe(401);
  });

  it('rejects two authentication methods, other grants, other content types and methods', async () => {
    const { token } = setup();
    const auth = basic(EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET);
    const both = await token({
      headers: { 'Content-Type': FORM, Authorization: auth },
      body: `grant_type=client_credentials&client_id=${EMULATOR_CLIENT_ID}`,
    });
    expect(both.status).toBe(400);
    const grant = await token({ headers: { 'Content-Type': FORM, Authorization: auth }, body: 'grant_type=password' });
    expect(grant.status).toBe(400);
    expect((await json<TokenJson>(grant)).error).toBe('unsupported_grant_type');
    const type = await token({ headers: { 'Content-Type': 'application/json', Authorization: auth }, body: '{}' });
    expect(type.status).toBe(400);
    expect((await token({ method: 'GET' })).status).toBe(405);
  });

  it('tokens expire after accessTokenLifetimeSeconds on the emulator clock', async () => {
    const { clock, emulator, token } = setup({ accessTokenLifetimeSeconds: 120, idleTimeoutInMinutes: 60 });
    const response = await token({
      headers: { 'Content-Type': FORM, Authorization: basic(EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET) },
      body: 'grant_type=client_credentials',
    });
    const { access_token, expires_in } = await json<TokenJson>(response);
    expect(expires_in).toBe(120);
    const { token: st } = emulator.createSession();
    clock.advance(119_999);
    expect((await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer: access_token, st })).status).toBe(200);
    clock.advance(1);
    expect((await call(emulator, `${envPath(emulator)}/sessions/me`, { bearer: access_token, st })).status).toBe(401);
  });

  it("answers 404 for another environment's token endpoint", async () => {
    const { emulator } = setup();
    const response = await call(emulator, '/11111111-2222-3333-4444-555555555555/as/token', {
      method: 'POST',
      headers: { 'Content-Type': FORM, Authorization: basic(EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET) },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(404);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signoffUrl } from '../../src/session/signoffUrl';
import { SessionConfigError } from '../../src/session/errors';

const ENV = 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6';
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLWEifQ.c2lnbmF0dXJl';

describe('signoffUrl', () => {
  it("builds PingOne's /as/signoff for a region with only the OIDC parameters", () => {
    const url = new URL(
      signoffUrl({
        environmentId: ENV,
        region: 'EU',
        idTokenHint: ID_TOKEN,
        postLogoutRedirectUri: 'https://app.example.com/bye?x=1',
        state: 's-1',
      }),
    );
    expect(url.origin + url.pathname).toBe(`https://auth.pingone.eu/${ENV}/as/signoff`);
    expect([...url.searchParams.keys()]).toEqual(['id_token_hint', 'post_logout_redirect_uri', 'state']);
    expect(url.searchParams.get('id_token_hint')).toBe(ID_TOKEN);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('https://app.example.com/bye?x=1');
    expect(url.searchParams.get('state')).toBe('s-1');
  });

  it('authPath (custom domain, emulator) replaces the region; id_token_hint alone is fine; nothing at all too', () => {
    expect(signoffUrl({ environmentId: ENV, authPath: 'https://login.example.com/', idTokenHint: ID_TOKEN })).toBe(
      `https://login.example.com/${ENV}/as/signoff?id_token_hint=${ID_TOKEN}`,
    );
    expect(signoffUrl({ environmentId: ENV, authPath: 'http://127.0.0.1:4000' })).toBe(`http://127.0.0.1:4000/${ENV}/as/signoff`);
    expect(signoffUrl({ environmentId: ENV })).toBe(`https://auth.pingone.com/${ENV}/as/signoff`);
  });

  it('refuses what must not travel or cannot work, with a config error that quotes no value', () => {
    const bad: Parameters<typeof signoffUrl>[0][] = [
      { environmentId: '../x' },
      { environmentId: ENV, authPath: 'http://auth.example.com' },
      { environmentId: ENV, authPath: 'https://u:p@auth.example.com' },
      { environmentId: ENV, authPath: 'https://auth.example.com/?token=1' },
      { environmentId: ENV, idTokenHint: 'st-session-token-not-a-jwt' },
      { environmentId: ENV, postLogoutRedirectUri: 'https://app.example.com/' },
      { environmentId: ENV, idTokenHint: ID_TOKEN, postLogoutRedirectUri: 'javascript:alert(1)' },
      { environmentId: ENV, state: 'orphan' },
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        signoffUrl(options);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(options)).toBeInstanceOf(SessionConfigError);
      expect((error as Error).message).not.toContain('st-session-token-not-a-jwt');
    }
  });
});

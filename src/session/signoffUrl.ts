import { pingOneAuthPath, type PingOneRegion } from './endpoints.js';
import { checkEnvironmentId } from './credentialRules.js';
import { SessionConfigError } from './errors.js';
import { isLoopbackHost } from './isBrowser.js';

/** Options of {@link signoffUrl}. */
export interface SignoffUrlOptions {
  /** PingOne environment id. */
  environmentId: string;
  /** PingOne region (default `NA`); ignored when `authPath` is given. */
  region?: PingOneRegion;
  /** Overrides the auth host (`https://auth.pingone.com`), e.g. a custom domain or an emulator. */
  authPath?: string;
  /**
   * The user's own ID token, as PingOne issued it to your app (OIDC `id_token_hint`). It is the
   * only credential the URL carries, because OIDC RP-initiated logout puts it there: it names the
   * user and the app, it is not a session token, bearer token or client secret. PingOne checks
   * that it belongs to the user of the browser's session. Needed for `postLogoutRedirectUri`.
   */
  idTokenHint?: string;
  /** Where PingOne sends the browser afterwards; must be registered on the application. */
  postLogoutRedirectUri?: string;
  /** Opaque value PingOne returns on the redirect (only with `postLogoutRedirectUri`). */
  state?: string;
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The URL of PingOne's OIDC sign-off, `GET {authPath}/{envId}/as/signoff`, to send the browser to:
 * PingOne ends the SSO session of the browser's cookie and, with `postLogoutRedirectUri`, sends
 * the browser back. Query parameters are only the OIDC ones (`id_token_hint`,
 * `post_logout_redirect_uri`, `state`); never put a session token, bearer or secret here.
 * @throws SessionConfigError for a malformed environment id, authPath, ID token or redirect URI
 */
export function signoffUrl(options: SignoffUrlOptions): string {
  const { environmentId, idTokenHint, postLogoutRedirectUri, state } = options;
  checkEnvironmentId(environmentId);
  let base: URL;
  try {
    base = new URL(options.authPath ?? pingOneAuthPath(options.region));
  } catch (error) {
    if (error instanceof SessionConfigError) throw error;
    throw new SessionConfigError('authPath must be an absolute URL');
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopbackHost(base.hostname))) {
    throw new SessionConfigError('authPath must use https: (http: only for loopback hosts)');
  }
  if (base.username || base.password || base.search || base.hash)
    throw new SessionConfigError('authPath must be a plain origin and path');
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/${environmentId}/as/signoff`);
  if (idTokenHint !== undefined) {
    // Only a compact JWS: anything else (a session token pasted by mistake) must not travel.
    if (typeof idTokenHint !== 'string' || !JWT.test(idTokenHint))
      throw new SessionConfigError('idTokenHint must be an ID token (a JWT)');
    url.searchParams.set('id_token_hint', idTokenHint);
  }
  if (postLogoutRedirectUri !== undefined) {
    if (idTokenHint === undefined)
      throw new SessionConfigError('postLogoutRedirectUri needs idTokenHint (OIDC RP-initiated logout)');
    let redirect: URL;
    try {
      redirect = new URL(postLogoutRedirectUri);
    } catch {
      throw new SessionConfigError('postLogoutRedirectUri must be an absolute URL');
    }
    if (redirect.protocol !== 'https:' && redirect.protocol !== 'http:')
      throw new SessionConfigError('postLogoutRedirectUri must be an http(s) URL');
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    if (state !== undefined) url.searchParams.set('state', String(state));
  } else if (state !== undefined) {
    throw new SessionConfigError('state is returned only with postLogoutRedirectUri');
  }
  return url.href;
}

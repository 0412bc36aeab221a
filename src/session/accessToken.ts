import { isTokenValue } from './credentialRules.js';
import { SessionConfigError, SessionError, SessionNetworkError } from './errors.js';
import type { FetchCurrentSessionOptions } from './fetchCurrentSession.js';

/** The bearer token from the `accessToken` option (a string or a getter); typed errors only, never the getter's own. */
export async function resolveAccessToken(accessToken: FetchCurrentSessionOptions['accessToken']): Promise<string | undefined> {
  if (accessToken === undefined) return undefined;
  let token: unknown;
  try {
    token = typeof accessToken === 'function' ? await accessToken() : accessToken;
  } catch (error) {
    // No `cause`: the getter's error may quote tokens we do not know and so cannot redact.
    throw error instanceof SessionError ? error : new SessionNetworkError('Could not obtain an access token');
  }
  if (!isTokenValue(token)) throw new SessionConfigError('accessToken must be printable characters');
  return token;
}

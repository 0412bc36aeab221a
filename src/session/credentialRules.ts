// The character rules for PingOne ids and credentials, shared by the fetcher (session/) and the
// proxy and token source (server/): one copy, so the browser side and the server agree.

/** A PingOne environment id: letters, digits and dashes (UUIDs in practice), at most 64. */
export const ENVIRONMENT_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Why a value failed {@link ENVIRONMENT_ID}, for error messages. */
export const ENVIRONMENT_ID_RULE = 'a PingOne environment id (letters, digits and dashes)';

/** A token (bearer, session token): visible ASCII, no spaces or control characters, so it cannot split a header. */
export function isTokenValue(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]+$/.test(value);
}

/** A token that can also travel as a cookie value: {@link isTokenValue} without `;` or `,`. */
export function isCookieValue(value: unknown): value is string {
  return isTokenValue(value) && !/[;,]/.test(value);
}

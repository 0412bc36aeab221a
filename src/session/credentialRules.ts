// The character rules for PingOne ids and credentials, shared by the fetcher (session/) and the
// proxy and token source (server/): one copy, so the browser side and the server agree.
import { SessionConfigError } from './errors.js';

/** A PingOne environment id: letters, digits and dashes (UUIDs in practice), at most 64. */
export const ENVIRONMENT_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Why a value failed {@link ENVIRONMENT_ID}, for error messages. */
export const ENVIRONMENT_ID_RULE = 'a PingOne environment id (letters, digits and dashes)';

/** Returns `environmentId` if it is one ({@link ENVIRONMENT_ID}); else throws a `SessionConfigError` saying so. */
export function checkEnvironmentId(environmentId: unknown): string {
  if (typeof environmentId !== 'string' || !ENVIRONMENT_ID.test(environmentId)) {
    throw new SessionConfigError(`environmentId must be ${ENVIRONMENT_ID_RULE}`);
  }
  return environmentId;
}

/** A token (bearer, session token): visible ASCII, no spaces or control characters, so it cannot split a header. */
export function isTokenValue(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]+$/.test(value);
}

/**
 * A token that can travel as a cookie value: RFC 6265 cookie-octets (visible ASCII without
 * whitespace, `"`, `,`, `;` or `\\`), so it can neither split the `Cookie` header nor arrive
 * quoted or empty (`ST=""`).
 */
export function isCookieValue(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/.test(value);
}

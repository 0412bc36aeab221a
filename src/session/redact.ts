import { secretMatcher } from './secretMatcher.js';

/**
 * A function that makes text from a server safe for an error message: every exact occurrence of
 * each secret becomes `[redacted]`, and a text that still holds 8+ characters of a secret in
 * another form (JSON-escaped, URL-encoded, base64, upper-cased, truncated) is replaced whole.
 * Build it once per request: it precomputes the forms of the secrets.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const holdsSecret = secretMatcher(secrets);
  return (text) => {
    let out = text;
    for (const secret of secrets) {
      if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
    }
    return holdsSecret(out) ? '[redacted]' : out;
  };
}

/** {@link createRedactor} for a single text. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  return createRedactor(secrets)(text);
}

// A hostile or buggy upstream can echo a credential in a transformed form that exact-match
// redaction misses. The proxy checks what it relays (a session, re-serialised so `\uXXXX`
// escapes are decoded first, and header values) and replaces a whole answer that matches; the
// fetcher's `redact` replaces a whole error text that matches.

/** Shortest run of a secret (in any encoding) that counts as a leak. */
const WINDOW = 8;

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Every byte as `%XX`: what a URL encoder that escapes everything produces. */
function percentEncoded(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** The encodings a secret is looked for in: raw, JSON-escaped, URL-encoded, base64 (any alignment, url-safe too). */
function forms(secret: string): string[] {
  const out = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), percentEncoded(secret)];
  for (let shift = 0; shift < 3; shift += 1) {
    // The last group depends on what follows the secret, so it is left out.
    const encoded = base64(secret.slice(shift)).replace(/=+$/, '').slice(0, -4);
    out.push(encoded, encoded.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

/**
 * A matcher for every run of `WINDOW`+ characters of each secret in any of the encodings above,
 * case-insensitive (so upper-cased echoes count too).
 */
export function secretMatcher(secrets: readonly (string | undefined)[]): (text: string) => boolean {
  const windows = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < WINDOW) continue;
    for (const form of forms(secret)) {
      const lower = form.toLowerCase();
      for (let i = 0; i + WINDOW <= lower.length; i += 1) windows.add(lower.slice(i, i + WINDOW));
    }
  }
  return (text) => {
    if (windows.size === 0) return false;
    const lower = text.toLowerCase();
    for (let i = 0; i + WINDOW <= lower.length; i += 1) if (windows.has(lower.slice(i, i + WINDOW))) return true;
    return false;
  };
}

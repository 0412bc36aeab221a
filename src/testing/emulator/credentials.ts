/** The bearer token of an `Authorization` header, if any. */
export function readBearer(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/** The `ST` cookie of a request, if any (the first one wins, as in browsers' ordering). */
export function readSessionCookie(request: Request): string | undefined {
  const header = request.headers.get('cookie');
  if (header === null) return undefined;
  // Cookie values cannot hold ";" or ",", so split on both: repeated Cookie headers arrive joined by either.
  for (const part of header.split(/[;,]\s*/)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'ST') {
      const value = part
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

/** Client id and secret from HTTP Basic auth (RFC 6749 §2.3.1 form-encodes both parts). */
export function readBasicCredentials(request: Request): { id: string; secret: string } | 'invalid' | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) return request.headers.has('authorization') ? 'invalid' : undefined;
  try {
    const bytes = Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0));
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'invalid';
    const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return 'invalid';
  }
}

/** Constant-time-ish string comparison, so the emulator does not teach timing attacks by example. */
export function safeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** An unguessable opaque token: 32 random bytes, base64url (valid in a cookie and a header). */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Worker access tokens with their expiry on the emulator clock. */
export class AccessTokenStore {
  readonly #expiry = new Map<string, number>();
  constructor(
    private readonly now: () => number,
    private readonly lifetimeSeconds: number,
  ) {}

  /** Issues a token valid for the configured lifetime. */
  issue(): string {
    const token = randomToken();
    this.#expiry.set(token, this.now() + this.lifetimeSeconds * 1000);
    return token;
  }

  /** True while the token exists and has not expired. */
  isValid(token: string | undefined): boolean {
    if (token === undefined) return false;
    const expiresAt = this.#expiry.get(token);
    return expiresAt !== undefined && this.now() < expiresAt;
  }

  /** Expiry of a token, epoch ms (undefined when unknown). */
  expiresAt(token: string): number | undefined {
    return this.#expiry.get(token);
  }

  clear(): void {
    this.#expiry.clear();
  }
}

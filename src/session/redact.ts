/**
 * Replaces every occurrence of each secret in `text` with `[redacted]`. Used on anything that
 * came back from a server before it goes into an error message, in case a body echoes a token.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}

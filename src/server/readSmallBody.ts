/**
 * Reads a request or response body of at most `limit` bytes as text; `undefined` past it (the
 * rest is not read). The proxy never buffers more than it is willing to handle.
 */
export async function readSmallBody(
  message: { body: ReadableStream<Uint8Array> | null },
  limit: number,
): Promise<string | undefined> {
  if (message.body === null) return '';
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

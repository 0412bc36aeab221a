/** True for a plain JSON object (not `null`, not an array): the shape of PingOne's bodies. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

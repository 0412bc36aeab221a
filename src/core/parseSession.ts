import { sessionSchema, type Session } from './schema.js';
import { SessionResponseError } from './errors.js';
import { isRecord } from './isRecord.js';

/**
 * Validates an unknown JSON value as a PingOne {@link Session}.
 * Tolerant where PingOne is loose (extra fields, absent optional objects, null user, numeric
 * strings for minutes), strict where it matters (ids, timestamps).
 * @throws SessionResponseError whose message names the first failing field path.
 */
export function parseSession(json: unknown): Session {
  if (!isRecord(json)) {
    throw new SessionResponseError(`Invalid session response: expected an object, got ${describe(json)}`);
  }
  const result = sessionSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  throw new SessionResponseError(
    `Invalid session response at "${first?.path ?? '(root)'}": ${first?.message ?? 'invalid'}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    { issues },
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

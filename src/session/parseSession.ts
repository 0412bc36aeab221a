import type { Session } from './schema.js';
import { SessionResponseError } from './errors.js';
import { readSession, type SessionDroppedField } from './readSession.js';

/** What {@link parseSession} returns: the session, and apart from it what it had to leave out. */
export interface ParsedSession {
  session: Session;
  /**
   * Fields that were present but unreadable (wrong type, malformed timestamp...), by path only:
   * never a value, so it is safe to log. Empty for a well-formed body. `null` and absent fields
   * are not listed: they simply have no value.
   */
  dropped: readonly SessionDroppedField[];
}

/**
 * Reads an unknown JSON value as a PingOne {@link Session}, tolerantly: only `id` and
 * `environment.id` are essential. Any other field that is null, missing, of the wrong type or
 * malformed is left out on its own (and listed in `dropped`), so one odd field never costs the
 * whole session. Unknown fields are ignored; `_links` is passed through unvalidated.
 * @throws SessionResponseError when the value is not an object, or `id` / `environment.id` is unusable.
 */
export function parseSession(json: unknown): ParsedSession {
  const result = readSession(json);
  if ('session' in result) return result;
  const [first] = result.issues;
  throw new SessionResponseError(
    `Invalid session response at "${first?.path ?? '(root)'}": ${first?.message ?? 'invalid'}` +
      (result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : ''),
    { issues: result.issues },
  );
}

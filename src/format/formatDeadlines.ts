import { formatDateTime } from './formatRelative.js';
import { hasSeparateExpiry, type DeadlineKind, type SessionDeadlines } from '../session/deadlines.js';
import { getDateTimeFormat } from './intlFormatters.js';

/**
 * The deadline the person is counted down to: the idle deadline unless the session end is a
 * separate, earlier one (then that is when they are signed out, whatever they do).
 */
export function signOutDeadline(deadlines: SessionDeadlines | null | undefined): { at: number; kind: DeadlineKind } | null {
  if (!deadlines) return null;
  if (hasSeparateExpiry(deadlines) && deadlines.expiresAt !== null) return { at: deadlines.expiresAt, kind: 'expiry' };
  // One deadline: PingOne's expiresAt is activeAt + idle, so either field names it.
  const at = deadlines.idleExpiresAt ?? deadlines.expiresAt;
  return at === null ? null : { at, kind: 'idle' };
}

/** Options of {@link formatDeadline}. */
export interface DeadlineTextOptions {
  /** The current time, epoch ms; `null` on the server and during hydration (then the text is stable). */
  nowMs: number | null;
  /** BCP 47 locale (default the runtime's). */
  locale?: string;
  /** IANA time zone (default the runtime's). */
  timeZone?: string;
}

/**
 * A deadline as a person reads it: the time alone when it falls within the next 24 hours
 * (`12:34 PM`), else date and time. Without `nowMs` (server render, hydration) and with locale or
 * time zone left to the runtime, the locale-neutral UTC form every runtime agrees on.
 */
export function formatDeadline(ms: number, { nowMs, locale, timeZone }: DeadlineTextOptions): string {
  const soon = nowMs !== null && Math.abs(ms - nowMs) < 86_400_000;
  return soon
    ? getDateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(ms)
    : formatDateTime(ms, { locale, timeZone, stable: nowMs === null });
}

'use client';
import { useNow } from '../react/useNow.js';
import { formatDateTime, formatRelativeTime } from '../core/formatRelative.js';
import type { ResolvedSessionI18n } from './SessionI18nProvider.js';

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** Epoch ms. */
  ms: number;
  i18n: ResolvedSessionI18n;
  className?: string;
}

/**
 * A leaf that reads the shared clock: absolute time in a `<time dateTime>` always (so SSR and
 * hydration render the same stable text), plus `now` / `3 minutes ago` once mounted. Only this
 * leaf re-renders as time passes, once a minute. For past events only (locations, sign-on).
 */
export function RelativeTime({ ms, i18n, className }: RelativeTimeProps) {
  // Minute ticks anchored at the event: the gap is a whole number of minutes ("now" for the
  // first minute, "1 minute ago" exactly 60 s later), never a wall-minute floor lying ahead
  // of the event ("in 53 seconds"). The clamp keeps a stamp from a server clock slightly
  // ahead of ours (offsets under ~2 s are ignored as Date-header noise) at "now" too.
  const tick = useNow(60_000, undefined, ms);
  const now = tick === null ? null : Math.max(tick, ms);
  if (!Number.isFinite(ms)) return <span className={className}>{i18n.messages.unknownTime}</span>;
  const absolute = formatDateTime(ms, i18n.locale, i18n.timeZone);
  return (
    <span className={className ?? 'psr-when'}>
      {now !== null && <span className="psr-relative">{formatRelativeTime(ms, now, i18n.locale)}</span>}
      <time className="psr-absolute" dateTime={new Date(ms).toISOString()}>
        {absolute}
      </time>
    </span>
  );
}

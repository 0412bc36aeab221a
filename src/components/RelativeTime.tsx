'use client';
import { useNow } from '../react/useNow.js';
import { formatDateTime, formatRelativeTime } from '../format/formatRelative.js';
import type { ResolvedSessionI18n } from './SessionI18nProvider.js';

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** Epoch ms. */
  ms: number;
  i18n: ResolvedSessionI18n;
  className?: string;
  /** Lets a control name this time in its description (a row's IP reveal button). */
  id?: string;
}

/**
 * A leaf that reads the shared clock: absolute time in a `<time dateTime>` always, plus `now` /
 * `3 minutes ago` once mounted. On the server and while hydrating the absolute time is the
 * locale-neutral UTC form unless both locale and time zone are set (see `formatDateTime`), so
 * both sides render the same text; it turns local right after. Only this leaf re-renders as
 * time passes, once a minute. For past events only (locations, sign-on).
 */
export function RelativeTime({ ms, i18n, className, id }: RelativeTimeProps) {
  // Minute ticks anchored at the event: the gap is a whole number of minutes ("now" for the
  // first minute, "1 minute ago" exactly 60 s later), never a wall-minute floor lying ahead
  // of the event ("in 53 seconds"). The clamp keeps a stamp from a server clock slightly
  // ahead of ours (offsets under ~2 s are ignored as Date-header noise) at "now" too.
  const tick = useNow({ unitMs: 60_000, anchorMs: ms });
  const now = tick === null ? null : Math.max(tick, ms);
  if (!Number.isFinite(ms))
    return (
      <span className={className} id={id}>
        {i18n.messages.unknownTime}
      </span>
    );
  const absolute = formatDateTime(ms, { locale: i18n.locale, timeZone: i18n.timeZone, stable: now === null });
  return (
    <span className={className ?? 'psr-when'} id={id}>
      {now !== null && <span className="psr-relative">{formatRelativeTime(ms, now, i18n.locale)}</span>}
      <time className="psr-absolute" dateTime={new Date(ms).toISOString()}>
        {absolute}
      </time>
    </span>
  );
}

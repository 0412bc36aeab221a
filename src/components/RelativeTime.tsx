'use client';
import { useNow } from '../react/useNow';
import { formatDateTime, formatRelativeTime } from '../core/formatRelative';
import type { ResolvedSessionI18n } from './SessionI18nProvider';

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** Epoch ms. */
  ms: number;
  i18n: ResolvedSessionI18n;
  className?: string;
}

/**
 * A leaf that reads the shared clock: absolute time in a `<time dateTime>` always (so SSR and
 * hydration render the same stable text), plus `3 months ago` once mounted. Only this leaf
 * re-renders as time passes, once a minute.
 */
export function RelativeTime({ ms, i18n, className }: RelativeTimeProps) {
  const now = useNow(60_000);
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

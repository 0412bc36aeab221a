'use client';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import type { SessionClock } from '../time/clock.js';
import type { DeadlineKind } from '../session/deadlines.js';
import { useCountdown } from '../react/useCountdown.js';
import { formatCountdown } from '../format/formatDuration.js';
import { formatDateTime } from '../format/formatRelative.js';
import { countdownLevel, DEFAULT_ANNOUNCE_AT_MS } from '../format/countdownLevel.js';
import { formatDurationParts, splitDuration } from '../format/formatDuration.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** Props shared by {@link IdleCountdown} and {@link ExpiryCountdown}. */
export interface CountdownProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** The deadline as epoch ms; `null`/`undefined` shows "No deadline". */
  deadline: number | null | undefined;
  /** Remaining time at which `data-state` turns `warning`. */
  warningMs?: number;
  /** Remaining time at which `data-state` turns `critical`. */
  criticalMs?: number;
  /** Remaining times (ms) at which the live region speaks. Default 5 min, 2 min, 1 min, 30 s. */
  announceAt?: readonly number[];
  /** A clock other than the one from `SessionClockProvider`. */
  clock?: SessionClock;
}

type Props = CountdownProps & { kind: DeadlineKind };

/**
 * Shared body of the two countdowns. The visible digits sit in a `role="timer"` (not live), so
 * they are not read out every second; a polite live region, mounted from the first render so
 * screen readers register it, speaks only when a threshold is crossed and at expiry.
 */
export const Countdown = forwardRef<HTMLDivElement, Props>(function Countdown(
  { deadline, warningMs, criticalMs, announceAt = DEFAULT_ANNOUNCE_AT_MS, clock, kind, locale, messages, className, ...rest },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const m = i18n.messages;
  const label = kind === 'idle' ? m.idleLabel : m.expiryLabel;
  const labelId = useId();
  const countdown = useCountdown(deadline, { warningMs, criticalMs, clock });
  const level = countdown === null ? null : countdownLevel(countdown.remainingMs, announceAt);
  // "Storing information from previous renders": the announcement is derived when the level
  // rises, with no effect and no extra commit. The first level seen is a baseline, not news.
  const [seen, setSeen] = useState<{ level: number | null; text: string }>({ level: null, text: '' });
  if (level !== seen.level) {
    const rose = seen.level !== null && level !== null && level > seen.level;
    setSeen({ level, text: rose && countdown ? announcement(countdown.remainingMs, label, i18n.locale, m) : '' });
  }
  const expired = countdown !== null && countdown.remainingMs <= 0;
  const visible =
    deadline == null || !Number.isFinite(deadline) ? (
      m.noDeadline
    ) : // Only on the server and while hydrating (useCountdown is null): text both sides agree on.
    countdown === null ? (
      <time dateTime={new Date(deadline).toISOString()}>
        {m.until(formatDateTime(deadline, { locale: i18n.locale, timeZone: i18n.timeZone, stable: true }))}
      </time>
    ) : expired ? (
      m.countdownExpired
    ) : (
      formatCountdown(countdown.remainingMs, i18n.locale)
    );
  return (
    <div
      ref={ref}
      className={cx('psr-countdown', className)}
      data-kind={kind}
      data-state={countdown === null ? undefined : expired ? 'expired' : countdown.phase}
      {...rest}
    >
      <span className="psr-label" id={labelId}>
        {label}
      </span>
      <span role="timer" aria-live="off" aria-labelledby={labelId} className="psr-countdown__value">
        {visible}
      </span>
      <span role="status" aria-live="polite" aria-atomic="true" className="psr-sr-only">
        {seen.text}
      </span>
    </div>
  );
});

// The time actually left (after a clock jump "16 seconds", not the threshold's "30 seconds").
function announcement(
  remainingMs: number,
  label: string,
  locale: string | undefined,
  m: ReturnType<typeof useSessionI18n>['messages'],
): string {
  if (remainingMs <= 0) return m.announceExpired(label);
  const { minutes, seconds } = splitDuration(remainingMs);
  const parts = minutes > 0 ? { minutes, seconds } : { seconds };
  return m.announceLeft(label, formatDurationParts(parts, locale));
}

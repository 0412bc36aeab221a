import { getDurationFormat, getListFormat, getNumberFormat } from './intlFormatters.js';

/** A non-negative duration split into whole units. */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a duration in ms into days/hours/minutes/seconds, rounding partial seconds up. */
export function splitDuration(ms: number): DurationParts {
  // Rounded up so a countdown shows 00:01 until the deadline itself, never 00:00 early.
  const total = Math.max(0, Math.ceil(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/**
 * How a countdown reads at a distance: at least an hour away it names the two largest units
 * (`1 day, 4 hours`; only days from two days on: `49 days`), closer it is a clock (`04:59`).
 */
export type CountdownDisplay =
  { kind: 'far'; parts: Partial<DurationParts> } | { kind: 'clock'; minutes: number; seconds: number };

/** Chooses the {@link CountdownDisplay} for a remaining time in ms. */
export function countdownDisplay(remainingMs: number): CountdownDisplay {
  const { days, hours, minutes, seconds } = splitDuration(remainingMs);
  if (days === 0 && hours === 0) return { kind: 'clock', minutes, seconds };
  return { kind: 'far', parts: days >= 2 ? { days } : days >= 1 ? { days, hours } : { hours, minutes } };
}

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
const SINGULAR = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

/**
 * Formats whole units as words in `locale`: `Intl.DurationFormat` where the runtime has it,
 * otherwise unit-formatted numbers joined with `Intl.ListFormat` (same words, near-same
 * punctuation). Zero units are left out; an all-zero duration reads as `0 seconds`.
 */
export function formatDurationParts(parts: Partial<DurationParts>, locale?: string): string {
  const present = UNITS.filter((unit) => (parts[unit] ?? 0) > 0);
  const shown: Partial<DurationParts> = present.length > 0 ? {} : { seconds: 0 };
  for (const unit of present) shown[unit] = parts[unit];
  const durationFormat = getDurationFormat(locale, { style: 'long' });
  if (durationFormat) return durationFormat.format(shown);
  const words = UNITS.filter((unit) => shown[unit] !== undefined).map((unit) =>
    getNumberFormat(locale, { style: 'unit', unit: SINGULAR[unit], unitDisplay: 'long' }).format(shown[unit] ?? 0),
  );
  return getListFormat(locale, { style: 'narrow', type: 'unit' }).format(words);
}

/** `mm:ss` with the locale's digits (`04:59`, `٠٤:٥٩`). */
export function formatClock(minutes: number, seconds: number, locale?: string): string {
  const two = getNumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${two.format(minutes)}:${two.format(seconds)}`;
}

/** Formats a remaining time for display per {@link countdownDisplay}. */
export function formatCountdown(remainingMs: number, locale?: string): string {
  const display = countdownDisplay(remainingMs);
  return display.kind === 'clock'
    ? formatClock(display.minutes, display.seconds, locale)
    : formatDurationParts(display.parts, locale);
}

import { getDateTimeFormat, getRelativeTimeFormat } from './intlFormatters.js';

// Half away from zero, so 90 s ago and in 90 s both read "2 minutes".
const round = (value: number) => Math.sign(value) * Math.round(Math.abs(value)) + 0;

const STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** The largest sensible unit for the gap between `thenMs` and `nowMs`, with its signed value. */
export function relativeTimeParts(thenMs: number, nowMs: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  let value = (thenMs - nowMs) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return { value: round(value), unit };
    value /= size;
  }
  return { value: round(value), unit: 'year' };
}

/** `3 months ago`, `in 2 days`, `now` via `Intl.RelativeTimeFormat` in `locale`. */
export function formatRelativeTime(thenMs: number, nowMs: number, locale?: string): string {
  const { value, unit } = relativeTimeParts(thenMs, nowMs);
  return getRelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}

/** Options of {@link formatDateTime}. */
export interface DateTimeOptions {
  locale?: string;
  timeZone?: string;
  /** Before hydration: locale-neutral UTC text unless both `locale` and `timeZone` are given. */
  stable?: boolean;
}

/**
 * An absolute date and time (`17 Aug 2022, 01:21`) in `locale` and `timeZone`. With `stable`
 * (before hydration) and either of them left to the runtime's default, the server's and the
 * browser's defaults may differ and React would report a hydration mismatch, so it returns the
 * same locale-neutral UTC text on every runtime instead (`2022-08-17 01:21 UTC`).
 */
export function formatDateTime(ms: number, { locale, timeZone, stable }: DateTimeOptions = {}): string {
  if (stable && !(locale && timeZone)) return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  return getDateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

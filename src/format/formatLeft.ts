import { countdownDisplay, formatDurationParts, splitDuration } from './formatDuration.js';

/**
 * Time left in words at minute resolution, for sentences that do not tick each second:
 * `29 minutes`, `3 hours, 20 minutes`, `50 days`; under a minute, whole seconds.
 */
export function formatLeft(ms: number, locale?: string): string {
  if (ms < 60_000) return formatDurationParts({ seconds: splitDuration(ms).seconds }, locale);
  const rounded = Math.ceil(ms / 60_000) * 60_000;
  const display = countdownDisplay(rounded);
  return formatDurationParts(display.kind === 'far' ? display.parts : { minutes: display.minutes }, locale);
}

/** Time left in words to the second (`4 minutes, 57 seconds`): what a screen reader says for `04:57`. */
export function formatLeftExact(ms: number, locale?: string): string {
  const { days, hours, minutes, seconds } = splitDuration(ms);
  return formatDurationParts({ days, hours, minutes, seconds }, locale);
}

/** An idle timeout in minutes as a duration (`30 minutes`, `50 days`). */
export function formatIdle(minutes: number, locale?: string): string {
  const { days, hours, minutes: m } = splitDuration(minutes * 60_000);
  return formatDurationParts({ days, hours, minutes: m }, locale);
}

// One Intl formatter per locale + options, reused (react-aria's @internationalized does the same):
// building a formatter costs 40-190 µs on Node 20, formatting with a cached one under 1 µs, and
// countdowns format every second.

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string | undefined, options: object | undefined, create: () => T): T {
  const key = `${kind}|${locale ?? ''}|${options === undefined ? '' : JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat`. */
export const getNumberFormat = (locale?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A cached `Intl.DateTimeFormat`. */
export const getDateTimeFormat = (locale?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A cached `Intl.RelativeTimeFormat`. */
export const getRelativeTimeFormat = (locale?: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

/** A cached `Intl.ListFormat`. */
export const getListFormat = (locale?: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));

/** Cached `Intl.PluralRules`. */
export const getPluralRules = (locale?: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options));

/** A cached `Intl.DurationFormat` where the runtime has one (Chrome 129+, Safari 16.4+), else `undefined`. */
export function getDurationFormat(
  locale?: string,
  options?: { style?: 'long' | 'short' | 'narrow' },
): { format(duration: Record<string, number | undefined>): string } | undefined {
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l?: string, o?: object) => { format(d: object): string } })
    .DurationFormat;
  return DurationFormat ? cached('duration', locale, options, () => new DurationFormat(locale, options)) : undefined;
}

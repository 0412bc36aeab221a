import { getPluralRules } from './intlFormatters.js';

/** Plural forms of one message, keyed by CLDR category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the form of a whole sentence for `count` with `Intl.PluralRules` in `lang`, so each
 * catalog writes every plural form its language has (Arabic has six, Japanese one).
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  // An exact 0/1/2 form ("=0") is not modelled: catalogs that need one use the category.
  return forms[getPluralRules(lang).select(count)] ?? forms.other;
}

// @vitest-environment node
// The account components' strings exist in every language, apart from the panel's catalogs.
import { defaultAccountMessages, type AccountMessages } from '../../src/components/accountMessages';
import { arAccount } from '../../src/locales/ar-account';
import { deAccount } from '../../src/locales/de-account';
import { esAccount } from '../../src/locales/es-account';
import { frAccount } from '../../src/locales/fr-account';
import { jaAccount } from '../../src/locales/ja-account';

const catalogs: [string, AccountMessages][] = [
  ['de', deAccount],
  ['fr', frAccount],
  ['es', esAccount],
  ['ja', jaAccount],
  ['ar', arAccount],
];
const keys = Object.keys(defaultAccountMessages).sort();

describe.each(catalogs)('%sAccount', (_lang, catalog) => {
  it('has every key, each translated (no English left), sentences filled in', () => {
    expect(Object.keys(catalog).sort()).toEqual(keys);
    for (const key of keys as (keyof AccountMessages)[]) {
      const mine = catalog[key];
      const english = defaultAccountMessages[key];
      const counted = key === 'confirmSignOutOthers' || key === 'expiredSessions';
      const text = (value: unknown) =>
        typeof value !== 'function'
          ? String(value)
          : counted
            ? (value as (n: number, s: string) => string)(3, '3')
            : (value as (s: string) => string)('Safari on iOS');
      if (key === 'revokeFailed') {
        for (const reason of ['current-session', 'incomplete', 'other'] as const)
          expect(catalog.revokeFailed(reason)).not.toBe(defaultAccountMessages.revokeFailed(reason));
        continue;
      }
      expect(text(mine), key).not.toBe(text(english));
      expect(text(mine), key).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

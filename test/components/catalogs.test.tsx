import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SessionPanel, type SessionPanelProps } from '../../src/components/SessionPanel';
import { defaultMessages, POLICY_TYPES, type SessionMessages } from '../../src/components/messages';
import { AUTHENTICATOR_CODES } from '../../src/session/authenticators';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { RateLimitedError, SessionNetworkError, SessionServerError } from '../../src/session/errors';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { fixedClock } from '../support/components';
import { formatDurationParts } from '../../src/format/formatDuration';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const CATALOGS: Record<string, [locale: string, messages: SessionMessages]> = {
  de: ['de-DE', de],
  fr: ['fr-FR', fr],
  es: ['es-ES', es],
  ja: ['ja-JP', ja],
  ar: ['ar-EG', ar],
};

// Every state the panel has, with data that makes every line appear (details open, all rows).
const travelled = createSessionFixture({
  lastSignOn: { authenticators: ['pwd otp', 'kba'], policy: { type: 'MULTI_FACTOR' } },
  locations: [
    { at: iso(SESSION_FIXTURE_NOW - 120 * MINUTE), remoteIp: '174.1.62.19', city: 'port coquitlam', country: 'canada' },
    { at: iso(SESSION_FIXTURE_NOW - 100 * MINUTE), remoteIp: '174.1.62.19', city: 'port coquitlam', country: 'canada' },
    { at: iso(SESSION_FIXTURE_NOW - 60 * MINUTE), remoteIp: '10.0.0.1' },
    { at: iso(SESSION_FIXTURE_NOW - 30 * MINUTE), remoteIp: '81.2.69.160', city: 'london', country: 'united kingdom' },
    { at: iso(SESSION_FIXTURE_NOW - 10 * MINUTE), remoteIp: '203.0.113.9', city: 'tokyo', country: 'japan' },
  ],
});
const warning = createSessionFixture({
  activeAt: iso(SESSION_FIXTURE_NOW - 25.5 * MINUTE),
  expiresAt: iso(SESSION_FIXTURE_NOW + 4.5 * MINUTE),
});
const capped = createSessionFixture({
  activeAt: iso(SESSION_FIXTURE_NOW),
  idleTimeoutInMinutes: 480,
  expiresAt: iso(SESSION_FIXTURE_NOW + 180 * MINUTE),
});
const failed = new SessionServerError('500', { status: 500 });
const noop = () => {};
const STATES: Record<string, SessionPanelProps> = {
  active: { session: travelled, onRefresh: noop },
  warning: { session: warning, onStaySignedIn: noop },
  critical: {
    session: createSessionFixture({
      activeAt: iso(SESSION_FIXTURE_NOW - 30 * MINUTE + 16_000),
      expiresAt: iso(SESSION_FIXTURE_NOW + 16_000),
    }),
  },
  'separate end': { session: capped },
  'no deadline': { session: createSessionFixture({ idleTimeoutInMinutes: undefined, expiresAt: undefined }) },
  anonymous: {
    session: createSessionFixture({
      user: null,
      lastSignOn: null,
      browser: undefined,
      operatingSystem: undefined,
      userAgent: undefined,
    }),
  },
  expired: {
    status: 'expired',
    session: createSessionFixture({
      activeAt: iso(SESSION_FIXTURE_NOW - 40 * MINUTE),
      expiresAt: iso(SESSION_FIXTURE_NOW - 10 * MINUTE),
    }),
    signInHref: '#',
  },
  loading: { status: 'pending' },
  'signed out (idle)': { session: null, reason: 'idle-timeout', signInHref: '#' },
  'signed out (ended)': { session: null, reason: 'ended', signInHref: '#' },
  'not signed in': { session: null, reason: 'not-signed-in', signInHref: '#' },
  'signed out': { session: null },
  stale: { session: travelled, isStale: true, error: failed, updatedAt: SESSION_FIXTURE_NOW - 4 * MINUTE, onRefresh: noop },
  retrying: { session: travelled, isStale: true, isFetching: true, error: failed, onRefresh: noop },
  'rate limited': { session: travelled, isStale: true, error: new RateLimitedError('429', { status: 429, retryAfterMs: 5000 }) },
  error: { status: 'error', error: new SessionNetworkError('down'), onRefresh: noop },
  'config error': { status: 'error', error: failed, onRefresh: noop },
};

/** Renders a state and returns everything a person sees or hears: text, names, descriptions. */
function shown(ui: ReactElement): string {
  const { container } = render(<SessionClockProvider clock={fixedClock()}>{ui}</SessionClockProvider>);
  container.querySelectorAll('details').forEach((d) => (d.open = true));
  const toggle = container.querySelector<HTMLButtonElement>('[aria-expanded="false"][aria-controls]:not(.psr-ip *)');
  toggle?.click();
  const attributes = [...container.querySelectorAll('[aria-label], [title]')].map(
    (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
  );
  const text = [container.textContent ?? '', ...attributes].join(' ');
  cleanup();
  return text;
}

// Names of products and places and technical abbreviations, the same in every language.
const NAMES =
  /Firefox|macOS|Mac|Port|Coquitlam|British|Columbia|Canada|London|United|Kingdom|Tokyo|Japan|PingOne|PINGONE|Windows|IP|PIN|SMS|UTC/g;
const words = (text: string) => new Set((text.replace(NAMES, ' ').match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase()));

describe('message catalogs', () => {
  it.each(Object.entries(CATALOGS))('%s has every key of the English catalog, of the same kind', (_lang, [, catalog]) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(defaultMessages).sort());
    for (const key of Object.keys(defaultMessages) as (keyof SessionMessages)[])
      expect(typeof catalog[key], key).toBe(typeof defaultMessages[key]);
    expect(Object.keys(catalog.authenticators).sort()).toEqual([...AUTHENTICATOR_CODES].sort());
    expect(Object.keys(catalog.policyTypes).sort()).toEqual([...POLICY_TYPES].sort());
    expect(Object.values(catalog.authenticators).every((name) => name.trim() !== '')).toBe(true);
  });

  it('English is built in and also an entry point', () => {
    expect(en).toBe(defaultMessages);
    expect(Object.keys(en.authenticators).sort()).toEqual([...AUTHENTICATOR_CODES].sort());
  });

  describe.each(Object.entries(CATALOGS))('%s renders every state with no English left', (lang, [locale, catalog]) => {
    it.each(Object.entries(STATES))('%s', (_state, props) => {
      const english = words(shown(<SessionPanel {...props} locale="en-GB" />));
      const local = shown(<SessionPanel {...props} locale={locale} messages={catalog} />);
      // Words this catalog itself uses are its own (German "Browser"), and so are the locale's
      // own unit words from Intl (French "minutes"): neither is English left behind.
      const intl = [
        formatDurationParts({ days: 2, hours: 2, minutes: 2, seconds: 2 }, locale),
        formatDurationParts({ days: 1, hours: 1, minutes: 1, seconds: 1 }, locale),
      ];
      const own = words(
        JSON.stringify(catalog) +
          Object.values(catalog)
            .filter((v) => typeof v === 'function')
            .map(String)
            .join(' ') +
          intl.join(' '),
      );
      const leftover = [...words(local)].filter((w) => english.has(w) && !own.has(w));
      expect(leftover).toEqual([]);
      if (lang === 'ja' || lang === 'ar') expect(local.replace(NAMES, '').match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    });
  });
});

describe('English fallback', () => {
  it('is marked lang="en" inside a page of another language; a complete catalog leaves nothing marked', () => {
    const partial = render(
      <SessionClockProvider clock={fixedClock()}>
        <SessionPanel
          session={createSessionFixture()}
          locale="de-DE"
          messages={{ panelTitle: 'Ihre Sitzung' }}
          onRefresh={noop}
        />
      </SessionClockProvider>,
    );
    expect(partial.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
    expect(partial.getByRole('button', { name: 'Refresh' })).toHaveAttribute('lang', 'en');
    expect(partial.getByText(/signed out after 30 Minuten of inactivity/)).toHaveAttribute('lang', 'en');
    partial.unmount();
    const complete = render(
      <SessionClockProvider clock={fixedClock()}>
        <SessionPanel session={createSessionFixture()} locale="de-DE" messages={de} onRefresh={noop} />
      </SessionClockProvider>,
    );
    expect(complete.container.querySelectorAll('[lang="en"]')).toHaveLength(0);
    expect(complete.getByText('Sie werden nach 30 Minuten Inaktivität abgemeldet, um 10:25 (in 25 Minuten).')).toBeVisible();
  });

  it('English text on an English page carries no lang attribute', () => {
    const { container } = render(
      <SessionClockProvider clock={fixedClock()}>
        <SessionPanel session={createSessionFixture()} locale="en-US" />
      </SessionClockProvider>,
    );
    expect(container.querySelectorAll('[lang]')).toHaveLength(0);
  });
});

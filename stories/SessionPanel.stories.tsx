import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { SessionPanel } from '../src/components/SessionPanel';
import { RateLimitedError, SessionNetworkError, SessionServerError } from '../src/session/errors';
import { FIXTURE_ENVIRONMENT_ID } from '../src/testing/fixtures';
import { ar } from '../src/locales/ar';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { ja } from '../src/locales/ja';
import {
  activeSession,
  anonymousSession,
  cappedSession,
  criticalSession,
  duplicatesSession,
  expiredSession,
  factorsSession,
  farDeadline,
  hostileSession,
  missingBrowserOs,
  mobileSession,
  noGeoSession,
  seedSession,
  SEED_NOW,
  STORY_NOW,
  travellingSession,
  warningSession,
} from './fixtures';

// The fetching variant gets its data from this in-memory fetch: no network in any story.
const fixtureFetch: typeof fetch = () =>
  Promise.resolve(new Response(JSON.stringify(activeSession), { status: 200, headers: { 'content-type': 'application/json' } }));
const noop = () => {};
const rateLimited = new RateLimitedError('429', { status: 429, retryAfterMs: 5_000 });

const meta = {
  title: 'Components/SessionPanel',
  component: SessionPanel,
  args: { session: activeSession },
} satisfies Meta<typeof SessionPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example, verbatim, five days after its last activity. */
export const Seed: Story = { args: { session: seedSession }, parameters: { now: SEED_NOW } };
export const Active: Story = {
  args: { onRefresh: noop },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your session' })).toHaveAttribute('data-state', 'active');
    await expect(canvas.getByRole('heading', { name: 'Firefox 103 on macOS 10.15' })).toBeVisible();
    await expect(canvas.getByText(/signed out after 30 minutes of inactivity/)).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('174.1.62.19');
  },
};
/** The last five minutes: the phase in words and an icon, a live clock, and Stay signed in. */
export const Warning: Story = { args: { session: warningSession, onStaySignedIn: noop } };
export const Critical: Story = { args: { session: criticalSession, onStaySignedIn: noop } };
/** The session end is a real cap, earlier than the idle deadline: two sentences. */
export const SeparateSessionEnd: Story = { args: { session: cappedSession } };
export const Anonymous: Story = { args: { session: anonymousSession } };
export const MobileDevice: Story = { args: { session: mobileSession } };
export const MissingBrowserAndOs: Story = { args: { session: missingBrowserOs } };
export const NoGeo: Story = { args: { session: noGeoSession } };
/** Details opened: sign-on facts and five countries. */
export const FiveCountries: Story = {
  args: { session: travellingSession },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByText('Details'));
    await expect(within(canvasElement).getByRole('heading', { name: 'Recent locations' })).toBeVisible();
  },
};
export const Duplicates: Story = {
  args: { session: duplicatesSession },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByText('Details'));
    await expect(within(canvasElement).getByText('Seen 3 times')).toBeVisible();
  },
};
/** `"pwd otp"` split into two readable names; an undocumented code shown as code; a known policy type. */
export const SignInMethods: Story = {
  args: { session: factorsSession },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/with password and one-time code/)).toBeVisible();
    await userEvent.click(canvas.getByText('Details'));
    await expect(canvasElement.querySelector('code')?.textContent).toBe('acme_token');
    await expect(canvasElement.textContent).not.toContain('MULTI_FACTOR');
  },
};
export const Expired: Story = { args: { session: expiredSession, status: 'expired', signInHref: '#sign-in' } };
export const FarDeadline: Story = { args: { session: farDeadline } };
export const Loading: Story = { args: { session: undefined, status: 'pending', onRefresh: noop } };
export const SignedOutAfterInactivity: Story = {
  args: { session: null, reason: 'idle-timeout', signInHref: '#sign-in', onRefresh: noop },
};
export const SignedOutElsewhere: Story = { args: { session: null, reason: 'ended', onSignIn: noop } };
export const NotSignedIn: Story = { args: { session: null, reason: 'not-signed-in', signInHref: '#sign-in' } };
export const ErrorState: Story = {
  name: 'Error',
  args: { session: undefined, status: 'error', error: new SessionNetworkError('offline'), onRefresh: noop },
};
export const Stale: Story = {
  args: {
    isStale: true,
    error: new SessionServerError('500', { status: 500 }),
    updatedAt: STORY_NOW - 4 * 60_000,
    onRefresh: noop,
  },
};
export const RateLimited: Story = { args: { isStale: true, error: rateLimited, onRefresh: noop } };
export const Retrying: Story = {
  args: { isStale: true, isFetching: true, error: new SessionServerError('500', { status: 500 }), onRefresh: noop },
};
/** Fetching through `useCurrentSession`, from an in-memory `fetch`. */
export const Fetching: Story = {
  args: { session: undefined, config: { environmentId: FIXTURE_ENVIRONMENT_ID, fetch: fixtureFetch } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Firefox 103 on macOS 10.15')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'active');
  },
};
export const SectionsReordered: Story = { args: { sections: ['locations', 'countdowns'], maskIp: false } };
export const HostileStrings: Story = {
  args: { session: hostileSession },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('.psr-panel')!;
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
    await expect(canvasElement.querySelector('script, img, svg[onload]')).toBeNull();
  },
};
/** Entirely Arabic: the catalog, the locale's digits and dates, right to left. */
export const RightToLeft: Story = {
  args: { session: warningSession, locale: 'ar-EG', messages: ar, onStaySignedIn: noop, onRefresh: noop },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const German: Story = {
  args: { session: warningSession, locale: 'de-DE', messages: de, onStaySignedIn: noop },
  parameters: { locale: 'de-DE' },
};
export const French: Story = { args: { locale: 'fr-FR', messages: fr, onRefresh: noop }, parameters: { locale: 'fr-FR' } };
export const Spanish: Story = {
  args: { session: criticalSession, locale: 'es-ES', messages: es, onStaySignedIn: noop },
  parameters: { locale: 'es-ES' },
};
export const Japanese: Story = { args: { locale: 'ja-JP', messages: ja, onRefresh: noop }, parameters: { locale: 'ja-JP' } };
export const Dark: Story = { args: { session: travellingSession }, parameters: { theme: 'dark' } };

type PanelProps = ComponentProps<typeof SessionPanel>;
const STATES: ReadonlyArray<readonly [en: string, ar: string, props: PanelProps]> = [
  ['Active', 'نشطة', { session: activeSession, onRefresh: noop }],
  ['Warning', 'تحذير', { session: warningSession, onStaySignedIn: noop }],
  ['Critical', 'حرجة', { session: criticalSession, onStaySignedIn: noop }],
  ['Separate session end', 'نهاية منفصلة', { session: cappedSession }],
  ['Expired', 'منتهية', { session: expiredSession, status: 'expired', signInHref: '#sign-in' }],
  ['Loading', 'تحميل', { status: 'pending' }],
  ['Signed out after inactivity', 'خروج بعد الخمول', { session: null, reason: 'idle-timeout', signInHref: '#sign-in' }],
  ['Signed out elsewhere', 'خروج من مكان آخر', { session: null, reason: 'ended', signInHref: '#sign-in' }],
  ['Not signed in', 'غير مسجّل', { session: null, reason: 'not-signed-in', signInHref: '#sign-in' }],
  [
    'Stale',
    'قديمة',
    {
      session: activeSession,
      isStale: true,
      error: new SessionServerError('500', { status: 500 }),
      updatedAt: STORY_NOW - 240_000,
      onRefresh: noop,
    },
  ],
  ['Rate limited', 'طلبات كثيرة', { session: activeSession, isStale: true, error: rateLimited, onRefresh: noop }],
  ['Error', 'خطأ', { status: 'error', error: new SessionNetworkError('offline'), onRefresh: noop }],
  ['Anonymous', 'مجهولة', { session: anonymousSession }],
];

/** Every state side by side (each titled, so the landmarks have distinct names). */
function AllStatesGrid({ arabic }: { arabic?: boolean }) {
  return (
    <div className="sb-grid">
      {STATES.map(([en, arTitle, props]) => (
        <SessionPanel
          key={en}
          {...props}
          headingLevel={3}
          {...(arabic ? { locale: 'ar-EG', messages: { ...ar, panelTitle: arTitle } } : { messages: { panelTitle: en } })}
        />
      ))}
    </div>
  );
}
export const AllStates: Story = { render: () => <AllStatesGrid /> };
export const AllStatesDark: Story = { render: () => <AllStatesGrid />, parameters: { theme: 'dark' } };
/** Every state in Arabic, right to left: no English left (product and place names aside). */
export const AllStatesArabic: Story = {
  render: () => <AllStatesGrid arabic />,
  parameters: { dir: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    // Latin letters may remain only in names: places, browsers, operating systems, products.
    const latin = (canvasElement.textContent ?? '').replace(
      /Port Coquitlam|British Columbia|Canada|Firefox|macOS|Mac|PingOne|PINGONE|IP|Windows/g,
      '',
    );
    await expect(latin.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
  },
};
export const AllStatesArabicDark: Story = {
  render: () => <AllStatesGrid arabic />,
  parameters: { dir: 'rtl', locale: 'ar-EG', theme: 'dark' },
};

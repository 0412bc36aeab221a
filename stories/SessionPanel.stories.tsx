import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SessionPanel } from '../src/components/SessionPanel';
import { SessionNetworkError } from '../src/core/errors';
import { FIXTURE_ENVIRONMENT_ID } from '../src/testing/fixtures';
import {
  activeSession, anonymousSession, duplicatesSession, expiredSession, farDeadline, hostileSession, missingBrowserOs,
  mobileSession, noGeoSession, oneMinuteLeft, seedSession, SEED_NOW, travellingSession,
} from './fixtures';

// The fetching variant gets its data from this in-memory fetch: no network in any story.
const fixtureFetch: typeof fetch = () =>
  Promise.resolve(new Response(JSON.stringify(activeSession), { status: 200, headers: { 'content-type': 'application/json' } }));

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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your session' })).toHaveAttribute('data-state', 'active');
    await expect(canvas.getByRole('timer', { name: 'Idle timeout' })).toHaveTextContent('25:00');
    await expect(canvasElement.textContent).not.toContain('174.1.62.19');
  },
};
export const Anonymous: Story = { args: { session: anonymousSession } };
export const MobileDevice: Story = { args: { session: mobileSession } };
export const MissingBrowserAndOs: Story = { args: { session: missingBrowserOs } };
export const NoGeo: Story = { args: { session: noGeoSession } };
export const FiveCountries: Story = { args: { session: travellingSession } };
export const Duplicates: Story = { args: { session: duplicatesSession } };
export const OneMinuteLeft: Story = { args: { session: oneMinuteLeft } };
export const Expired: Story = { args: { session: expiredSession, status: 'expired' } };
export const FarDeadline: Story = { args: { session: farDeadline } };
export const Loading: Story = { args: { session: undefined, status: 'pending' } };
export const SignedOut: Story = { args: { session: null } };
export const ErrorState: Story = {
  name: 'Error',
  args: { session: undefined, status: 'error', error: new SessionNetworkError('offline'), onRefresh: () => {} },
};
export const Stale: Story = { args: { isStale: true, onRefresh: () => {} } };
/** Fetching through `useCurrentSession`, from an in-memory `fetch`. */
export const Fetching: Story = {
  args: { session: undefined, config: { environmentId: FIXTURE_ENVIRONMENT_ID, fetch: fixtureFetch } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Firefox 103.0')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'active');
  },
};
export const SectionsReordered: Story = { args: { sections: ['locations', 'signOn'], maskIp: false } };
export const HostileStrings: Story = {
  args: { session: hostileSession },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('.psr-panel')!;
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
    await expect(canvasElement.querySelector('script, img, svg[onload]')).toBeNull();
  },
};
export const RightToLeft: Story = {
  args: {
    locale: 'ar-EG',
    messages: {
      panelTitle: 'جلستك', idleLabel: 'مهلة الخمول', expiryLabel: 'تنتهي الجلسة', deviceLabel: 'الجهاز',
      browserLabel: 'المتصفح', signOnLabel: 'تسجيل الدخول', locationsLabel: 'المواقع الأخيرة',
    },
  },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const Dark: Story = { args: { session: travellingSession }, parameters: { theme: 'dark' } };

const STATES = [
  ['Active', { session: activeSession }],
  ['Anonymous', { session: anonymousSession }],
  ['One minute left', { session: oneMinuteLeft }],
  ['Expired', { session: expiredSession, status: 'expired' }],
  ['Far deadline', { session: farDeadline }],
  ['Loading', { status: 'pending' }],
  ['Signed out', { session: null }],
  ['Error', { status: 'error', error: new SessionNetworkError('offline') }],
] as const;

/** Every state side by side (each titled, so the landmarks have distinct names). */
export const AllStates: Story = {
  render: () => (
    <div className="sb-grid">
      {STATES.map(([title, props]) => (
        <SessionPanel key={title} {...props} headingLevel={3} sections={['countdowns', 'device']} messages={{ panelTitle: title }} />
      ))}
    </div>
  ),
};

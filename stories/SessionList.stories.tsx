import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SessionList } from '../src/components/SessionList';
import { getSessionDeadlines } from '../src/session/deadlines';
import { ar } from '../src/locales/ar';
import { arAccount } from '../src/locales/ar-account';
import { de } from '../src/locales/de';
import { deAccount } from '../src/locales/de-account';
import { SessionRevokeError, type UserSessionItem } from '../src/query/userSessions';
import { createSessionFixture } from '../src/testing/fixtures';
import { STORY_NOW } from './fixtures';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const noop = () => {};

function device(
  id: string,
  fields: Parameters<typeof createSessionFixture>[0],
  flags: { current?: boolean; expired?: boolean } = {},
): UserSessionItem {
  const session = createSessionFixture({ id, ...fields });
  return {
    session,
    isCurrent: flags.current ?? false,
    isExpired: flags.expired ?? false,
    deadlines: getSessionDeadlines(session),
  };
}
const place = (minutesAgo: number, remoteIp: string, city: string, country: string) => [
  { at: iso(STORY_NOW - minutesAgo * MINUTE), remoteIp, city, country },
];

const current = device(
  'd-this',
  { activeAt: iso(STORY_NOW), locations: place(0, '174.1.62.19', 'port coquitlam', 'canada') },
  { current: true },
);
const others = [
  device('d-phone', {
    device: { type: 'iPhone' },
    browser: { name: 'Safari' },
    operatingSystem: { name: 'iOS' },
    activeAt: iso(STORY_NOW - 4 * MINUTE),
    locations: place(4, '2a00:1450:4001::200e', 'berlin', 'germany'),
  }),
  device('d-pc', {
    device: { type: 'Computer' },
    browser: { name: 'Edge' },
    operatingSystem: { name: 'Windows' },
    activeAt: iso(STORY_NOW - 3 * 60 * MINUTE),
    locations: place(180, '133.242.0.1', 'tokyo', 'japan'),
  }),
];
const expired = [
  device(
    'd-tablet',
    {
      device: { type: 'Android Tablet' },
      browser: { name: 'Chrome' },
      operatingSystem: { name: 'Android' },
      activeAt: iso(STORY_NOW - 3 * 24 * 60 * MINUTE),
      locations: place(4320, '200.160.2.3', 'são paulo', 'brazil'),
    },
    { expired: true },
  ),
];

const meta = {
  title: 'Components/SessionList',
  component: SessionList,
  args: { status: 'success', current, others, expired, onSignOut: noop, onSignOutOthers: noop },
} satisfies Meta<typeof SessionList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** This device first, two others by last activity, one expired session collapsed; IPs masked. */
export const Devices: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your devices' })).toHaveAttribute('data-state', 'success');
    await expect(canvas.getByText('This device')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out Safari on iOS' })).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('133.242.0.1');
  },
};
/** "Sign out" asks first; focus is on Cancel. */
export const ConfirmSignOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out Safari on iOS' }));
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Yes, sign out' })).toBeVisible();
  },
};
export const ConfirmSignOutAll: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign out all other devices' }));
    await expect(within(canvasElement).getByText('Sign out 2 other devices?')).toBeVisible();
  },
};
/** The expired sessions opened. */
export const ExpiredOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByText('Expired sessions (1)'));
    await expect(within(canvasElement).getByText('Chrome on Android')).toBeVisible();
  },
};
export const OnlyThisDevice: Story = { args: { others: [], expired: [] } };
export const Loading: Story = { args: { status: 'pending', current: undefined, others: [], expired: [] } };
export const LoadError: Story = { args: { status: 'error', current: undefined, others: [], expired: [], onRetry: noop } };
/** A refused sign-out is said in the list's status line. */
export const Refused: Story = {
  args: { revokeError: new SessionRevokeError('refused', { status: 409, body: { code: 'CURRENT_SESSION' } }) },
};
export const Busy: Story = { args: { busy: true } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', messages: { ...de, ...deAccount } }, parameters: { locale: 'de-DE' } };
/** Right to left: Arabic catalog; addresses stay left-to-right. */
export const Arabic: Story = {
  args: { locale: 'ar-EG', messages: { ...ar, ...arAccount } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'أجهزتك' })).toBeVisible();
  },
};
export const ArabicDark: Story = {
  args: { locale: 'ar-EG', messages: { ...ar, ...arAccount } },
  parameters: { dir: 'rtl', locale: 'ar-EG', theme: 'dark' },
};

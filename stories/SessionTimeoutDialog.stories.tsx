import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ComponentProps } from 'react';
import { expect, within } from 'storybook/test';
import { SessionTimeoutDialog } from '../src/components/SessionTimeoutDialog';
import { ar } from '../src/locales/ar';
import { arAccount } from '../src/locales/ar-account';
import { ja } from '../src/locales/ja';
import { jaAccount } from '../src/locales/ja-account';
import { STORY_NOW } from './fixtures';

const noop = () => {};
type Props = ComponentProps<typeof SessionTimeoutDialog>;

const meta = {
  title: 'Components/SessionTimeoutDialog',
  component: SessionTimeoutDialog,
  args: {
    status: 'active',
    deadline: STORY_NOW + 95_000,
    idleMinutes: 30,
    onStaySignedIn: noop,
    onSignOut: noop,
    onSignIn: noop,
  },
} satisfies Meta<typeof SessionTimeoutDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Under 2 minutes left: the modal alertdialog, focus on "Stay signed in". */
export const Warning: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement.ownerDocument.body).getByRole('alertdialog', { name: 'You’re about to be signed out' });
    await expect(dialog).toHaveAttribute('data-state', 'warning');
    await expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
  },
};
/** More than 2 minutes left: nothing shown. */
export const Closed: Story = { args: { deadline: STORY_NOW + 10 * 60_000 } };
export const Busy: Story = { args: { busy: true } };
export const StayFailed: Story = { args: { failed: true } };

/** Warned, then timed out: why, and "Sign in again" (rendered as the hook would: active, then signed out). */
function TimedOutFlow(props: Props) {
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <SessionTimeoutDialog {...props} {...(timedOut ? { status: 'signed-out', reason: 'idle-timeout', deadline: null } : {})} />
  );
}
export const TimedOut: Story = {
  render: (args) => <TimedOutFlow {...args} />,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole('button', { name: 'Sign in again' })).toBeVisible();
    await expect(body.getByRole('alertdialog', { name: 'You’ve been signed out' })).toHaveAccessibleDescription(
      'You were signed out after 30 minutes of inactivity.',
    );
  },
};
/** The non-modal banner: same content, takes no focus. */
export const Banner: Story = {
  args: { variant: 'banner' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'You’re about to be signed out' })).toBeVisible();
  },
};
export const Dark: Story = { parameters: { theme: 'dark' } };
export const BannerDark: Story = { args: { variant: 'banner' }, parameters: { theme: 'dark' } };
export const Japanese: Story = { args: { locale: 'ja-JP', messages: { ...ja, ...jaAccount } }, parameters: { locale: 'ja-JP' } };
/** Right to left: Arabic. */
export const Arabic: Story = {
  args: { locale: 'ar-EG', messages: { ...ar, ...arAccount } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const ArabicBannerDark: Story = {
  args: { locale: 'ar-EG', messages: { ...ar, ...arAccount }, variant: 'banner' },
  parameters: { dir: 'rtl', locale: 'ar-EG', theme: 'dark' },
};

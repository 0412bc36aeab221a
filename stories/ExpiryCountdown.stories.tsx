import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ExpiryCountdown } from '../src/components/ExpiryCountdown';
import { countdownGrid, DEADLINES } from './countdownStories';
import { getSessionDeadlines } from '../src/session/deadlines';
import { seedSession, SEED_NOW } from './fixtures';

const meta = {
  title: 'Components/ExpiryCountdown',
  component: ExpiryCountdown,
  args: { deadline: DEADLINES.running },
} satisfies Meta<typeof ExpiryCountdown>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example, five days in: 45 days left of its 50-day timeout. */
export const Seed: Story = {
  args: { deadline: getSessionDeadlines(seedSession).expiresAt },
  parameters: { now: SEED_NOW },
};
export const Running: Story = {
  play: async ({ canvasElement }) => {
    const timer = within(canvasElement).getByRole('timer', { name: 'Session ends' });
    await expect(timer).toHaveTextContent('25:00');
    await expect(timer).toHaveAttribute('aria-live', 'off');
    await expect(within(canvasElement).getByRole('status')).toBeEmptyDOMElement();
  },
};
export const Warning: Story = { args: { deadline: DEADLINES.warning } };
export const OneMinuteLeft: Story = { args: { deadline: DEADLINES.oneMinute } };
export const Expired: Story = { args: { deadline: DEADLINES.expired } };
export const FarDeadline: Story = {
  args: { deadline: DEADLINES.far },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent('50 days');
  },
};
export const NoDeadline: Story = { args: { deadline: null } };
export const RightToLeft: Story = {
  args: { locale: 'ar-EG', messages: { expiryLabel: 'تنتهي الجلسة' } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const Dark: Story = { args: { deadline: DEADLINES.oneMinute }, parameters: { theme: 'dark' } };

/** Every state side by side. */
export const AllStates: Story = { render: countdownGrid(ExpiryCountdown) };

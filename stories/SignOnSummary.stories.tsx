import { ar } from '../src/locales/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SignOnSummary } from '../src/components/SignOnSummary';
import { activeSession, anonymousSession, seedSession, SEED_NOW } from './fixtures';
import { createSessionFixture } from '../src/testing/fixtures';

const multiFactor = createSessionFixture({
  lastSignOn: { authenticators: ['pwd otp', 'fpt', 'acme_hardware_token'] },
}).lastSignOn;

const meta = {
  title: 'Components/SignOnSummary',
  component: SignOnSummary,
  args: { signOn: activeSession.lastSignOn },
} satisfies Meta<typeof SignOnSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example: password, signed in 2022-08-17. */
export const Seed: Story = { args: { signOn: seedSession.lastSignOn }, parameters: { now: SEED_NOW } };
export const Anonymous: Story = { args: { signOn: anonymousSession.lastSignOn } };
export const MultipleFactors: Story = { args: { signOn: multiFactor } };
/** The IP is masked until the reveal button is pressed. */
export const RevealIp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('174.1.62.•••')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show full IP' }));
    await expect(canvas.getByText('174.1.62.19')).toBeVisible();
  },
};
export const RightToLeft: Story = {
  args: { locale: 'ar-EG', messages: ar },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Every state side by side. */
export const AllStates: Story = {
  render: () => (
    <div className="sb-grid">
      <SignOnSummary signOn={activeSession.lastSignOn} />
      <SignOnSummary signOn={multiFactor} maskIp={false} />
      <SignOnSummary signOn={null} />
    </div>
  ),
};

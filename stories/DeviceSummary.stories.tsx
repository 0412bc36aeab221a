import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeviceSummary } from '../src/components/DeviceSummary';
import { activeSession, missingBrowserOs, mobileSession, seedSession } from './fixtures';

const meta = {
  title: 'Components/DeviceSummary',
  component: DeviceSummary,
  args: { device: seedSession.device, operatingSystem: seedSession.operatingSystem },
} satisfies Meta<typeof DeviceSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example: a Mac on Mac OS X 10.15. */
export const Seed: Story = {};
export const Mobile: Story = { args: { device: mobileSession.device, operatingSystem: mobileSession.operatingSystem } };
export const Tablet: Story = { args: { device: { type: 'iPad' }, operatingSystem: { name: 'iPadOS', version: '17' } } };
export const MissingBrowserAndOs: Story = {
  args: { device: missingBrowserOs.device, operatingSystem: missingBrowserOs.operatingSystem },
};
export const RightToLeft: Story = {
  args: { device: activeSession.device, operatingSystem: activeSession.operatingSystem, messages: { deviceLabel: 'الجهاز' } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Every state side by side. */
export const AllStates: Story = {
  render: () => (
    <div className="sb-grid">
      <DeviceSummary device={seedSession.device} operatingSystem={seedSession.operatingSystem} />
      <DeviceSummary device={mobileSession.device} operatingSystem={mobileSession.operatingSystem} />
      <DeviceSummary device={{ type: 'iPad' }} operatingSystem={{ name: 'iPadOS' }} />
      <DeviceSummary device={{ type: 'Chromebook' }} operatingSystem={{ name: 'ChromeOS' }} />
      <DeviceSummary />
    </div>
  ),
};

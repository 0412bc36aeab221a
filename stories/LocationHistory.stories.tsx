import { ar } from '../src/locales/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LocationHistory } from '../src/components/LocationHistory';
import { duplicatesSession, hostileSession, noGeoSession, seedSession, SEED_NOW, travellingSession } from './fixtures';

const meta = {
  title: 'Components/LocationHistory',
  component: LocationHistory,
  args: { locations: travellingSession.locations, signOnIp: '174.1.62.19' },
} satisfies Meta<typeof LocationHistory>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example: three identical entries, collapsed into one row. */
export const Seed: Story = {
  args: { locations: seedSession.locations, signOnIp: seedSession.lastSignOn?.remoteIp },
  parameters: { now: SEED_NOW },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
    await expect(canvas.getByText('Seen 3 times')).toBeVisible();
  },
};
/** Five places across five countries; older ones behind "Show all". */
export const FiveCountries: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Show all 5 locations' }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
  },
};
export const Duplicates: Story = { args: { locations: duplicatesSession.locations } };
export const NoGeo: Story = { args: { locations: noGeoSession.locations, signOnIp: '10.20.30.40' } };
export const Empty: Story = { args: { locations: [] } };
export const IpShown: Story = { args: { maskIp: false } };
/** A 10 000-character city and bidi overrides: inert text that wraps inside the frame. */
export const HostileStrings: Story = {
  args: { locations: hostileSession.locations, maskIp: false },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.psr-locations')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
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
      <LocationHistory
        locations={travellingSession.locations}
        signOnIp="174.1.62.19"
        messages={{ locationsHeading: 'Five countries' }}
      />
      <LocationHistory
        locations={duplicatesSession.locations}
        signOnIp="174.1.62.19"
        messages={{ locationsHeading: 'Duplicates' }}
      />
      <LocationHistory locations={noGeoSession.locations} messages={{ locationsHeading: 'No geo' }} />
      <LocationHistory locations={[]} messages={{ locationsHeading: 'Empty' }} />
    </div>
  ),
};

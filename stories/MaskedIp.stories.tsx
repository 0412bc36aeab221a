import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MaskedIp } from '../src/components/MaskedIp';

const meta = {
  title: 'Components/MaskedIp',
  component: MaskedIp,
  args: { ip: '174.1.62.19' },
} satisfies Meta<typeof MaskedIp>;
export default meta;
type Story = StoryObj<typeof meta>;

/** IPv4: the first three octets stay, the host part is hidden until the button is pressed. */
export const MaskedIpv4: Story = {
  name: 'Masked IPv4',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('174.1.62.•••')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show full IP' })).toHaveAttribute('aria-expanded', 'false');
  },
};
/** IPv6 keeps its /48 routing prefix; `::` is expanded first. */
export const MaskedIpv6: Story = {
  name: 'Masked IPv6',
  args: { ip: '2001:db8:85a3::8a2e:370:7334' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('2001:db8:85a3:•••')).toBeVisible();
  },
};
/** Pressing the button shows the whole address; the same button hides it again. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show full IP' }));
    await expect(canvas.getByText('174.1.62.19')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Hide full IP' })).toHaveAttribute('aria-expanded', 'true');
  },
};
/** Not masked at all (`mask={false}`): the address and no button. */
export const Unmasked: Story = { args: { mask: false } };
/** Anything that is not an IP address is hidden entirely, never shown in part. */
export const Unparseable: Story = {
  args: { ip: '<script>alert(1)</script>' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('•••')).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('script');
  },
};
/** The address stays left-to-right inside a right-to-left layout. */
export const RightToLeft: Story = {
  args: { locale: 'ar-EG', messages: { showIp: 'إظهار عنوان IP', hideIp: 'إخفاء عنوان IP', ipHidden: '(مخفي جزئيًا)' } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('174.1.62.•••')).toHaveAttribute('dir', 'ltr');
  },
};
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Every state side by side. */
export const AllStates: Story = {
  render: () => (
    <div className="sb-grid">
      <MaskedIp ip="174.1.62.19" />
      <MaskedIp ip="2001:db8:85a3::8a2e:370:7334" />
      <MaskedIp ip="::ffff:10.1.2.3" />
      <MaskedIp ip="174.1.62.19" mask={false} />
      <MaskedIp ip="not an address" />
    </div>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { BrowserSummary } from '../src/components/BrowserSummary';
import { mobileSession, seedSession } from './fixtures';

const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

const meta = {
  title: 'Components/BrowserSummary',
  component: BrowserSummary,
  args: { browser: seedSession.browser, userAgent: seedSession.userAgent },
} satisfies Meta<typeof BrowserSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PingOne's reference example: Firefox 103. */
export const Seed: Story = {};
export const Mobile: Story = { args: { browser: mobileSession.browser, userAgent: mobileSession.userAgent } };
/** No `browser` object: the user agent, shortened. */
export const FromUserAgent: Story = { args: { browser: undefined, userAgent: CHROME_UA } };
export const MissingBrowser: Story = { args: { browser: undefined, userAgent: undefined } };
export const RightToLeft: Story = {
  args: { messages: { browserLabel: 'المتصفح' } },
  parameters: { dir: 'rtl', locale: 'ar-EG' },
};
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Every state side by side. */
export const AllStates: Story = {
  render: () => (
    <div className="sb-grid">
      <BrowserSummary browser={seedSession.browser} />
      <BrowserSummary browser={mobileSession.browser} />
      <BrowserSummary userAgent={CHROME_UA} />
      <BrowserSummary userAgent={'x'.repeat(200)} />
      <BrowserSummary />
    </div>
  ),
};

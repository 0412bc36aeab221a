import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createSessionClock } from '../src/time/clock';
import { SessionClockProvider } from '../src/react/SessionClockProvider';
import { SessionI18nProvider } from '../src/components/SessionI18nProvider';
import { STORY_NOW } from '../stories/fixtures';
import '../src/components/styles.css';
import './preview.css';

/** Story parameters this preview understands. */
export interface SessionStoryParameters {
  /** Fixed "now" for the story (default STORY_NOW); `'live'` uses the real clock. */
  now?: number | 'live';
  /** `data-theme` of the story's frame. */
  theme?: 'light' | 'dark';
  /** `dir` and locale of the story's frame. */
  dir?: 'ltr' | 'rtl';
  locale?: string;
}

// Fresh QueryClient and clock per story: nothing cached or ticking leaks from one story into
// the next, and every story renders the same text on every run (the clock never moves).
function SessionStoryFrame({ parameters: p, children }: { parameters: SessionStoryParameters; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [clock] = useState(() =>
    p.now === 'live' ? createSessionClock() : createSessionClock({ now: () => (p.now as number | undefined) ?? STORY_NOW }),
  );
  return (
    <QueryClientProvider client={client}>
      <SessionClockProvider clock={clock}>
        <SessionI18nProvider locale={p.locale ?? 'en-GB'} timeZone="UTC">
          <div data-theme={p.theme ?? 'light'} dir={p.dir ?? 'ltr'} lang={p.locale ?? 'en-GB'} className="sb-frame">
            {children}
          </div>
        </SessionI18nProvider>
      </SessionClockProvider>
    </QueryClientProvider>
  );
}

const withSession: Decorator = (Story, context) => (
  <SessionStoryFrame parameters={context.parameters}>
    <Story />
  </SessionStoryFrame>
);

const preview: Preview = {
  decorators: [withSession],
  parameters: {
    layout: 'padded',
    controls: { matchers: { date: /At$/ } },
    // Axe violations fail the story's test (in the Storybook UI and in `npm run test:storybook`).
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;

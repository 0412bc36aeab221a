import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createSessionClock, type SessionClock } from '../../src/time/clock';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { SessionI18nProvider } from '../../src/components/SessionI18nProvider';
import { SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';

/** A clock frozen at `now` (default: the fixture's instant) for deterministic relative times. */
export function fixedClock(now = SESSION_FIXTURE_NOW): SessionClock {
  return createSessionClock({ now: () => now });
}

/** Wraps `ui` in a clock provider and an en-GB/UTC i18n provider, like the Storybook preview. */
export function renderSession(ui: ReactElement, { clock = fixedClock() }: { clock?: SessionClock } = {}): RenderResult {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <SessionClockProvider clock={clock}>
      <SessionI18nProvider locale="en-GB" timeZone="UTC">
        {children}
      </SessionI18nProvider>
    </SessionClockProvider>
  );
  return render(ui, { wrapper: Wrapper });
}

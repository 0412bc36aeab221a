import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { useNow, type UseNowOptions } from '../../src/react/useNow';
import { advanceBy, MINUTE, SECOND, T0 } from '../support/useCurrentSession';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 12_345);
});
afterEach(() => {
  vi.useRealTimers();
});

function Now(props: { options?: UseNowOptions }) {
  const now = useNow(props.options);
  return <span>{now === null ? 'none' : now - T0}</span>;
}

describe('useNow', () => {
  it('ticks on whole seconds by default', async () => {
    const { container } = render(
      <SessionClockProvider clock={createSessionClock()}>
        <Now />
      </SessionClockProvider>,
    );
    expect(container.textContent).toBe('12000');
    await advanceBy(SECOND, SECOND);
    expect(container.textContent).toBe('13000');
  });

  it('takes the unit, the anchor and a clock of its own as options', async () => {
    const clock = createSessionClock();
    // No SessionClockProvider: the clock comes from the options.
    const { container } = render(<Now options={{ unitMs: MINUTE, anchorMs: T0 + 30 * SECOND, clock }} />);
    // Ticks fall on T0 + 30 s + k minutes: the latest one before T0 + 12.345 s is T0 - 30 s.
    expect(container.textContent).toBe('-30000');
    await advanceBy(17 * SECOND, SECOND);
    expect(container.textContent).toBe('-30000');
    await advanceBy(SECOND, SECOND);
    expect(container.textContent).toBe('30000');
  });
});

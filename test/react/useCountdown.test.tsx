import { act, render } from '@testing-library/react';
import { Profiler, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { countdownPhase, useCountdown } from '../../src/react/useCountdown';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { IdleCountdown } from '../../src/components/IdleCountdown';
import { advanceBy, advanceTo, MINUTE, SECOND, setupSession, T0 } from '../support/useCurrentSession';
import { renderWithClient, settle } from '../support/utils';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

function CountdownText({ deadline, warningMs }: { deadline: number | null; warningMs?: number }) {
  const countdown = useCountdown(deadline, { warningMs, criticalMs: 30 * SECOND });
  if (countdown === null) return <time dateTime={deadline ? new Date(deadline).toISOString() : undefined}>soon</time>;
  return <span data-phase={countdown.phase}>{Math.ceil(countdown.remainingMs / 1000)}</span>;
}

describe('useCountdown', () => {
  it('counts down from the clock and moves through the phases', async () => {
    const clock = createSessionClock();
    const deadline = T0 + 2 * MINUTE;
    const { container } = render(
      <SessionClockProvider clock={clock}>
        <CountdownText deadline={deadline} warningMs={MINUTE} />
      </SessionClockProvider>,
    );
    const el = () => container.querySelector('span')!;
    expect(el().textContent).toBe('120');
    expect(el().dataset.phase).toBe('running');
    await advanceBy(61 * SECOND, SECOND);
    expect(el().textContent).toBe('59');
    expect(el().dataset.phase).toBe('warning');
    await advanceBy(30 * SECOND, SECOND);
    expect(el().dataset.phase).toBe('critical');
    await advanceBy(30 * SECOND, SECOND);
    expect(el().textContent).toBe('0');
    expect(el().dataset.phase).toBe('expired');
  });

  it('re-renders once a minute while the deadline is hours away, once a second near it', async () => {
    const clock = createSessionClock();
    let renders = 0;
    const onRender = () => void (renders += 1);
    const tree = (deadline: number) => (
      <SessionClockProvider clock={clock}>
        <Profiler id="c" onRender={onRender}>
          <CountdownText deadline={deadline} />
        </Profiler>
      </SessionClockProvider>
    );
    const { rerender } = render(tree(T0 + 5 * 60 * MINUTE));
    renders = 0;
    await advanceBy(10 * MINUTE, SECOND);
    expect(renders).toBeGreaterThanOrEqual(10);
    expect(renders).toBeLessThanOrEqual(11);
    rerender(tree(Date.now() + 10 * MINUTE));
    renders = 0;
    await advanceBy(10 * SECOND, SECOND);
    expect(renders).toBe(10);
  });

  it("steps exactly one second per tick on the deadline's phase; phases flip at their instants", () => {
    const clock = createSessionClock();
    const deadline = T0 + 65_437; // real deadlines fall on arbitrary milliseconds
    const log: Array<{ at: number; left: number; phase: string }> = [];
    function Recorder() {
      const c = useCountdown(deadline, { warningMs: 63_000, criticalMs: 30_000 });
      return c && <output data-left={c.remainingMs} data-phase={c.phase} />;
    }
    const record = () => {
      const el = container.querySelector('output')!;
      const [left, phase] = [Number(el.dataset.left), el.dataset.phase!];
      const last = log.at(-1);
      if (last?.left !== left || last.phase !== phase) log.push({ at: Date.now() - T0, left, phase });
    };
    const { container } = render(
      <SessionClockProvider clock={clock}>
        <Recorder />
      </SessionClockProvider>,
    );
    record();
    for (let i = 0; i < 200 && Date.now() < deadline + 2 * SECOND; i++) {
      act(() => void vi.advanceTimersToNextTimer());
      record();
    }
    expect(log[0]).toEqual({ at: 0, left: 66_000, phase: 'running' });
    const ticks = log.slice(1);
    expect(ticks).toHaveLength(66);
    // No skipped or doubled second: the k-th change is at .437 + k s and shows one second less.
    ticks.forEach((t, k) => expect([t.at, t.left]).toEqual([437 + k * SECOND, 65_000 - k * SECOND]));
    const firstAt = (phase: string) => ticks.find((t) => t.phase === phase)?.at;
    expect(firstAt('warning')).toBe(65_437 - 63_000);
    expect(firstAt('critical')).toBe(65_437 - 30_000);
    expect(firstAt('expired')).toBe(65_437);
  });

  it('reads 00:00 / expired at the instant useCurrentSession turns expired, not up to a second later', async () => {
    vi.setSystemTime(T0 + 437); // the session is stamped at .437, so its deadline is too
    const { config } = setupSession();
    function Panel() {
      const { status, deadlines } = useCurrentSession(config);
      return (
        <>
          <p data-testid="status">{status}</p>
          <IdleCountdown deadline={deadlines?.idleExpiresAt} data-testid="c" />
        </>
      );
    }
    const view = renderWithClient(<Panel />, { clock: config.clock });
    await settle();
    const deadline = T0 + 437 + 30 * MINUTE;
    const read = () => [
      view.getByTestId('status').textContent,
      view.getByRole('timer').textContent,
      view.getByTestId('c').dataset.state,
    ];
    await advanceTo(deadline - 1);
    expect(read()).toEqual(['active', '00:01', 'critical']);
    await advanceBy(1);
    expect(read()).toEqual(['expired', 'Expired', 'expired']);
  });

  it('returns null without a deadline', () => {
    const { container } = render(<CountdownText deadline={null} />);
    expect(container.textContent).toBe('soon');
  });
});

describe('render counts', () => {
  it('a countdown ticking for 60 s does not re-render a sibling that only reads the session', async () => {
    const { config } = setupSession();
    // Counted in effects without deps: they run once per committed render of that component.
    const renders = { sibling: 0, ticker: 0 };
    function Sibling() {
      const { session } = useCurrentSession(config);
      useEffect(() => void (renders.sibling += 1));
      return <p>{session?.device?.type}</p>;
    }
    function Ticker() {
      const { deadlines } = useCurrentSession(config);
      useEffect(() => void (renders.ticker += 1));
      return <CountdownText deadline={deadlines?.effectiveExpiresAt ?? null} />;
    }
    function Wrap({ children }: { children: ReactNode }) {
      return <div>{children}</div>;
    }
    renderWithClient(
      <Wrap>
        <Sibling />
        <Ticker />
      </Wrap>,
      { clock: config.clock },
    );
    await settle();
    const siblingBefore = renders.sibling;
    const tickerBefore = renders.ticker;
    let ticks = 0;
    const unsubscribe = config.clock!.subscribe(() => void (ticks += 1), SECOND);
    await advanceBy(60 * SECOND, SECOND);
    unsubscribe();
    expect(ticks).toBe(60);
    expect(renders.sibling).toBe(siblingBefore);
    // Only the leaf that calls useCountdown ticks; even the component holding the session doesn't.
    expect(renders.ticker).toBe(tickerBefore);
  });
});

describe('SSR and hydration', () => {
  it('renders the same markup on the server and during hydration: no hydration warning', async () => {
    const clock = createSessionClock();
    const deadline = T0 + 10 * MINUTE;
    const app = (
      <SessionClockProvider clock={clock}>
        <CountdownText deadline={deadline} />
      </SessionClockProvider>
    );
    const html = renderToString(app);
    expect(html).toContain('<time');
    expect(html).not.toContain('data-phase');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await advanceBy(3 * SECOND, SECOND); // time passes between the server render and hydration
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    });
    await settle();
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    // After hydration the countdown upgrades to the live value.
    expect(container.querySelector('span')?.textContent).toBe('597');
    act(() => root!.unmount());
    container.remove();
    errors.mockRestore();
  });
});

describe('countdownPhase', () => {
  it('takes the thresholds as options, with the hook defaults (5 min, 1 min)', () => {
    expect(countdownPhase(0)).toBe('expired');
    expect(countdownPhase(60_000)).toBe('critical');
    expect(countdownPhase(60_001)).toBe('warning');
    expect(countdownPhase(300_000)).toBe('warning');
    expect(countdownPhase(300_001)).toBe('running');
    expect(countdownPhase(20_000, { warningMs: 30_000, criticalMs: 10_000 })).toBe('warning');
    expect(countdownPhase(10_000, { criticalMs: 10_000 })).toBe('critical');
    expect(countdownPhase(400_000, { warningMs: 600_000 })).toBe('warning');
  });
});

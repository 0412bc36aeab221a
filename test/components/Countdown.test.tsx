import { act, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createSessionClock } from '../../src/time/clock';
import { IdleCountdown } from '../../src/components/IdleCountdown';
import { ExpiryCountdown } from '../../src/components/ExpiryCountdown';
import { SessionI18nProvider } from '../../src/components/SessionI18nProvider';
import { renderSession } from '../support/components';

const T0 = Date.parse('2025-01-15T10:00:00.000Z');
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('countdowns', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  it('shows mm:ss in a non-live timer and announces only at thresholds', () => {
    renderSession(<IdleCountdown deadline={T0 + 5 * 60_000 + 30_000} data-testid="c" />, { clock: createSessionClock() });
    const timer = screen.getByRole('timer', { name: 'Idle timeout' });
    const live = screen.getByRole('status');
    expect(timer).toHaveTextContent('05:30');
    expect(timer).toHaveAttribute('aria-live', 'off');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toBeEmptyDOMElement();
    expect(screen.getByTestId('c')).toHaveAttribute('data-state', 'running');

    advance(29_000);
    expect(timer).toHaveTextContent('05:01');
    expect(live).toBeEmptyDOMElement();
    advance(1_000);
    expect(timer).toHaveTextContent('05:00');
    expect(live).toHaveTextContent('Idle timeout: 5 minutes left.');
    expect(screen.getByTestId('c')).toHaveAttribute('data-state', 'warning');

    advance(60_000);
    expect(timer).toHaveTextContent('04:00');
    expect(live).toHaveTextContent('Idle timeout: 5 minutes left.');
    advance(120_000);
    expect(live).toHaveTextContent('Idle timeout: 2 minutes left.');
    advance(60_000);
    expect(live).toHaveTextContent('Idle timeout: 1 minute left.');
    expect(screen.getByTestId('c')).toHaveAttribute('data-state', 'critical');
    advance(30_000);
    expect(live).toHaveTextContent('Idle timeout: 30 seconds left.');
    advance(30_000);
    expect(timer).toHaveTextContent('Expired');
    expect(live).toHaveTextContent('Idle timeout: expired.');
    expect(screen.getByTestId('c')).toHaveAttribute('data-state', 'expired');
  });

  it("steps one second per tick on the deadline's phase; thresholds and expiry land on their instants", () => {
    const deadline = T0 + 5_437;
    renderSession(<IdleCountdown deadline={deadline} warningMs={4_000} criticalMs={3_000} data-testid="c" />, {
      clock: createSessionClock(),
    });
    const seen: string[] = [];
    const read = () => `${Date.now() - T0} ${screen.getByRole('timer').textContent} ${screen.getByTestId('c').dataset.state}`;
    const readText = (line: string) => line.slice(line.indexOf(' ') + 1);
    seen.push(read());
    for (let i = 0; i < 20 && Date.now() < deadline + 2_000; i++) {
      act(() => void vi.advanceTimersToNextTimer());
      if (readText(read()) !== readText(seen.at(-1)!)) seen.push(read());
    }
    expect(seen).toEqual([
      '0 00:06 running',
      '437 00:05 running',
      '1437 00:04 warning',
      '2437 00:03 critical',
      '3437 00:02 critical',
      '4437 00:01 critical',
      '5437 Expired expired',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Idle timeout: expired.');
  });

  it('treats the first reading as a baseline, not an announcement', () => {
    renderSession(<ExpiryCountdown deadline={T0 + 50_000} />, { clock: createSessionClock() });
    expect(screen.getByRole('timer', { name: 'Session ends' })).toHaveTextContent('00:50');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    advance(21_000);
    // The time actually left when the 30-second threshold was crossed in one jump.
    expect(screen.getByRole('status')).toHaveTextContent('Session ends: 29 seconds left.');
  });

  it('shows far deadlines in days', () => {
    renderSession(<ExpiryCountdown deadline={T0 + 50 * 86_400_000} data-testid="c" />, { clock: createSessionClock() });
    expect(screen.getByRole('timer')).toHaveTextContent('50 days');
    expect(screen.getByTestId('c')).toHaveAttribute('data-state', 'running');
  });

  it('says when there is no deadline', () => {
    renderSession(<IdleCountdown deadline={null} data-testid="c" />);
    expect(screen.getByRole('timer')).toHaveTextContent('This session has no sign-out time.');
    expect(screen.getByTestId('c')).not.toHaveAttribute('data-state');
  });

  it('renders the absolute deadline in <time dateTime> on the server', () => {
    const html = renderToString(
      <SessionI18nProvider locale="en-GB" timeZone="UTC">
        <IdleCountdown deadline={T0 + 25 * 60_000} />
      </SessionI18nProvider>,
    );
    expect(html).toContain('<time dateTime="2025-01-15T10:25:00.000Z">until 15 Jan 2025, 10:25</time>');
    expect(html).toContain('role="status"');
    expect(html).not.toContain('25:00<');
  });

  it('translates labels and announcements, with the locale digits', () => {
    renderSession(
      <SessionI18nProvider locale="ar-EG" messages={{ idleLabel: 'مهلة الخمول' }}>
        <IdleCountdown deadline={T0 + 65_000} />
      </SessionI18nProvider>,
      { clock: createSessionClock() },
    );
    expect(screen.getByRole('timer', { name: 'مهلة الخمول' })).toHaveTextContent('٠١:٠٥');
    advance(5_000);
    expect(screen.getByRole('status').textContent).toContain('مهلة الخمول');
  });
});

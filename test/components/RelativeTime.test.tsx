import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createSessionClock } from '../../src/time/clock';
import { LocationHistory } from '../../src/components/LocationHistory';
import { SessionI18nProvider } from '../../src/components/SessionI18nProvider';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { renderSession } from '../support/components';

// Deliberately not on a whole minute: the bug showed when "now" was floored to the wall minute.
const T0 = Date.parse('2025-01-15T10:00:12.000Z');
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const at = (ms: number) => [
  { at: new Date(ms).toISOString(), remoteIp: '81.2.69.160', city: 'london', country: 'united kingdom' },
];
const relative = () => document.querySelector('.psr-relative')?.textContent;

describe('RelativeTime (through LocationHistory)', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  it('reads "now" for a stamp seconds old, then whole minutes exactly 60 s apart, never a future time', () => {
    const stamp = T0 - 6_700; // 10:00:05.3, i.e. after the wall minute 10:00:00 that used to be "now"
    renderSession(<LocationHistory locations={at(stamp)} />, { clock: createSessionClock() });
    expect(relative()).toBe('now');
    advance(stamp + 60_000 - 1 - Date.now());
    expect(relative()).toBe('now');
    advance(1);
    expect(relative()).toBe('1 minute ago');
    advance(60_000 - 1);
    expect(relative()).toBe('1 minute ago');
    advance(1);
    expect(relative()).toBe('2 minutes ago');
  });

  it.each([0, 1, 999, 12_000, 30_500, 59_999])(
    'reads the whole minutes elapsed for a stamp %i ms old, never a future time',
    (age) => {
      const stamp = T0 - age;
      renderSession(<LocationHistory locations={at(stamp)} />, { clock: createSessionClock() });
      for (let i = 0; i < 130; i++) {
        const minutes = Math.floor((Date.now() - stamp) / 60_000);
        expect(relative()).toBe(minutes === 0 ? 'now' : `${minutes} minute${minutes === 1 ? '' : 's'} ago`);
        advance(1_000);
      }
    },
  );

  it('reads "now", not "in 1 minute", for a stamp from a server clock slightly ahead of ours', () => {
    const stamp = T0 + 1_500; // under the Date-header noise the clock offset ignores
    renderSession(<LocationHistory locations={at(stamp)} />, { clock: createSessionClock() });
    expect(relative()).toBe('now');
    advance(stamp + 60_000 - 1 - Date.now());
    expect(relative()).toBe('now');
    advance(1);
    expect(relative()).toBe('1 minute ago');
  });

  it('renders only the absolute <time dateTime> on the server and while hydrating, then the relative text', () => {
    const clock = createSessionClock();
    const stamp = T0 - 6_700;
    const app = (
      <SessionClockProvider clock={clock}>
        <SessionI18nProvider locale="en-GB" timeZone="UTC">
          <LocationHistory locations={at(stamp)} />
        </SessionI18nProvider>
      </SessionClockProvider>
    );
    const html = renderToString(app);
    expect(html).toContain('<time class="psr-absolute" dateTime="2025-01-15T10:00:05.300Z">15 Jan 2025, 10:00</time>');
    expect(html).not.toContain('psr-relative');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    advance(90_000); // time passes between the server render and hydration
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByText('1 minute ago')).toBeVisible();
    act(() => root!.unmount());
    container.remove();
    errors.mockRestore();
  });
});

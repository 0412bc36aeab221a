import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { SessionPanel } from '../../src/components/SessionPanel';
import { createSessionClock } from '../../src/time/clock';
import { RateLimitedError, SessionNetworkError, SessionServerError } from '../../src/session/errors';
import { createSessionFixture, createPingOneEmulator, SESSION_FIXTURE_NOW } from '../../src/testing';
import { renderWithClient } from '../support/utils';
import { fixedClock, renderSession } from '../support/components';

const session = createSessionFixture();
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const region = () => screen.getByRole('region');

describe('SessionPanel with a session prop', () => {
  it('leads with the device row: device in words, This device, how and when it signed in, and where', () => {
    const ref = createRef<HTMLElement>();
    renderSession(<SessionPanel ref={ref} session={session} className="app-panel" />);
    const panel = screen.getByRole('region', { name: 'Your session' });
    expect(ref.current).toBe(panel);
    expect(panel).toHaveClass('psr-panel', 'app-panel');
    expect(panel).toHaveAttribute('data-state', 'active');
    // Major versions only; "Mac OS X" reads macOS; a real heading one level below the title.
    expect(screen.getByRole('heading', { level: 3, name: 'Firefox 103 on macOS 10.15' })).toBeVisible();
    expect(screen.getByText('This device')).toBeVisible();
    const line = screen.getByText(/^Signed in 2 hours ago with password$/);
    expect(line.closest('p')).toHaveTextContent(
      'Signed in 2 hours ago with password · , Port Coquitlam, British Columbia, Canada',
    );
    expect(panel.textContent).not.toContain('174.1.62.19');
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('says the timeout as a sentence with the time of day and time left, one deadline when both agree', () => {
    renderSession(<SessionPanel session={session} />);
    expect(screen.getByRole('heading', { name: /Automatic sign-out/ })).toBeVisible();
    expect(screen.getByText('You’ll be signed out after 30 minutes of inactivity, at 10:25 (in 25 minutes).')).toBeVisible();
    // No second countdown: expiresAt equals activeAt + idle, so there is no "session ends" sentence.
    expect(region().textContent).not.toMatch(/session ends/i);
    expect(screen.queryByRole('timer')).toBeNull(); // no live mm:ss until the last minutes
  });

  it('shows the session end separately only when it differs from the idle deadline by more than a second', () => {
    const withinASecond = createSessionFixture({ expiresAt: iso(SESSION_FIXTURE_NOW + 25 * MINUTE + 900) });
    const { unmount } = renderSession(<SessionPanel session={withinASecond} />);
    expect(region().textContent).not.toMatch(/session ends/i);
    unmount();
    const capped = createSessionFixture({ expiresAt: iso(SESSION_FIXTURE_NOW + 10 * MINUTE) });
    renderSession(<SessionPanel session={capped} />);
    expect(screen.getByText('Your session ends at 10:10 (in 10 minutes), even if you stay active.')).toBeVisible();
  });

  it('in the last minutes: phase in words and icon, a live mm:ss read as words, and Stay signed in', async () => {
    const user = userEvent.setup();
    const onStaySignedIn = vi.fn();
    const warning = createSessionFixture({
      activeAt: iso(SESSION_FIXTURE_NOW - 25.5 * MINUTE),
      expiresAt: iso(SESSION_FIXTURE_NOW + 4.5 * MINUTE),
    });
    renderSession(<SessionPanel session={warning} onStaySignedIn={onStaySignedIn} />);
    expect(document.querySelector('.psr-timeout')).toHaveAttribute('data-phase', 'warning');
    expect(screen.getByText('Ending soon')).toBeVisible();
    expect(document.querySelector('.psr-timeout svg')).not.toBeNull();
    const timer = screen.getByRole('timer');
    expect(timer).toHaveAttribute('aria-live', 'off');
    expect(timer.querySelector('[aria-hidden="true"]')).toHaveTextContent('04:30');
    expect(timer.querySelector('.psr-sr-only')).toHaveTextContent(/^4 minutes,? 30 seconds$/);
    expect(screen.getByText('Choose Stay signed in to continue.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Stay signed in' }));
    expect(onStaySignedIn).toHaveBeenCalledTimes(1);
  });

  it('hides and reorders sections, puts sign-on and locations behind one Details disclosure', () => {
    renderSession(
      <SessionPanel session={session} sections={['locations', 'device']} actions={<button type="button">Sign out</button>}>
        <p>Footer note</p>
      </SessionPanel>,
    );
    const sections = [...document.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections).toEqual(['device', 'details', 'locations']);
    expect(document.querySelector('details > summary')).toHaveTextContent('Details');
    expect(screen.queryByText(/Automatic sign-out/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(screen.getByText('Footer note')).toBeVisible();
  });

  it('shows IPs in full when maskIp is off', () => {
    renderSession(<SessionPanel session={session} maskIp={false} />);
    expect(screen.getAllByText('174.1.62.19').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Show full IP' })).toBeNull();
  });

  it('loading: a skeleton shaped like the content, the words only for screen readers, no "Refreshing…"', () => {
    renderSession(<SessionPanel status="pending" onRefresh={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your session…');
    expect(document.querySelector('.psr-skeleton__icon')).not.toBeNull();
    expect(document.querySelectorAll('.psr-skeleton__line').length).toBeGreaterThanOrEqual(4);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['idle-timeout', 'You were signed out because you were inactive.'],
    ['ended', 'You were signed out because your session was ended elsewhere.'],
    ['not-signed-in', 'You’re not signed in.'],
  ] as const)('signed out (%s) says why and offers Sign in again, never Refresh', (reason, text) => {
    renderSession(<SessionPanel session={null} reason={reason} signInHref="/login" onRefresh={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
    expect(document.querySelector('.psr-panel__body')).toBeNull();
  });

  it('remembers the idle timeout across sign-out: "after 30 minutes of inactivity"', () => {
    const { rerender } = renderSession(<SessionPanel session={session} />);
    rerender(<SessionPanel session={null} reason="idle-timeout" onSignIn={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('You were signed out after 30 minutes of inactivity.');
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  });

  it('after timing out, signed out keeps the reason even without one from the hook', () => {
    const { rerender } = renderSession(<SessionPanel status="expired" session={session} />);
    rerender(<SessionPanel session={null} signInHref="/login" />);
    expect(screen.getByRole('status')).toHaveTextContent('You were signed out after 30 minutes of inactivity.');
  });

  it('expired says so with Sign in again', () => {
    renderSession(<SessionPanel status="expired" session={session} onSignIn={() => {}} />);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Your session timed out. Sign in again to continue.');
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  });

  it('error with nothing to show is an alert with Try again', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    renderSession(<SessionPanel status="error" error={new SessionNetworkError('down')} onRefresh={onRefresh} />);
    expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t reach the server. Check your connection and try again.');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('stale says when the details are from and offers Try again; retrying and rate-limited explain the wait', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    const failed = new SessionServerError('500', { status: 500 });
    const { rerender } = renderSession(
      <SessionPanel
        session={session}
        isStale
        error={failed}
        updatedAt={SESSION_FIXTURE_NOW - 4 * MINUTE}
        onRefresh={onRefresh}
      />,
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Couldn’t refresh. Showing details from 09:56.');
    expect(region()).toHaveAttribute('data-stale');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    rerender(<SessionPanel session={session} isStale isFetching error={failed} onRefresh={onRefresh} />);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Couldn’t refresh. Trying again…');
    rerender(
      <SessionPanel
        session={session}
        isStale
        error={new RateLimitedError('429', { status: 429, retryAfterMs: 5000 })}
        onRefresh={onRefresh}
      />,
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Too many requests. Trying again in 5 seconds.');
  });

  it('a refresh of a healthy panel is inert while fetching, and says Refreshing… only then', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    const { rerender } = renderSession(<SessionPanel session={session} onRefresh={onRefresh} />);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    rerender(<SessionPanel session={session} isFetching onRefresh={onRefresh} />);
    const busy = screen.getByRole('button', { name: 'Refreshing…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('offline is named as offline, with Try again', () => {
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      renderSession(<SessionPanel session={session} updatedAt={SESSION_FIXTURE_NOW - MINUTE} onRefresh={() => {}} />);
      expect(screen.getAllByRole('status')[0]).toHaveTextContent('You’re offline. Showing details from 09:59.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
      onLine.mockReturnValue(true);
      act(() => void window.dispatchEvent(new Event('online')));
      expect(screen.queryByText(/offline/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Refresh' })).toBeVisible();
    } finally {
      onLine.mockRestore();
    }
  });
});

describe('announcements', () => {
  afterEach(() => vi.useRealTimers());
  const tick = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

  it('one voice per threshold with the time actually left and what to do', () => {
    vi.useFakeTimers({ now: SESSION_FIXTURE_NOW });
    const near = createSessionFixture({
      activeAt: iso(SESSION_FIXTURE_NOW - 24 * MINUTE - 55_000),
      expiresAt: iso(SESSION_FIXTURE_NOW + 5 * MINUTE + 5_000),
    });
    renderSession(<SessionPanel session={near} onStaySignedIn={() => {}} />, { clock: createSessionClock() });
    const voices = () =>
      [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]')]
        .map((e) => e.textContent)
        .filter(Boolean);
    expect(voices()).toEqual([]);
    tick(5_000);
    expect(voices()).toEqual(['You’ll be signed out in 5 minutes. Choose Stay signed in to continue.']);
  });

  it('after a clock jump says the real time left ("15 seconds"), not the threshold ("30 seconds")', () => {
    vi.useFakeTimers({ now: SESSION_FIXTURE_NOW });
    let offset = 0;
    const clock = createSessionClock({ now: () => Date.now() + offset });
    renderSession(<SessionPanel session={session} />, { clock });
    offset = 25 * MINUTE - 16_000;
    tick(1_000);
    const spoken = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).filter(Boolean);
    expect(spoken).toEqual(['You’ll be signed out in 15 seconds. Use the app to stay signed in.']);
  });
});

describe('SessionPanel fetching through useCurrentSession', () => {
  it('loads the current session from the PingOne emulator and refreshes on demand', async () => {
    const user = userEvent.setup();
    const emulator = createPingOneEmulator();
    const { token } = emulator.createSession({ device: { type: 'iPad' } });
    const config = { environmentId: emulator.environmentId, fetch: emulator.fetchAs(token) };
    renderWithClient(<SessionPanel config={config} />, { clock: fixedClock(Date.now()) });
    expect(region()).toHaveAttribute('data-state', 'pending');
    await waitFor(() => expect(region()).toHaveAttribute('data-state', 'active'));
    expect(region().querySelector('[data-device]')).toHaveAttribute('data-device', 'tablet');
    const gets = () => emulator.requests.filter((r) => r.path.endsWith('/sessions/me')).length;
    expect(gets()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(gets()).toBe(2));
  });

  it('shows signed out when the emulator has no such session, with no session details', async () => {
    const emulator = createPingOneEmulator();
    const config = { environmentId: emulator.environmentId, fetch: emulator.fetchAs('no-such-token') };
    renderWithClient(<SessionPanel config={config} signInHref="/login" />, { clock: fixedClock(Date.now()) });
    await waitFor(() => expect(region()).toHaveAttribute('data-state', 'signed-out'));
    expect(within(region()).getByRole('status')).toHaveTextContent(/signed out|not signed in/);
    expect(within(region()).getByRole('link', { name: 'Sign in again' })).toBeVisible();
    expect(region().querySelector('.psr-panel__body')).toBeNull();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { SessionPanel } from '../../src/components/SessionPanel';
import { SessionNetworkError } from '../../src/core/errors';
import { createSessionFixture, createPingOneEmulator } from '../../src/testing';
import { renderWithClient } from '../utils';
import { fixedClock, renderSession } from './helpers';

const session = createSessionFixture();

describe('SessionPanel with a session prop', () => {
  it('composes countdowns, device, browser, sign-on and locations under one heading, IPs masked', () => {
    const ref = createRef<HTMLElement>();
    renderSession(<SessionPanel ref={ref} session={session} className="app-panel" />);
    const panel = screen.getByRole('region', { name: 'Your session' });
    expect(ref.current).toBe(panel);
    expect(panel).toHaveClass('psr-panel', 'app-panel');
    expect(panel).toHaveAttribute('data-state', 'active');
    expect(screen.getByRole('timer', { name: 'Idle timeout' })).toHaveTextContent('25:00');
    expect(screen.getByRole('timer', { name: 'Session ends' })).toHaveTextContent('25:00');
    expect(screen.getByText('Mac')).toBeVisible();
    expect(screen.getByText('Firefox 103.0')).toBeVisible();
    expect(screen.getByText('Password')).toBeVisible();
    expect(screen.getByRole('list', { name: 'Recent locations' })).toBeVisible();
    expect(panel.textContent).not.toContain('174.1.62.19');
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('hides and reorders sections, and renders extra children and actions', () => {
    renderSession(
      <SessionPanel session={session} sections={['locations', 'device']} actions={<button type="button">Sign out</button>}>
        <p>Footer note</p>
      </SessionPanel>,
    );
    const sections = [...document.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections).toEqual(['locations', 'device']);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(screen.getByText('Footer note')).toBeVisible();
  });

  it('shows IPs in full when maskIp is off', () => {
    renderSession(<SessionPanel session={session} maskIp={false} />);
    expect(screen.getAllByText('174.1.62.19').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Show full IP' })).toBeNull();
  });

  it.each([
    ['pending', 'Loading your session…', 'status'],
    ['expired', 'Your session has expired. Sign in again to continue.', 'status'],
    ['error', 'We could not reach the server. Check your connection and try again.', 'alert'],
  ] as const)('explains the %s state', (status, text, role) => {
    renderSession(<SessionPanel status={status} session={status === 'pending' ? undefined : session} error={new SessionNetworkError('down')} />);
    // The polite region is a wrapper mounted before its text; the alert is the paragraph itself.
    expect(screen.getByText(text).closest('[role]')).toHaveAttribute('role', role);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', status);
  });

  it('shows signed out for a null session, with no details', () => {
    renderSession(<SessionPanel session={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are signed out.');
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('flags stale data and offers a refresh that is inert while fetching', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    const { rerender } = renderSession(<SessionPanel session={session} isStale onRefresh={onRefresh} />);
    expect(screen.getByText('This information may be out of date.')).toBeVisible();
    expect(screen.getByRole('region')).toHaveAttribute('data-stale');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    rerender(<SessionPanel session={session} isFetching onRefresh={onRefresh} />);
    const busy = screen.getByRole('button', { name: 'Refreshing…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('passes locale and messages down to every section, and lays out right-to-left', () => {
    renderSession(
      <SessionPanel session={session} dir="rtl" locale="ar-EG" messages={{ panelTitle: 'جلستك', deviceLabel: 'الجهاز', idleLabel: 'مهلة الخمول' }} />,
    );
    const panel = screen.getByRole('region', { name: 'جلستك' });
    expect(panel).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('الجهاز')).toBeVisible();
    expect(screen.getByRole('timer', { name: 'مهلة الخمول' })).toHaveTextContent('٢٥:٠٠');
  });
});

describe('SessionPanel fetching through useCurrentSession', () => {
  it('loads the current session from the PingOne emulator and refreshes on demand', async () => {
    const user = userEvent.setup();
    const emulator = createPingOneEmulator();
    const { token } = emulator.createSession({ device: { type: 'iPad' } });
    const config = { environmentId: emulator.environmentId, fetch: emulator.fetchAs(token) };
    renderWithClient(<SessionPanel config={config} />, { clock: fixedClock(Date.now()) });
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'pending');
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'active'));
    expect(screen.getByText('iPad')).toBeVisible();
    const gets = () => emulator.requests.filter((r) => r.path.endsWith('/sessions/me')).length;
    expect(gets()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(gets()).toBe(2));
  });

  it('shows signed out when the emulator has no such session', async () => {
    const emulator = createPingOneEmulator();
    const config = { environmentId: emulator.environmentId, fetch: emulator.fetchAs('no-such-token') };
    renderWithClient(<SessionPanel config={config} />, { clock: fixedClock(Date.now()) });
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'signed-out'));
    expect(within(screen.getByRole('region')).getByRole('status')).toHaveTextContent('You are signed out.');
  });
});

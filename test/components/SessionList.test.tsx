import { fireEvent, screen, within } from '@testing-library/react';
import { SessionList } from '../../src/components/SessionList';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { de } from '../../src/locales/de';
import { deAccount } from '../../src/locales/de-account';
import { SessionRevokeError } from '../../src/query/userSessions';
import type { UserSessionItem } from '../../src/query/userSessions';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

function item(
  overrides: Parameters<typeof createSessionFixture>[0],
  flags: { current?: boolean; expired?: boolean } = {},
): UserSessionItem {
  const session = createSessionFixture(overrides);
  return {
    session,
    isCurrent: flags.current ?? false,
    isExpired: flags.expired ?? false,
    deadlines: getSessionDeadlines(session),
  };
}

const current = item(
  {
    id: 'cur-1',
    browser: { name: 'Firefox' },
    operatingSystem: { name: 'Mac OS X' },
    device: { type: 'Mac' },
    activeAt: iso(SESSION_FIXTURE_NOW),
  },
  { current: true },
);
const phone = item({
  id: 'phone-1',
  browser: { name: 'Safari' },
  operatingSystem: { name: 'iOS' },
  device: { type: 'iPhone' },
  activeAt: iso(SESSION_FIXTURE_NOW - 5 * MINUTE),
  locations: [{ at: iso(SESSION_FIXTURE_NOW - 5 * MINUTE), remoteIp: '133.242.0.1', city: 'tokyo', country: 'japan' }],
});
const windows = item({
  id: 'win-1',
  browser: { name: 'Edge' },
  operatingSystem: { name: 'Windows' },
  device: { type: 'Computer' },
  activeAt: iso(SESSION_FIXTURE_NOW - 3 * 60 * MINUTE),
});
const tablet = item(
  { id: 'tab-1', browser: { name: 'Chrome' }, operatingSystem: { name: 'Android' }, device: { type: 'Tablet' } },
  { expired: true },
);

function renderList(props: Partial<Parameters<typeof SessionList>[0]> = {}) {
  const onSignOut = vi.fn();
  const onSignOutOthers = vi.fn();
  const view = renderSession(
    <SessionList
      status="success"
      current={current}
      others={[phone, windows]}
      expired={[tablet]}
      onSignOut={onSignOut}
      onSignOutOthers={onSignOutOthers}
      data-testid="list"
      {...props}
    />,
  );
  return { ...view, onSignOut, onSignOutOthers, root: () => screen.getByTestId('list') };
}

describe('SessionList', () => {
  it('pending: the heading and a loading line, busy; error: an alert with Try again', () => {
    const onRetry = vi.fn();
    const { rerender } = renderSession(<SessionList status="pending" data-testid="list" onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'Your devices', level: 2 })).toBeVisible();
    expect(screen.getByText('Loading your devices…')).toBeVisible();
    expect(screen.getByTestId('list')).toHaveAttribute('data-state', 'pending');
    expect(screen.getByTestId('list')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('list')).toBeNull();
    rerender(<SessionList status="error" data-testid="list" onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t load your devices. Try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('this device first with its chip, others with last activity, place and a masked IP; expired collapsed', () => {
    const { root } = renderList();
    const [rows] = screen.getAllByRole('list');
    const items = within(rows!).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.psr-list__name bdi')?.textContent)).toEqual([
      'Firefox on macOS',
      'Safari on iOS',
      'Edge on Windows',
    ]);
    expect(items[0]).toHaveTextContent('This device');
    expect(items[0]).toHaveTextContent('Active now');
    expect(within(items[0]!).queryByRole('button', { name: /Sign out/ })).toBeNull();
    expect(items[1]).toHaveTextContent('Last active 5 minutes ago');
    expect(items[1]).toHaveTextContent('Tokyo, Japan');
    expect(items[1]).toHaveTextContent('133.242.0.•••');
    expect(items[1]).not.toHaveTextContent('133.242.0.1');
    expect(items[2]).toHaveTextContent('Last active 3 hours ago');
    const expired = root().querySelector('details')!;
    expect(expired.open).toBe(false);
    expect(within(expired).getByText('Expired sessions (1)')).toBeInTheDocument();
    expect(within(expired).getByText('Expired')).toBeInTheDocument();
    expect(root()).toHaveAttribute('data-state', 'success');
  });

  it('"Sign out" asks first: focus to Cancel, Cancel goes back; Yes signs that device out once', () => {
    const { onSignOut } = renderList();
    const signOut = screen.getByRole('button', { name: 'Sign out Safari on iOS' });
    expect(signOut).toHaveTextContent('Sign out');
    fireEvent.click(signOut);
    const group = screen.getByRole('group', { name: 'Sign out Safari on iOS? It will need to sign in again.' });
    expect(within(group).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /\?/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out Safari on iOS' })).toHaveFocus();
    expect(onSignOut).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(onSignOut).toHaveBeenCalledWith('phone-1');
  });

  it('one confirm step at a time; "Sign out all other devices" confirms with the count', () => {
    const { onSignOutOthers } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out all other devices' }));
    expect(screen.getAllByRole('group', { name: /\?/ })).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Sign out 2 other devices?' });
    fireEvent.click(within(group).getByRole('button', { name: 'Yes, sign out' }));
    expect(onSignOutOthers).toHaveBeenCalledTimes(1);
  });

  it('busy: buttons are aria-disabled and do nothing; a refusal is said in the status line', () => {
    const refused = new SessionRevokeError('x', { status: 409, body: { code: 'CURRENT_SESSION' } });
    const { onSignOut } = renderList({ busy: true, revokeError: refused });
    const signOut = screen.getByRole('button', { name: 'Sign out Safari on iOS' });
    expect(signOut).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(signOut);
    expect(screen.queryByRole('group', { name: /\?/ })).toBeNull();
    expect(onSignOut).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('This device can’t be signed out from the list. Use Sign out instead.');
  });

  it('no other devices: says so, no "Sign out all"; no handlers: no buttons at all', () => {
    const { rerender } = renderSession(<SessionList status="success" current={current} onSignOutOthers={() => undefined} />);
    expect(screen.getByText('You’re not signed in on any other device.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sign out all other devices' })).toBeNull();
    rerender(<SessionList status="success" current={current} others={[phone]} />);
    expect(screen.queryByRole('button', { name: /Sign out/ })).toBeNull();
  });

  it('speaks the catalog: German', () => {
    renderSession(
      <SessionList
        status="success"
        current={current}
        others={[phone]}
        expired={[tablet]}
        onSignOut={() => undefined}
        onSignOutOthers={() => undefined}
        locale="de-DE"
        messages={{ ...de, ...deAccount }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Ihre Geräte' })).toBeVisible();
    expect(screen.getByText('Dieses Gerät')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Safari unter iOS abmelden' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Alle anderen Geräte abmelden' })).toBeVisible();
    expect(screen.getByText('Abgelaufene Sitzungen (1)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Safari unter iOS abmelden' }));
    expect(screen.getByRole('button', { name: 'Ja, abmelden' })).toBeVisible();
  });
});

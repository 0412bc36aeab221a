import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocationHistory } from '../../src/components/LocationHistory';
import type { SessionLocation } from '../../src/session/schema';
import { renderSession } from '../support/components';

const seed = {
  remoteIp: '174.1.62.19',
  city: 'port coquitlam',
  state: 'british columbia',
  region: 'west coast',
  country: 'canada',
};
const fiveCountries: SessionLocation[] = [
  { at: '2025-01-15T05:00:00.000Z', ...seed },
  { at: '2025-01-15T06:00:00.000Z', remoteIp: '81.2.69.160', city: 'london', country: 'united kingdom' },
  { at: '2025-01-15T07:00:00.000Z', remoteIp: '2001:db8:85a3::8a2e:370:7334', city: 'berlin', country: 'germany' },
  { at: '2025-01-15T08:00:00.000Z', remoteIp: '203.0.113.9', city: 'tokyo', country: 'japan' },
  { at: '2025-01-15T09:00:00.000Z', remoteIp: '198.51.100.7', city: 'são paulo', state: 'são paulo', country: 'brazil' },
];

describe('LocationHistory', () => {
  it('collapses PingOne duplicates into one row with a count, title-cased and marked as the sign-in row', () => {
    const at = '2022-08-17T01:21:30.116Z';
    renderSession(
      <LocationHistory
        locations={[
          { at, ...seed },
          { at, ...seed },
          { at, ...seed },
        ]}
        signOnIp="174.1.62.19"
      />,
    );
    const rows = within(screen.getByRole('list', { name: 'Recent locations' })).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Port Coquitlam, British Columbia, Canada');
    expect(rows[0]).toHaveTextContent('Seen 3 times');
    expect(rows[0]).toHaveTextContent('Where you signed in');
    expect(rows[0]).toHaveTextContent('174.1.62.•••');
    expect(rows[0]).not.toHaveTextContent('174.1.62.19');
    expect(screen.getByText('Places are approximate, based on IP address.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Recent locations' })).toBeVisible();
  });

  it('shows relative and absolute time, the absolute one in <time dateTime>', () => {
    renderSession(<LocationHistory locations={[{ at: '2025-01-15T08:00:00.000Z', ...seed }]} />);
    const time = screen.getByText('15 Jan 2025, 08:00');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2025-01-15T08:00:00.000Z');
    expect(screen.getByText('2 hours ago')).toBeVisible();
  });

  it('lists newest first, notes countries other than the sign-in one, and hides older rows behind "Show all"', async () => {
    const user = userEvent.setup();
    renderSession(<LocationHistory locations={fiveCountries} signOnIp="174.1.62.19" maskIp={false} />);
    const list = screen.getByRole('list', { name: 'Recent locations' });
    let rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.psr-location__place')?.textContent)).toEqual([
      'São Paulo, São Paulo, Brazil',
      'Tokyo, Japan',
      'Berlin, Germany',
    ]);
    expect(rows[0]).toHaveTextContent('Not your sign-in country');
    expect(rows[0]!.querySelector('[data-kind="country"]')).not.toBeNull(); // neutral, not a warning
    const toggle = screen.getByRole('button', { name: 'Show all 5 locations' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toHaveTextContent('Where you signed in');
    expect(rows[4]).not.toHaveTextContent('Not your sign-in country');
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('marks no row as the sign-in place and no country as new without a matching sign-on IP (anonymous session)', () => {
    renderSession(<LocationHistory locations={fiveCountries} initialCount={5} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).not.toHaveTextContent('Where you signed in');
      expect(row).not.toHaveTextContent('Not your sign-in country');
    }
  });

  it('does not call the sign-in country new, and counts only runs of the same visit', () => {
    const home = [
      { at: '2025-01-15T05:00:00.000Z', ...seed },
      { at: '2025-01-15T06:00:00.000Z', ...seed, remoteIp: '174.1.62.20' },
    ];
    renderSession(<LocationHistory locations={home} signOnIp="174.1.62.19" />);
    const rows = screen.getAllByRole('listitem');
    expect(rows[0]).not.toHaveTextContent('Not your sign-in country');
    expect(rows[0]).not.toHaveTextContent(/Seen/);
    expect(rows[1]).toHaveTextContent('Where you signed in');
  });

  it('says "Unknown location" with the IP when geo is missing', () => {
    renderSession(<LocationHistory locations={[{ at: '2025-01-15T05:00:00.000Z', remoteIp: '10.0.0.8' }]} />);
    const row = screen.getByRole('listitem');
    expect(row).toHaveTextContent('Unknown location');
    expect(row).toHaveTextContent('10.0.0.•••');
    expect(row).toHaveAttribute('data-geo', 'unknown');
  });

  it('reveals a masked IP with an accessible button and hides it again', async () => {
    const user = userEvent.setup();
    renderSession(<LocationHistory locations={[{ at: '2025-01-15T05:00:00.000Z', ...seed }]} />);
    const row = screen.getByRole('listitem');
    expect(within(row).getByText('(partly hidden)')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Show full IP' }));
    expect(row).toHaveTextContent('174.1.62.19');
    await user.click(within(row).getByRole('button', { name: 'Hide full IP' }));
    expect(row).toHaveTextContent('174.1.62.•••');
  });

  it('says so when there are no locations', () => {
    renderSession(<LocationHistory locations={[]} />);
    expect(screen.getByText('No locations recorded.')).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocationHistory } from '../../src/components/LocationHistory';
import { MaskedIp } from '../../src/components/MaskedIp';
import { SignOnSummary } from '../../src/components/SignOnSummary';
import { SessionPanel } from '../../src/components/SessionPanel';
import { createSessionFixture } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

const GERMAN = { showIp: 'Zeigen', hideIp: 'Verbergen', ipHidden: '(teilweise verborgen)' };
const place = { city: 'port coquitlam', state: 'british columbia', country: 'canada' };
// Two rows in one town and one /24: same place, same masked text; only the time tells them apart.
const sameTown = [
  { at: '2025-01-15T09:00:00.000Z', remoteIp: '174.1.62.19', ...place },
  { at: '2025-01-15T09:50:00.000Z', remoteIp: '174.1.62.77', ...place },
];

describe('the IP reveal follows the messages given to the component that shows it', () => {
  it.each([
    ['LocationHistory', () => <LocationHistory locations={sameTown.slice(0, 1)} messages={GERMAN} />],
    ['SignOnSummary', () => <SignOnSummary signOn={createSessionFixture().lastSignOn} messages={GERMAN} />],
    ['SessionPanel', () => <SessionPanel session={createSessionFixture()} sections={['signOn']} messages={GERMAN} />],
  ])('%s', async (_, ui) => {
    const user = userEvent.setup();
    renderSession(ui());
    // In the panel the sign-on facts sit behind "Details"; open it as a person would.
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(screen.getByText('(teilweise verborgen)')).toBeInTheDocument();
    expect(screen.queryByText(/Show full IP|partly hidden/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zeigen' }));
    expect(screen.getByRole('button', { name: 'Verbergen' })).toBeVisible();
    expect(screen.getByText('174.1.62.19')).toBeVisible();
  });
});

describe('the IP reveal button', () => {
  it('is a disclosure of the address: aria-expanded flips, aria-controls names the address', async () => {
    const user = userEvent.setup();
    renderSession(<MaskedIp ip="2001:db8:85a3::8a2e:370:7334" />);
    const button = screen.getByRole('button', { name: 'Show full IP' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const value = document.getElementById(button.getAttribute('aria-controls')!);
    expect(value).toHaveTextContent('2001:db8:85a3:•••');
    expect(button).toHaveAccessibleDescription('2001:db8:85a3:•••');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Hide full IP');
    expect(value).toHaveTextContent('2001:db8:85a3::8a2e:370:7334');
    expect(button).toHaveAccessibleDescription('2001:db8:85a3::8a2e:370:7334');
  });

  it("in a location list, is described by its own address, then its row's place and time, so no two read alike", () => {
    renderSession(<LocationHistory locations={sameTown} />);
    const buttons = screen.getAllByRole('button', { name: 'Show full IP' });
    expect(buttons).toHaveLength(2);
    // (Browsers put the stylesheet's " · " between relative and absolute time; jsdom has no styles.)
    expect(buttons[0]).toHaveAccessibleDescription(
      '174.1.62.••• Port Coquitlam, British Columbia, Canada 10 minutes ago15 Jan 2025, 09:50',
    );
    expect(buttons[1]).toHaveAccessibleDescription(
      '174.1.62.••• Port Coquitlam, British Columbia, Canada 1 hour ago15 Jan 2025, 09:00',
    );
  });

  it('in the sign-on summary, is described as the sign-in address', () => {
    renderSession(<SessionPanel session={createSessionFixture()} sections={['signOn', 'locations']} />);
    const signOn = within(document.querySelector<HTMLElement>('[data-section="signOn"]')!);
    expect(signOn.getByRole('button', { name: 'Show full IP' })).toHaveAccessibleDescription('174.1.62.••• IP address');
    const descriptions = screen.getAllByRole('button', { name: 'Show full IP' }).map((b) => b.getAttribute('aria-describedby'));
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});

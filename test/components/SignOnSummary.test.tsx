import { screen } from '@testing-library/react';
import { SignOnSummary } from '../../src/components/SignOnSummary';
import { createSessionFixture } from '../../src/testing/fixtures';
import { renderSession } from './helpers';

describe('SignOnSummary', () => {
  it('says when and how the user signed in, from which IP, under which policy', () => {
    const { lastSignOn } = createSessionFixture();
    renderSession(<SignOnSummary signOn={lastSignOn} />);
    expect(screen.getByText('2 hours ago')).toBeVisible();
    expect(screen.getByText('15 Jan 2025, 08:00')).toHaveAttribute('dateTime', '2025-01-15T08:00:00.000Z');
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Signed in with', 'From IP address', 'Sign-on policy']);
    expect(screen.getByText('Password')).toBeVisible();
    expect(screen.getByText('174.1.62.•••')).toBeVisible();
    expect(screen.getByText('PINGONE')).toBeVisible();
  });

  it('reads known factors and shows unknown ones as given, in order', () => {
    const { lastSignOn } = createSessionFixture({ lastSignOn: { authenticators: ['pwd', 'fido2', 'acme_token'] } });
    renderSession(<SignOnSummary signOn={lastSignOn} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Password', 'Security key or passkey', 'acme_token']);
  });

  it('explains an anonymous session', () => {
    renderSession(<SignOnSummary signOn={null} data-testid="s" />);
    expect(screen.getByText('Not signed in yet (anonymous session).')).toBeVisible();
    expect(screen.getByTestId('s')).toHaveAttribute('data-state', 'anonymous');
  });

  it('translates factor names through messages', () => {
    const { lastSignOn } = createSessionFixture();
    renderSession(<SignOnSummary signOn={lastSignOn} messages={{ authenticator: (n) => (n === 'pwd' ? 'Mot de passe' : n) }} />);
    expect(screen.getByText('Mot de passe')).toBeVisible();
  });
});

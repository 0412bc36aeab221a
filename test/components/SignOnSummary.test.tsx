import { screen } from '@testing-library/react';
import { SignOnSummary } from '../../src/components/SignOnSummary';
import { defaultMessages } from '../../src/components/messages';
import { createSessionFixture } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

describe('SignOnSummary', () => {
  it('says when and how the user signed in, from which IP, under which policy', () => {
    const { lastSignOn } = createSessionFixture();
    renderSession(<SignOnSummary signOn={lastSignOn} />);
    expect(screen.getByText('2 hours ago')).toBeVisible();
    expect(screen.getByText('15 Jan 2025, 08:00')).toHaveAttribute('dateTime', '2025-01-15T08:00:00.000Z');
    expect(screen.getByRole('heading', { level: 3, name: 'How you signed in' })).toBeVisible();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual([
      'Signed in',
      'Methods',
      'IP address',
      'Sign-on policy',
    ]);
    expect(screen.getByText('password')).toBeVisible();
    expect(screen.getByText('174.1.62.•••')).toBeVisible();
    // A policy type with no readable phrase stays PingOne's value, as code, in this details view.
    expect(screen.getByText('PINGONE').tagName).toBe('CODE');
  });

  it('reads known factors, splits space-separated values, shows unknown ones as given in <code>, in order', () => {
    const { lastSignOn } = createSessionFixture({ lastSignOn: { authenticators: ['pwd otp', 'fido2', 'kba', 'acme_token'] } });
    renderSession(<SignOnSummary signOn={lastSignOn} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['password', 'one-time code', 'fido2', 'security questions', 'acme_token']);
    // Guessed codes no source uses (fido2) have no name any more: shown as code, like any unknown value.
    expect(items.map((li) => li.firstElementChild?.tagName)).toEqual(['SPAN', 'SPAN', 'CODE', 'SPAN', 'CODE']);
  });

  it('names a known policy type in words and never shows its enum or id', () => {
    const { lastSignOn } = createSessionFixture({
      lastSignOn: { policy: { id: '874d5c7d-5e1c-4e73-b2b5-dfe1453b02f5', type: 'MULTI_FACTOR' } },
    });
    const { container } = renderSession(<SignOnSummary signOn={lastSignOn} />);
    expect(screen.getByText('Multi-factor')).toBeVisible();
    expect(container.textContent).not.toMatch(/MULTI_FACTOR|874d5c7d/);
  });

  it('explains an anonymous session', () => {
    renderSession(<SignOnSummary signOn={null} data-testid="s" />);
    expect(screen.getByText('Not signed in yet.')).toBeVisible();
    expect(screen.getByTestId('s')).toHaveAttribute('data-state', 'anonymous');
  });

  it('translates factor names through messages', () => {
    const { lastSignOn } = createSessionFixture();
    renderSession(
      <SignOnSummary
        signOn={lastSignOn}
        messages={{ authenticators: { ...defaultMessages.authenticators, pwd: 'Mot de passe' } }}
      />,
    );
    expect(screen.getByText('Mot de passe')).toBeVisible();
  });
});

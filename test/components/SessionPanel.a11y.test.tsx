import { screen } from '@testing-library/react';
import { SessionPanel } from '../../src/components/SessionPanel';
import { RateLimitedError } from '../../src/session/errors';
import { createSessionFixture } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

const session = createSessionFixture();
const rateLimited = new RateLimitedError('429', { status: 429, retryAfterMs: 120_000 });
// No countdowns: they have live regions of their own; this is about the panel's notice.
const sections = ['device'] as const;

describe('the panel notice live region', () => {
  it('is mounted, empty, before there is anything to say, and the same region then speaks', () => {
    const { rerender } = renderSession(<SessionPanel session={session} sections={sections} />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    rerender(<SessionPanel session={session} sections={sections} isStale />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent(/^Couldn’t refresh\.$/);
    rerender(<SessionPanel session={session} sections={sections} status="expired" />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Your session timed out. Sign in again to continue.');
    rerender(<SessionPanel session={null} sections={sections} />);
    expect(screen.getByRole('status')).toBe(region);
    // It watched the session time out, so it knows why.
    expect(region).toHaveTextContent('You were signed out after 30 minutes of inactivity.');
  });

  it('stays mounted (empty) next to an error alert, which is mounted with its text', () => {
    const { rerender } = renderSession(<SessionPanel session={session} sections={sections} isStale />);
    const region = screen.getByRole('status');
    rerender(<SessionPanel session={session} sections={sections} isStale status="error" error={rateLimited} />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toBeEmptyDOMElement();
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Trying again in 2 minutes.');
  });
});

describe('aria-busy on the panel', () => {
  it('is set while the first load is pending', () => {
    renderSession(<SessionPanel status="pending" sections={sections} />);
    expect(screen.getByRole('region', { name: 'Your session' })).toHaveAttribute('aria-busy', 'true');
  });

  it('is not set during a refetch, so the timeout inside keeps speaking (a Retry-After wait can be long)', () => {
    renderSession(<SessionPanel session={session} isFetching onRefresh={() => {}} />);
    const panel = screen.getByRole('region', { name: 'Your session' });
    expect(panel).not.toHaveAttribute('aria-busy');
    expect(panel).toHaveAttribute('data-fetching');
    expect(screen.getByRole('button', { name: 'Refreshing…' })).toHaveAttribute('aria-disabled', 'true');
  });
});

// Issue 9 point 9: absurd data never throws on the server. An idle timeout of 2e11 minutes puts
// the idle deadline past the largest Date (8.64e15 ms): it counts as "no deadline" on the server
// and in the browser, and the panel renders, without "Invalid Date" or NaN.
import { renderToString } from 'react-dom/server';
import { SessionPanel } from '../../src/components/SessionPanel';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';
import { createSessionClock } from '../../src/time/clock';

describe('SSR with absurd deadlines', () => {
  it('an idle timeout of 2e11 minutes is no deadline, and the panel renders on the server', () => {
    const session = createSessionFixture({ idleTimeoutInMinutes: 2e11, expiresAt: undefined });
    expect(getSessionDeadlines(session)).toMatchObject({ idleExpiresAt: null, effectiveExpiresAt: null });
    const html = renderToString(
      <SessionClockProvider clock={createSessionClock({ now: () => SESSION_FIXTURE_NOW })}>
        <SessionPanel session={session} />
      </SessionClockProvider>,
    );
    expect(html).toContain('data-state="active"');
    expect(html).not.toMatch(/Invalid Date|NaN|undefined/);
  });
});

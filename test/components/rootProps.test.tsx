import { createRef, type ReactElement, type RefObject } from 'react';
import { BrowserSummary } from '../../src/components/BrowserSummary';
import { DeviceSummary } from '../../src/components/DeviceSummary';
import { ExpiryCountdown } from '../../src/components/ExpiryCountdown';
import { IdleCountdown } from '../../src/components/IdleCountdown';
import { LocationHistory } from '../../src/components/LocationHistory';
import { MaskedIp } from '../../src/components/MaskedIp';
import { SessionPanel } from '../../src/components/SessionPanel';
import { SessionPanelView } from '../../src/components/SessionPanelView';
import { SignOnSummary } from '../../src/components/SignOnSummary';
import { SessionList } from '../../src/components/SessionList';
import { SessionTimeoutDialog } from '../../src/components/SessionTimeoutDialog';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

// Radix's shape, for every exported component: native props and the rest spread on the root,
// the ref on that same root element, className merged with ours, style passed through.
const session = createSessionFixture();
type Case = [name: string, render: (props: Record<string, unknown>, ref: RefObject<HTMLElement | null>) => ReactElement];
const cases: Case[] = [
  [
    'DeviceSummary',
    (p, ref) => (
      <DeviceSummary
        ref={ref as RefObject<HTMLDivElement>}
        device={session.device}
        operatingSystem={session.operatingSystem}
        {...p}
      />
    ),
  ],
  [
    'BrowserSummary',
    (p, ref) => (
      <BrowserSummary ref={ref as RefObject<HTMLDivElement>} browser={session.browser} userAgent={session.userAgent} {...p} />
    ),
  ],
  [
    'LocationHistory',
    (p, ref) => <LocationHistory ref={ref as RefObject<HTMLDivElement>} locations={session.locations} {...p} />,
  ],
  ['SignOnSummary', (p, ref) => <SignOnSummary ref={ref as RefObject<HTMLDivElement>} signOn={session.lastSignOn} {...p} />],
  [
    'IdleCountdown',
    (p, ref) => <IdleCountdown ref={ref as RefObject<HTMLDivElement>} deadline={SESSION_FIXTURE_NOW + 60_000} {...p} />,
  ],
  [
    'ExpiryCountdown',
    (p, ref) => <ExpiryCountdown ref={ref as RefObject<HTMLDivElement>} deadline={SESSION_FIXTURE_NOW + 60_000} {...p} />,
  ],
  ['MaskedIp', (p, ref) => <MaskedIp ref={ref} ip="174.1.62.19" {...p} />],
  ['SessionPanel', (p, ref) => <SessionPanel ref={ref} session={session} {...p} />],
  ['SessionPanelView', (p, ref) => <SessionPanelView ref={ref} status="active" session={session} {...p} />],
  [
    'SessionList',
    (p, ref) => (
      <SessionList
        ref={ref}
        status="success"
        current={{ session, isCurrent: true, isExpired: false, deadlines: getSessionDeadlines(session) }}
        {...p}
      />
    ),
  ],
  [
    'SessionTimeoutDialog',
    (p, ref) => (
      <SessionTimeoutDialog
        ref={ref}
        status="active"
        deadline={SESSION_FIXTURE_NOW + 60_000}
        onStaySignedIn={() => undefined}
        onSignOut={() => undefined}
        {...p}
      />
    ),
  ],
];

describe.each(cases)('%s', (_name, renderIt) => {
  it('spreads native props on the root, forwards the ref to it, merges className and passes style', () => {
    const ref = createRef<HTMLElement>();
    const onClick = vi.fn();
    const { container } = renderSession(
      renderIt(
        { className: 'mine', style: { marginTop: '7px' }, 'data-testid': 'root', id: 'root-id', title: 'tip', onClick },
        ref,
      ),
    );
    const root = container.firstElementChild as HTMLElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('data-testid', 'root');
    expect(root).toHaveAttribute('id', 'root-id');
    expect(root).toHaveAttribute('title', 'tip');
    expect(root.classList).toContain('mine');
    expect([...root.classList].some((c) => c.startsWith('psr-'))).toBe(true);
    expect(root.style.marginTop).toBe('7px');
    root.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

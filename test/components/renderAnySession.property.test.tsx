// Issue 10 point 1: every exported component renders any parsed session without throwing and
// without `undefined`, `NaN` or `Invalid Date` in what it shows (text and attributes).
// Generic on purpose: each exported component gets its props from the session through the
// table below, and a guard test fails when a new component is exported without a row.
import fc from 'fast-check';
import type { ComponentType, ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import * as api from '../../src/index';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { parseSession } from '../../src/session/parseSession';
import type { Session } from '../../src/session/schema';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { SessionI18nProvider } from '../../src/components/SessionI18nProvider';
import { mutatedBody, RUNS } from '../support/sessionArbitraries';
import { fixedClock } from '../support/components';

type Props = Record<string, unknown>;

/** Props for each exported component, taken from a session. `undefined`: nothing to render. */
const PROPS: Record<string, (session: Session) => Props | undefined> = {
  SessionPanel: (session) => ({ session, maskIp: false }),
  SessionPanelView: (session) => ({ status: 'active', session, deadlines: getSessionDeadlines(session), maskIp: false }),
  DeviceSummary: (session) => ({ device: session.device, operatingSystem: session.operatingSystem }),
  BrowserSummary: (session) => ({ browser: session.browser, userAgent: session.userAgent }),
  LocationHistory: (session) => ({
    locations: session.locations,
    signOnIp: session.lastSignOn?.remoteIp,
    maskIp: false,
    initialCount: 10,
  }),
  SignOnSummary: (session) => ({ signOn: session.lastSignOn, maskIp: false }),
  IdleCountdown: (session) => ({ deadline: getSessionDeadlines(session).idleExpiresAt }),
  ExpiryCountdown: (session) => ({ deadline: getSessionDeadlines(session).expiresAt }),
  SessionList: (session) => {
    const item = (isCurrent: boolean, isExpired: boolean) => ({
      session,
      isCurrent,
      isExpired,
      deadlines: getSessionDeadlines(session),
    });
    return {
      status: 'success',
      current: item(true, false),
      others: [item(false, false)],
      expired: [item(false, true)],
      onSignOut: () => undefined,
      onSignOutOthers: () => undefined,
      maskIps: false,
    };
  },
  SessionTimeoutDialog: (session) => ({
    status: 'active',
    deadline: getSessionDeadlines(session).effectiveExpiresAt,
    idleMinutes: session.idleTimeoutInMinutes,
    onStaySignedIn: () => undefined,
    onSignOut: () => undefined,
    onSignIn: () => undefined,
  }),
  MaskedIp: (session) => {
    const ip = session.lastSignOn?.remoteIp ?? session.locations[0]?.remoteIp;
    return ip === undefined ? undefined : { ip, mask: false };
  },
};

const isReactComponent = (name: string, value: unknown): boolean => {
  if (!/^[A-Z]/.test(name) || name.endsWith('Provider')) return false;
  if (typeof value === 'object' && value !== null) return '$$typeof' in value; // forwardRef, memo
  return typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value));
};

const exportedComponents = Object.entries(api).filter(([name, value]) => isReactComponent(name, value)) as [
  string,
  ComponentType<Props>,
][];

const FORBIDDEN = /undefined|NaN|Invalid Date/;

// One root for all cases, updated in place: a fresh mount per case costs ~30 ms in jsdom (300 s
// for 10 000 cases), an update ~5 ms. Every REMOUNT_EVERY-th case remounts (new keys), so mount
// paths (initial state, first effects) see varied sessions too.
const REMOUNT_EVERY = 25;

function renderAll(root: Root, container: HTMLElement, session: Session, now: number, generation: number): string {
  const clock = fixedClock(now);
  const elements: ReactElement[] = exportedComponents.flatMap(([name, Component]) => {
    const props = PROPS[name]?.(session);
    return props === undefined ? [] : [<Component key={`${name}-${generation}`} {...props} />];
  });
  // flushSync renders and commits synchronously, effects included, without act()'s overhead.
  flushSync(() =>
    root.render(
      <SessionClockProvider clock={clock}>
        <SessionI18nProvider locale="en-GB" timeZone="UTC">
          {elements}
        </SessionI18nProvider>
      </SessionClockProvider>,
    ),
  );
  // innerHTML covers text and attributes (aria-label, dateTime, title, data-*).
  return container.innerHTML;
}

/** Parsed sessions from mutated reference bodies, plus a random "now" anywhere in 0000-9999. */
const cases = fc.tuple(
  mutatedBody.filter((body) => {
    try {
      parseSession(body);
      return true;
    } catch {
      return false;
    }
  }),
  fc
    .date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T00:00:00.000Z'), noInvalidDate: true })
    .map((date) => date.getTime()),
);

describe('every exported component renders any parsed session (fast-check)', () => {
  it('has props for every exported component', () => {
    expect(exportedComponents.map(([name]) => name).sort()).toEqual(Object.keys(PROPS).sort());
  });

  it(`renders without throwing and without undefined / NaN / Invalid Date (${RUNS} cases)`, () => {
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    let count = 0;
    try {
      fc.assert(
        fc.property(cases, ([body, now]) => {
          count += 1;
          const html = renderAll(root, container, parseSession(body).session, now, Math.floor(count / REMOUNT_EVERY));
          expect(html).not.toBe('');
          const found = FORBIDDEN.exec(html);
          if (found)
            throw new Error(`rendered "${found[0]}" near: ${html.slice(Math.max(0, found.index - 120), found.index + 60)}`);
        }),
        { numRuns: RUNS },
      );
    } finally {
      root.unmount();
      container.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
    expect(count).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});

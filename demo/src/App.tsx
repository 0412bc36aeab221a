import {
  SessionConfigProvider,
  SessionPanel,
  SessionTimeoutDialog,
  useCurrentSession,
  useExtendSession,
  useSignOff,
  type CurrentSessionConfig,
  type CurrentSessionStatus,
} from '../../src';
import { useState } from 'react';
import { ControlStrip, type TimeoutWarning } from './ControlStrip';
import { DevicesCard } from './DevicesCard';
import { useDemoMode } from './useDemoMode';

// The page's only session config: the same-origin proxy route. Module-level, so it is stable.
const SESSION_CONFIG: CurrentSessionConfig = { url: '/api/session' };

const HEADER_STATUS: Record<CurrentSessionStatus, string> = {
  pending: 'Checking your session…',
  active: 'Signed in',
  expired: 'Session timed out',
  'signed-out': 'Signed out',
  error: 'Session unavailable',
};

/**
 * The panel's and the timeout dialog's "Sign in again" drive the emulator, as a real app would
 * call its sign-in route. "Stay signed in" is the library's `useExtendSession` (one PUT through
 * the proxy), and "Sign out" its `useSignOff`.
 */
function demoAction(action: string, body: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`/demo/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The page's `?warning=` (dialog by default), so a link can choose the banner or the panel alone. */
function initialWarning(): TimeoutWarning {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('warning');
  return asked === 'banner' || asked === 'panel' ? asked : 'dialog';
}

/** An account-security page of a made-up app, with the session panel as its centrepiece. */
export function App() {
  const current = useCurrentSession(SESSION_CONFIG);
  const mode = useDemoMode();
  const extend = useExtendSession(SESSION_CONFIG);
  const signOff = useSignOff(SESSION_CONFIG);
  const [warning, setWarning] = useState(initialWarning);
  const chooseWarning = (next: TimeoutWarning) => {
    setWarning(next);
    const url = new URL(location.href);
    url.searchParams.set('warning', next);
    history.replaceState(null, '', url);
  };
  const signedIn = current.status === 'active' && current.session.user !== null;
  const signInAgain = () => void demoAction('sign-in', { idleTimeoutInMinutes: 30 }).then(() => current.refetch());
  return (
    <SessionConfigProvider config={SESSION_CONFIG}>
      <a className="demo-skip" href="#main">
        Skip to content
      </a>
      <header className="demo-header">
        <span className="demo-brand" aria-hidden="true">
          ◆
        </span>
        <span className="demo-brand__name">Acme Cloud</span>
        {/* From the status, never from a session object: a signed-out page says signed out. */}
        <span className="demo-header__user" data-status={current.status}>
          {HEADER_STATUS[current.status]}
        </span>
        {signedIn ? (
          <button type="button" className="demo-button" disabled={signOff.isPending} onClick={() => signOff.mutate()}>
            Sign out of Acme Cloud
          </button>
        ) : null}
      </header>
      {mode === 'pingone' ? (
        <p className="demo-banner" role="note">
          Connected to real PingOne through <code>/api/session</code>. The page shows the session of the
          <code> ST</code> cookie on this domain; the emulator controls are off.
        </p>
      ) : null}
      {mode === 'unavailable' ? (
        <p className="demo-banner" role="note">
          This is a static build: serve it with <code>npm run preview</code> to get the session proxy and the emulator.
        </p>
      ) : null}
      <div className="demo-layout">
        <nav className="demo-nav" aria-label="Account settings">
          <ul>
            <li>
              <a href="#profile">Profile</a>
            </li>
            <li>
              <a href="#main" aria-current="page">
                Security
              </a>
            </li>
            <li>
              <a href="#notifications">Notifications</a>
            </li>
            <li>
              <a href="#apps">Connected apps</a>
            </li>
          </ul>
        </nav>
        <main id="main" className="demo-main">
          <h1>Security</h1>
          <p className="demo-lede">
            Check where and how you are signed in. If anything looks unfamiliar, sign out and change your password.
          </p>
          {mode === 'emulator' ? (
            <ControlStrip onChanged={() => void current.refetch()} warning={warning} onWarningChange={chooseWarning} />
          ) : null}
          <SessionPanel
            onSignIn={mode === 'emulator' ? signInAgain : undefined}
            onStaySignedIn={mode === 'unavailable' ? undefined : () => extend.mutate()}
          />
          {signedIn ? <DevicesCard /> : null}
          <section className="demo-card" aria-labelledby="methods-title">
            <h2 id="methods-title">Sign-in methods</h2>
            <dl className="demo-facts">
              <div>
                <dt>Password</dt>
                <dd>Last changed 3 months ago</dd>
              </div>
              <div>
                <dt>Two-step verification</dt>
                <dd>On: authenticator app</dd>
              </div>
              <div>
                <dt>Passkeys</dt>
                <dd>None yet</dd>
              </div>
            </dl>
          </section>
        </main>
      </div>
      {mode !== 'unavailable' && warning !== 'panel' ? (
        <SessionTimeoutDialog
          variant={warning}
          status={current.status}
          deadline={current.deadlines?.effectiveExpiresAt}
          reason={current.status === 'signed-out' ? current.reason : undefined}
          idleMinutes={current.session?.idleTimeoutInMinutes}
          onStaySignedIn={() => extend.mutate()}
          onSignOut={() => signOff.mutate()}
          onSignIn={mode === 'emulator' ? signInAgain : undefined}
          busy={extend.isPending}
          failed={extend.isError}
        />
      ) : null}
      <footer className="demo-footer">
        <p>
          Demo of <code>pingone-session-react</code>: <code>useCurrentSession()</code> through the
          <code> createSessionProxy()</code> route at <code>/api/session</code>.
        </p>
      </footer>
    </SessionConfigProvider>
  );
}

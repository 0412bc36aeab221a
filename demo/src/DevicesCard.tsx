import { useId, useState } from 'react';
import {
  formatPlace,
  MaskedIp,
  useRevokeOtherSessions,
  useRevokeSession,
  useSessionClock,
  useUserSessions,
  type UserSessionItem,
} from '../../src';

const GLYPHS: Record<string, string> = { Mobile: '📱', Tablet: '📱', Mac: '💻', Computer: '🖥' };

function deviceName(item: UserSessionItem): string {
  const { browser, operatingSystem } = item.session;
  const os = operatingSystem?.name === 'Mac OS X' ? 'macOS' : operatingSystem?.name;
  if (browser?.name && os) return `${browser.name} on ${os}`;
  return browser?.name ?? os ?? 'Unknown device';
}

function lastActive(item: UserSessionItem, now: number): string {
  const at = Date.parse(item.session.activeAt ?? '');
  if (!Number.isFinite(at)) return 'Last activity unknown';
  const minutes = Math.round((now - at) / 60_000);
  if (item.isCurrent) return 'Active now';
  if (minutes < 1) return 'Active less than a minute ago';
  if (minutes < 60) return `Active ${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  return `Active ${hours} hour${hours === 1 ? '' : 's'} ago`;
}

function Row({ item, now, onSignOut, busy }: { item: UserSessionItem; now: number; onSignOut?: () => void; busy: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const nameId = useId();
  const location = item.session.locations.at(-1);
  const place = location ? formatPlace(location) : null;
  const name = deviceName(item);
  return (
    <li className="demo-device" data-current={item.isCurrent ? '' : undefined} data-expired={item.isExpired ? '' : undefined} data-session-id={item.session.id}>
      <span className="demo-device__icon" aria-hidden="true">{GLYPHS[item.session.device?.type ?? ''] ?? '🖥'}</span>
      <div className="demo-device__text">
        <p className="demo-device__name">
          <span id={nameId}>{name}</span>
          {item.isCurrent ? <span className="demo-chip">This device</span> : null}
        </p>
        <p className="demo-device__meta">
          {item.isExpired ? 'Expired' : lastActive(item, now)}
          {place ? ` · ${place}` : ''}
          {location?.remoteIp ? (
            <>
              {' · '}
              <MaskedIp ip={location.remoteIp} describedBy={nameId} />
            </>
          ) : null}
        </p>
      </div>
      {onSignOut && !item.isCurrent ? (
        confirming ? (
          <div className="demo-device__confirm" role="group" aria-label={`Sign out ${name}?`}>
            <span>Sign out this device?</span>
            <button type="button" className="demo-button demo-button--danger" disabled={busy} onClick={() => { setConfirming(false); onSignOut(); }}>
              Yes, sign out {name}
            </button>
            <button type="button" className="demo-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="demo-button" aria-label={`Sign out ${name}`} onClick={() => setConfirming(true)}>
            Sign out
          </button>
        )
      ) : null}
    </li>
  );
}

/**
 * "Your devices": the list loads when the person opens it (one request), not with every visit
 * of the security page.
 */
export function DevicesCard() {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const listId = useId();
  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <h2 id={titleId}>Your devices</h2>
      <p className="demo-lede">Where your account is signed in. Sign out any device you do not recognise.</p>
      <button type="button" className="demo-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide your devices' : 'Show your devices'}
      </button>
      <div id={listId}>{open ? <DeviceList /> : null}</div>
    </section>
  );
}

/**
 * The device list, in the style of GitHub's Sessions and Google's "Your devices": this device
 * first, other active sessions by last activity, expired ones collapsed, each other device with
 * "Sign out" and a confirm step, and "Sign out all other devices". Built on the library's hooks
 * (the library's own SessionList component follows the components rewrite).
 */
function DeviceList() {
  const list = useUserSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const clock = useSessionClock();
  const [confirmAll, setConfirmAll] = useState(false);
  const now = clock.now();
  const error = revoke.error ?? revokeOthers.error;
  return (
    <div data-testid="devices" data-state={list.status} aria-busy={list.isFetching || undefined}>
      {list.status === 'pending' ? <p>Loading your devices…</p> : null}
      {list.status === 'error' && list.error ? <p role="alert">We could not load your devices. {list.error.kind === 'no-session' ? 'Sign in first.' : 'Try again later.'}</p> : null}
      <p role="status" className="demo-device__status">
        {error ? (error.name === 'SessionRevokeError' ? `Not signed out: ${error.message}` : 'Not signed out: try again.') : ''}
      </p>
      {list.status === 'success' ? (
        <>
          <ul className="demo-devices">
            {list.current ? <Row item={list.current} now={now} busy={false} /> : null}
            {list.others.map((item) => (
              <Row key={item.session.id} item={item} now={now} busy={revoke.isPending} onSignOut={() => revoke.mutate(item.session.id)} />
            ))}
          </ul>
          {list.others.length > 0 ? (
            confirmAll ? (
              <div className="demo-device__confirm" role="group" aria-label="Sign out all other devices?">
                <span>Sign out all {list.others.length} other devices?</span>
                <button type="button" className="demo-button demo-button--danger" onClick={() => { setConfirmAll(false); revokeOthers.mutate(); }}>
                  Yes, sign out all other devices
                </button>
                <button type="button" className="demo-button" onClick={() => setConfirmAll(false)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" className="demo-button" onClick={() => setConfirmAll(true)}>
                Sign out all other devices
              </button>
            )
          ) : (
            <p>No other devices are signed in.</p>
          )}
          {list.expired.length > 0 ? (
            <details className="demo-devices__expired">
              <summary>Expired sessions ({list.expired.length})</summary>
              <ul className="demo-devices">
                {list.expired.map((item) => (
                  <Row key={item.session.id} item={item} now={now} busy={false} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

import type { SessionMessages } from './messages.js';
import type { SessionErrorKind } from '../core/errors.js';

/** What a panel can be showing: the hook's statuses. */
export type SessionPanelStatus = 'pending' | 'active' | 'expired' | 'signed-out' | 'error';

/**
 * The line under the panel's heading that explains its state. Loading, signed out, expired and
 * stale go into a polite `role="status"` region that is always mounted, empty when there is
 * nothing to say: screen readers only announce changes to a live region they already know, so
 * a region mounted together with its text ("expired" arriving on a timer) may go unheard.
 * An error is an alert because the person may need to act; it is mounted with its text, the
 * one case browsers announce reliably (inserting a `role="alert"` fires a system alert event).
 */
export function SessionPanelNotice({
  status,
  isStale,
  errorKind,
  messages: m,
}: {
  status: SessionPanelStatus;
  isStale: boolean;
  errorKind: SessionErrorKind | undefined;
  messages: SessionMessages;
}) {
  const text =
    status === 'pending' ? m.loading
    : status === 'signed-out' ? m.signedOut
    : status === 'expired' ? m.expired
    : status === 'active' && isStale ? m.stale
    : null;
  // The region is an unstyled wrapper, so while empty it takes no room, with or without styles.css.
  return (
    <>
      <div role="status">{text && <p className="psr-notice" data-kind={status === 'active' ? 'stale' : status}>{text}</p>}</div>
      {status === 'error' && (
        <p className="psr-notice" data-kind="error" role="alert">
          {m.error(errorKind)}
        </p>
      )}
    </>
  );
}

import type { SessionMessages } from './messages.js';
import type { SessionErrorKind } from '../core/errors.js';

/** What a panel can be showing: the hook's statuses. */
export type SessionPanelStatus = 'pending' | 'active' | 'expired' | 'signed-out' | 'error';

/**
 * The line under the panel's heading that explains its state. Loading and stale are polite
 * status messages; an error is an alert because the person may need to act.
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
  if (status === 'error') {
    return (
      <p className="psr-notice" data-kind="error" role="alert">
        {m.error(errorKind)}
      </p>
    );
  }
  const text =
    status === 'pending' ? m.loading
    : status === 'signed-out' ? m.signedOut
    : status === 'expired' ? m.expired
    : isStale ? m.stale
    : null;
  if (text === null) return null;
  return (
    <p className="psr-notice" data-kind={status === 'active' ? 'stale' : status} role="status">
      {text}
    </p>
  );
}

import type { ReactNode } from 'react';
import { OutlineIcon } from './OutlineIcon.js';
import type { SessionErrorKind } from '../session/errors.js';
import type { ResolvedSessionI18n } from './SessionI18nProvider.js';
import type { CurrentSessionStatus } from '../query/currentSessionState.js';
import type { SignedOutReason } from '../query/sessionQueryStore.js';

/**
 * The name 0.1 gave the panel's `status` prop type.
 * @deprecated Use {@link CurrentSessionStatus}: it is the same union.
 */
export type SessionPanelStatus = CurrentSessionStatus;

/** What the notice says, decided by the panel from its state. */
export type NoticeKind = 'loading' | 'signed-out' | 'expired' | 'offline' | 'rate-limited' | 'retrying' | 'stale' | 'error';

/** Everything a notice may need to word itself. */
export interface NoticeFacts {
  reason?: SignedOutReason;
  /** The idle timeout as words (`30 minutes`), for "signed out after 30 minutes of inactivity". */
  idle?: string;
  /** When the shown details were fetched, formatted (`12:04 PM`). */
  time?: string;
  /** How long until the next try, formatted (`5 seconds`). */
  wait?: string;
  errorKind?: SessionErrorKind;
}

/**
 * The line under the panel's heading that says what state it is in, why, and what to do, with
 * its action ("Try again", "Sign in again"). Everything but an error goes into a polite
 * `role="status"` region that is always mounted, empty when there is nothing to say: screen
 * readers only announce changes to a live region they already know. An error is an alert,
 * mounted with its text (the one case browsers announce reliably).
 */
export function SessionPanelNotice({
  kind,
  facts,
  i18n,
  action,
}: {
  kind: NoticeKind | null;
  facts: NoticeFacts;
  i18n: ResolvedSessionI18n;
  action?: ReactNode;
}) {
  const { messages: m, langOf } = i18n;
  const [text, key] =
    kind === 'loading'
      ? [m.loading, 'loading' as const]
      : kind === 'signed-out'
        ? [m.signedOut(facts.reason, facts.idle), 'signedOut' as const]
        : kind === 'expired'
          ? [m.expired, 'expired' as const]
          : kind === 'offline'
            ? [m.offline, 'offline' as const]
            : kind === 'rate-limited'
              ? [m.rateLimited(facts.wait), 'rateLimited' as const]
              : kind === 'retrying'
                ? [m.retrying, 'retrying' as const]
                : kind === 'stale'
                  ? [m.stale, 'stale' as const]
                  : kind === 'error' && facts.errorKind === 'rate-limited'
                    ? [m.rateLimited(facts.wait), 'rateLimited' as const]
                    : kind === 'error'
                      ? [m.error(facts.errorKind), 'error' as const]
                      : [null, 'loading' as const];
  const body = text && (
    <div className="psr-notice" data-kind={kind}>
      <NoticeIcon kind={kind!} />
      <p>
        <span lang={langOf(key)}>{text}</span>
        {(kind === 'stale' || kind === 'offline') && facts.time && (
          <span lang={langOf('shownFrom')}> {m.shownFrom(facts.time)}</span>
        )}
      </p>
      {action}
    </div>
  );
  // The region is an unstyled wrapper, so while empty it takes no room, with or without styles.css.
  return (
    <>
      <div role="status" className={kind === 'loading' ? 'psr-sr-only' : undefined}>
        {kind !== 'error' && body}
      </div>
      {kind === 'error' && <div role="alert">{body}</div>}
    </>
  );
}

// A shape per kind of notice, so it reads without colour: signed out (an arrow out of a door),
// a problem (a triangle with "!"), waiting (a clock), and plain information (an "i").
const SIGNED_OUT = 'M10 4H5v16h5M14 8l4 4-4 4M18 12H9';
const PROBLEM = 'M12 3L22 20H2zM12 9v5M12 17v.5';
const WAITING = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2';
const PATHS: Record<NoticeKind, string> = {
  loading: WAITING,
  'signed-out': SIGNED_OUT,
  expired: SIGNED_OUT,
  offline: PROBLEM,
  'rate-limited': WAITING,
  retrying: WAITING,
  stale: PROBLEM,
  error: PROBLEM,
};

function NoticeIcon({ kind }: { kind: NoticeKind }) {
  return <OutlineIcon className="psr-notice__icon" path={PATHS[kind]} size={20} strokeWidth={2} />;
}

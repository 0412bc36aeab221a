'use client';
import { forwardRef, useId, useMemo, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { Session } from '../session/schema.js';
import { getSessionDeadlines, type SessionDeadlines } from '../session/deadlines.js';
import { isSessionError } from '../session/errors.js';
import { formatDeadline } from '../format/formatDeadlines.js';
import { formatIdle, formatLeft } from '../format/formatLeft.js';
import { DeviceRow } from './DeviceRow.js';
import { LocationHistory } from './LocationHistory.js';
import { SignOnSummary } from './SignOnSummary.js';
import { SessionTimeout } from './SessionTimeout.js';
import { SessionPanelNotice, type NoticeKind } from './SessionPanelNotice.js';
import type { CurrentSessionStatus } from '../query/currentSessionState.js';
import { SessionI18nProvider, useSessionI18n } from './SessionI18nProvider.js';
import type { SignedOutReason } from '../query/sessionQueryStore.js';
import type { SessionI18nProps } from './types.js';
import { useOnline } from '../react/useOnline.js';
import { cx } from './cx.js';

/**
 * The panel's sections, in their default order: the device row, the timeout sentence, and,
 * behind one "Details" disclosure, how the user signed in and where the session has been used.
 */
export const SESSION_PANEL_SECTIONS = ['device', 'countdowns', 'signOn', 'locations'] as const;
/** One of {@link SESSION_PANEL_SECTIONS}. */
export type SessionPanelSection = (typeof SESSION_PANEL_SECTIONS)[number];

const IN_DETAILS: readonly SessionPanelSection[] = ['signOn', 'locations'];

/** Props of {@link SessionPanelView}: everything the panel shows, passed in. */
export interface SessionPanelViewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, SessionI18nProps {
  status: CurrentSessionStatus;
  session?: Session | null;
  deadlines?: SessionDeadlines | null;
  error?: unknown;
  isStale?: boolean;
  isFetching?: boolean;
  /** Why a `signed-out` panel is signed out (the hook's `state.reason`); worded in the notice. */
  reason?: SignedOutReason;
  /** When the shown session was fetched (epoch ms): "Showing details from 12:04 PM". */
  updatedAt?: number;
  /** Shows "Refresh" (and "Try again" after a failure) that calls it. */
  onRefresh?: () => void;
  /** Shows "Stay signed in" in the warning and critical phases of the timeout. */
  onStaySignedIn?: () => void;
  /** Shows "Sign in again" (a button) when signed out or timed out. */
  onSignIn?: () => void;
  /** Shows "Sign in again" as a link to this address when signed out or timed out. */
  signInHref?: string;
  /** Mask IP addresses behind a reveal button. Default true. */
  maskIp?: boolean;
  /** Which sections to show, in order. Default {@link SESSION_PANEL_SECTIONS}. */
  sections?: readonly SessionPanelSection[];
  /** Heading level of the title (2 by default); section headings are one level below. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Extra content next to the refresh button (e.g. a "Sign out" button). */
  actions?: ReactNode;
  /** Extra content after the sections. */
  children?: ReactNode;
}

/** The panel's markup for a given state; no data fetching and no clock reads of its own. */
export const SessionPanelView = forwardRef<HTMLElement, SessionPanelViewProps>(function SessionPanelView(
  {
    status,
    session,
    deadlines,
    error,
    isStale = false,
    isFetching = false,
    reason,
    updatedAt,
    onRefresh,
    onStaySignedIn,
    onSignIn,
    signInHref,
    maskIp = true,
    sections = SESSION_PANEL_SECTIONS,
    headingLevel = 2,
    actions,
    children,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const { messages: m, langOf } = i18n;
  const titleId = useId();
  const online = useOnline();
  const computed = useMemo(() => (session ? getSessionDeadlines(session) : null), [session]);
  const d = deadlines ?? computed;
  // The idle timeout outlives the session object (signed out carries no session): a number, not
  // user data, kept to say "after 30 minutes of inactivity".
  const [idleMinutes, setIdleMinutes] = useState(session?.idleTimeoutInMinutes);
  if (session?.idleTimeoutInMinutes !== undefined && session.idleTimeoutInMinutes !== idleMinutes)
    setIdleMinutes(session.idleTimeoutInMinutes);
  // Without a `reason` prop (the view driven by props, e.g. in stories), a panel that watched the
  // session time out and then saw the sign-out knows the reason itself; it lasts while signed out.
  const [timedOut, setTimedOut] = useState(false);
  if (status === 'expired' && !timedOut) setTimedOut(true);
  if (status !== 'expired' && status !== 'signed-out' && timedOut) setTimedOut(false);
  reason ??= status === 'signed-out' && timedOut ? 'idle-timeout' : undefined;
  const Heading = `h${headingLevel}` as const;
  const sub = (headingLevel + 1) as 3 | 4 | 5 | 6;
  const shown = status === 'pending' || status === 'signed-out' || status === 'error' || !session ? null : session;
  const errorKind = isSessionError(error) ? error.kind : undefined;
  const retryAfterMs = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  const kind: NoticeKind | null =
    status === 'pending'
      ? 'loading'
      : status === 'signed-out'
        ? 'signed-out'
        : status === 'expired'
          ? 'expired'
          : !online
            ? 'offline'
            : status === 'error'
              ? 'error'
              : !isStale
                ? null
                : errorKind === 'rate-limited'
                  ? 'rate-limited'
                  : isFetching
                    ? 'retrying'
                    : 'stale';
  const time = updatedAt
    ? formatDeadline(updatedAt, { nowMs: updatedAt, locale: i18n.locale, timeZone: i18n.timeZone })
    : undefined;
  const facts = {
    reason,
    idle: reason === 'idle-timeout' && idleMinutes !== undefined ? formatIdle(idleMinutes, i18n.locale) : undefined,
    time,
    wait: typeof retryAfterMs === 'number' && retryAfterMs > 0 ? formatLeft(retryAfterMs, i18n.locale) : undefined,
    errorKind,
  };
  const signIn = signInHref ? (
    <a className="psr-button psr-button--primary" href={signInHref} lang={langOf('signInAgain')}>
      {m.signInAgain}
    </a>
  ) : onSignIn ? (
    <button type="button" className="psr-button psr-button--primary" onClick={onSignIn} lang={langOf('signInAgain')}>
      {m.signInAgain}
    </button>
  ) : null;
  const tryAgain = onRefresh && (
    <button
      type="button"
      className="psr-button"
      onClick={isFetching ? undefined : onRefresh}
      aria-disabled={isFetching || undefined}
      lang={langOf('tryAgain')}
    >
      {m.tryAgain}
    </button>
  );
  const noticeAction =
    kind === 'signed-out' || kind === 'expired'
      ? signIn
      : kind === 'offline' || kind === 'stale' || kind === 'error'
        ? tryAgain
        : null;
  // "Refresh" only where it means something: a session on screen and no notice offering "Try again".
  const refresh = onRefresh && shown && kind === null && (
    <button
      type="button"
      className="psr-button"
      onClick={isFetching ? undefined : onRefresh}
      aria-disabled={isFetching || undefined}
      lang={langOf(isFetching ? 'refreshing' : 'refresh')}
    >
      {isFetching ? m.refreshing : m.refresh}
    </button>
  );
  const render: Record<SessionPanelSection, (s: Session) => ReactNode> = {
    device: (s) => <DeviceRow session={s} headingLevel={sub} />,
    countdowns: (s) => (
      <SessionTimeout
        deadlines={d}
        idleMinutes={s.idleTimeoutInMinutes}
        onStaySignedIn={status === 'active' ? onStaySignedIn : undefined}
        headingLevel={sub}
      />
    ),
    signOn: (s) => <SignOnSummary signOn={s.lastSignOn} maskIp={maskIp} headingLevel={sub} />,
    locations: (s) => (
      <LocationHistory locations={s.locations} signOnIp={s.lastSignOn?.remoteIp} maskIp={maskIp} headingLevel={sub} />
    ),
  };
  const top = sections.filter((name) => !IN_DETAILS.includes(name));
  const inDetails = sections.filter((name) => IN_DETAILS.includes(name));
  // The provider hands this panel's locale/messages props down to every section.
  return (
    <SessionI18nProvider locale={locale} messages={messages}>
      <section
        ref={ref}
        className={cx('psr-panel', className)}
        aria-labelledby={titleId}
        // Busy only while there is nothing to show yet: a refetch (isFetching) can last a whole
        // Retry-After wait, and a busy region may hold back the timeout's announcements.
        aria-busy={status === 'pending' || undefined}
        data-state={status}
        data-stale={isStale ? '' : undefined}
        data-fetching={isFetching ? '' : undefined}
        data-offline={online ? undefined : ''}
        {...rest}
      >
        <header className="psr-panel__header">
          <Heading id={titleId} className="psr-panel__title" lang={langOf('panelTitle')}>
            {m.panelTitle}
          </Heading>
          {(refresh || actions) && (
            <div className="psr-panel__actions">
              {refresh}
              {actions}
            </div>
          )}
        </header>
        <SessionPanelNotice kind={kind} facts={facts} i18n={i18n} action={noticeAction} />
        {status === 'pending' && <Skeleton />}
        {shown && (
          <div className="psr-panel__body">
            {top.map((name) => (
              <div key={name} className="psr-panel__section" data-section={name}>
                {render[name](shown)}
              </div>
            ))}
            {inDetails.length > 0 && (
              <details className="psr-panel__section psr-details" data-section="details">
                <summary lang={langOf('details')}>{m.details}</summary>
                {inDetails.map((name) => (
                  <div key={name} className="psr-details__part" data-section={name}>
                    {render[name](shown)}
                  </div>
                ))}
              </details>
            )}
          </div>
        )}
        {children}
      </section>
    </SessionI18nProvider>
  );
});
SessionPanelView.displayName = 'SessionPanelView';

/** Grey blocks in the shape of the content (device row, two lines, the timeout, Details). */
function Skeleton() {
  return (
    <div className="psr-skeleton" aria-hidden="true">
      <div className="psr-skeleton__row">
        <span className="psr-skeleton__icon" />
        <span className="psr-skeleton__lines">
          <span className="psr-skeleton__line" />
          <span className="psr-skeleton__line" />
        </span>
      </div>
      <span className="psr-skeleton__line" />
      <span className="psr-skeleton__line" />
      <span className="psr-skeleton__line" />
    </div>
  );
}

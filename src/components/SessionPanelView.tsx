'use client';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { Session } from '../core/schema.js';
import { getSessionDeadlines, type SessionDeadlines } from '../core/deadlines.js';
import { isSessionError } from '../core/errors.js';
import { BrowserSummary } from './BrowserSummary.js';
import { DeviceSummary } from './DeviceSummary.js';
import { ExpiryCountdown } from './ExpiryCountdown.js';
import { IdleCountdown } from './IdleCountdown.js';
import { LocationHistory } from './LocationHistory.js';
import { SignOnSummary } from './SignOnSummary.js';
import { SessionPanelNotice, type SessionPanelStatus } from './SessionPanelNotice.js';
import { SessionI18nProvider, useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** The panel's sections, in their default order. */
export const SESSION_PANEL_SECTIONS = ['countdowns', 'device', 'browser', 'signOn', 'locations'] as const;
/** One of {@link SESSION_PANEL_SECTIONS}. */
export type SessionPanelSection = (typeof SESSION_PANEL_SECTIONS)[number];

/** Props of {@link SessionPanelView}: everything the panel shows, passed in. */
export interface SessionPanelViewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, SessionI18nProps {
  status: SessionPanelStatus;
  session?: Session | null;
  deadlines?: SessionDeadlines | null;
  error?: unknown;
  isStale?: boolean;
  isFetching?: boolean;
  /** Shows a "Refresh" button that calls it. */
  onRefresh?: () => void;
  /** Mask IP addresses behind a reveal button. Default true. */
  maskIp?: boolean;
  /** Which sections to show, in order. Default {@link SESSION_PANEL_SECTIONS}. */
  sections?: readonly SessionPanelSection[];
  /** Heading level of the title (2 by default). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Extra content next to the refresh button (e.g. a "Sign out" button). */
  actions?: ReactNode;
  /** Extra content after the sections. */
  children?: ReactNode;
}

/** The panel's markup for a given state; no data fetching and no clock reads of its own. */
export const SessionPanelView = forwardRef<HTMLElement, SessionPanelViewProps>(function SessionPanelView(
  { status, session, deadlines, error, isStale = false, isFetching = false, onRefresh, maskIp = true,
    sections = SESSION_PANEL_SECTIONS, headingLevel = 2, actions, children, locale, messages, className, ...rest },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const m = i18n.messages;
  const titleId = useId();
  const computed = useMemo(() => (session ? getSessionDeadlines(session) : null), [session]);
  const d = deadlines ?? computed;
  const Heading = `h${headingLevel}` as const;
  const shown = status === 'pending' || status === 'signed-out' || !session ? null : session;
  const render: Record<SessionPanelSection, (s: Session) => ReactNode> = {
    countdowns: () => (
      <div className="psr-panel__countdowns">
        <IdleCountdown deadline={d?.idleExpiresAt} />
        <ExpiryCountdown deadline={d?.expiresAt} />
      </div>
    ),
    device: (s) => <DeviceSummary device={s.device} operatingSystem={s.operatingSystem} />,
    browser: (s) => <BrowserSummary browser={s.browser} userAgent={s.userAgent} />,
    signOn: (s) => <SignOnSummary signOn={s.lastSignOn} maskIp={maskIp} />,
    locations: (s) => <LocationHistory locations={s.locations} signOnIp={s.lastSignOn?.remoteIp} maskIp={maskIp} />,
  };
  // The provider hands this panel's locale/messages props down to every section.
  return (
    <SessionI18nProvider locale={locale} messages={messages}>
    <section
      ref={ref}
      className={cx('psr-panel', className)}
      aria-labelledby={titleId}
      // Busy only while there is nothing to show yet: a refetch (isFetching) can last a whole
      // Retry-After wait, and a busy region may hold back the countdowns' announcements.
      aria-busy={status === 'pending' || undefined}
      data-state={status}
      data-stale={isStale ? '' : undefined}
      data-fetching={isFetching ? '' : undefined}
      {...rest}
    >
      <header className="psr-panel__header">
        <Heading id={titleId} className="psr-panel__title">
          {m.panelTitle}
        </Heading>
        {(onRefresh || actions) && (
          <div className="psr-panel__actions">
            {onRefresh && (
              <button type="button" className="psr-button" onClick={isFetching ? undefined : onRefresh} aria-disabled={isFetching || undefined}>
                {isFetching ? m.refreshing : m.refresh}
              </button>
            )}
            {actions}
          </div>
        )}
      </header>
      <SessionPanelNotice status={status} isStale={isStale} errorKind={isSessionError(error) ? error.kind : undefined} messages={m} />
      {status === 'pending' && <div className="psr-skeleton" aria-hidden="true" />}
      {shown && (
        <div className="psr-panel__body">
          {sections.map((name) => (
            <div key={name} className="psr-panel__section" data-section={name}>
              {render[name](shown)}
            </div>
          ))}
        </div>
      )}
      {children}
    </section>
    </SessionI18nProvider>
  );
});

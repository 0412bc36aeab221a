'use client';
import { forwardRef } from 'react';
import type { Session } from '../core/schema.js';
import { useCurrentSession } from '../react/useCurrentSession.js';
import type { CurrentSessionConfig } from '../react/currentSessionQueryOptions.js';
import { SessionPanelView, type SessionPanelViewProps } from './SessionPanelView.js';
import type { SessionPanelStatus } from './SessionPanelNotice.js';

/** Props of {@link SessionPanel}. */
export interface SessionPanelProps extends Omit<SessionPanelViewProps, 'status' | 'session'> {
  /**
   * The session to show; `null` means signed out. When given (or when `status` is), the panel
   * is purely presentational and fetches nothing. When both are absent it reads the current
   * session with `useCurrentSession(config)`.
   */
  session?: Session | null;
  /** Overrides the state shown (e.g. `'pending'` while the app loads the session itself). */
  status?: SessionPanelStatus;
  /** Options for `useCurrentSession` when the panel fetches. */
  config?: CurrentSessionConfig;
}

/**
 * "Your session": countdowns to idle timeout and expiry, device, browser, how and where the
 * user signed in, recent locations. Loading, signed-out, expired, error and stale states, a
 * refresh action, IPs masked by default; `sections` hides or reorders parts.
 */
export const SessionPanel = forwardRef<HTMLElement, SessionPanelProps>(function SessionPanel(
  { session, status, config, ...rest },
  ref,
) {
  if (session === undefined && status === undefined) return <ConnectedSessionPanel ref={ref} config={config} {...rest} />;
  const shown: SessionPanelStatus = status ?? (session ? 'active' : 'signed-out');
  return <SessionPanelView ref={ref} status={shown} session={session} {...rest} />;
});

type ConnectedProps = Omit<SessionPanelProps, 'session' | 'status'>;

/** The fetching variant: a thin layer that maps the hook's result onto the view. */
const ConnectedSessionPanel = forwardRef<HTMLElement, ConnectedProps>(function ConnectedSessionPanel(
  { config, onRefresh, ...rest },
  ref,
) {
  const current = useCurrentSession(config);
  return (
    <SessionPanelView
      ref={ref}
      status={current.status}
      session={current.session}
      deadlines={current.deadlines}
      error={current.error}
      isStale={current.isStale}
      isFetching={current.isFetching}
      onRefresh={onRefresh ?? (() => void current.refetch())}
      {...rest}
    />
  );
});

'use client';
import { forwardRef } from 'react';
import type { Session } from '../session/schema.js';
import { useCurrentSession } from '../react/useCurrentSession.js';
import type { CurrentSessionConfig } from '../query/currentSessionQueryOptions.js';
import { SessionPanelView, type SessionPanelViewProps } from './SessionPanelView.js';
import type { CurrentSessionStatus } from '../query/currentSessionState.js';

/** Props of {@link SessionPanel}. */
export interface SessionPanelProps extends Omit<SessionPanelViewProps, 'status' | 'session'> {
  /**
   * The session to show; `null` means signed out. When given (or when `status` is), the panel
   * is purely presentational and fetches nothing. When both are absent it reads the current
   * session with `useCurrentSession(config)`.
   */
  session?: Session | null;
  /** Overrides the state shown (e.g. `'pending'` while the app loads the session itself). */
  status?: CurrentSessionStatus;
  /** Options for `useCurrentSession` when the panel fetches. */
  config?: CurrentSessionConfig;
}

/**
 * "Your session": the device ("Firefox 103 on macOS 10.15", This device, how and when it signed
 * in), when the person will be signed out as a sentence (a live countdown and "Stay signed in"
 * in the last minutes), and behind "Details" the IPs, policy and recent locations. Loading,
 * signed-out (with the reason), timed-out, offline, rate-limited, stale and error states say
 * what happened and offer "Try again" or "Sign in again". IPs are masked by default.
 */
export const SessionPanel = forwardRef<HTMLElement, SessionPanelProps>(function SessionPanel(
  { session, status, config, ...rest },
  ref,
) {
  if (session === undefined && status === undefined) return <ConnectedSessionPanel ref={ref} config={config} {...rest} />;
  const shown: CurrentSessionStatus = status ?? (session ? 'active' : 'signed-out');
  return <SessionPanelView ref={ref} status={shown} session={session} {...rest} />;
});
SessionPanel.displayName = 'SessionPanel';

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
      session={current.status === 'signed-out' ? undefined : current.session}
      deadlines={current.deadlines}
      error={current.error}
      isStale={current.isStale}
      isFetching={current.isFetching}
      reason={current.status === 'signed-out' ? current.reason : undefined}
      updatedAt={current.dataUpdatedAt || undefined}
      onRefresh={onRefresh ?? (() => void current.refetch())}
      {...rest}
    />
  );
});
ConnectedSessionPanel.displayName = 'ConnectedSessionPanel';

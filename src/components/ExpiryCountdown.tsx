'use client';
import { forwardRef } from 'react';
import { Countdown, type CountdownProps } from './Countdown.js';

/** Props of {@link ExpiryCountdown}: `deadline` is `getSessionDeadlines(session).expiresAt`. */
export type ExpiryCountdownProps = CountdownProps;

/**
 * Time left before PingOne's `expiresAt`. PingOne documents no absolute session lifetime: its
 * `expiresAt` is `activeAt + idleTimeoutInMinutes`, the idle deadline, which activity moves.
 * Show it next to {@link IdleCountdown} only when `hasSeparateExpiry(getSessionDeadlines(session))`
 * (an `expiresAt` earlier than the idle deadline); otherwise one countdown says it all. Same
 * timer, live region and `data-state` contract as {@link IdleCountdown}.
 */
export const ExpiryCountdown = forwardRef<HTMLDivElement, ExpiryCountdownProps>(function ExpiryCountdown(props, ref) {
  return <Countdown ref={ref} {...props} kind="expiry" />;
});
ExpiryCountdown.displayName = 'ExpiryCountdown';

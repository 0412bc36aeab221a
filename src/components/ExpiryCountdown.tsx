'use client';
import { forwardRef } from 'react';
import { Countdown, type CountdownProps } from './Countdown.js';

/** Props of {@link ExpiryCountdown}: `deadline` is `getSessionDeadlines(session).expiresAt`. */
export type ExpiryCountdownProps = CountdownProps;

/**
 * Time left before the session's absolute expiry, whatever the activity. Same timer, live
 * region and `data-state` contract as {@link IdleCountdown}.
 */
export const ExpiryCountdown = forwardRef<HTMLDivElement, ExpiryCountdownProps>(function ExpiryCountdown(props, ref) {
  return <Countdown ref={ref} {...props} kind="expiry" />;
});
ExpiryCountdown.displayName = 'ExpiryCountdown';

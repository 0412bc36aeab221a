'use client';
import { forwardRef } from 'react';
import { Countdown, type CountdownProps } from './Countdown.js';

/** Props of {@link ExpiryCountdown}: `deadline` is `getSessionDeadlines(session).expiresAt`. */
export type ExpiryCountdownProps = CountdownProps;

/**
 * Time left until PingOne's `expiresAt`. In PingOne's model `expiresAt` is `activeAt + idle
 * timeout`, so it usually is the idle deadline again, not a fixed lifetime; show it only when it
 * differs from the idle deadline by more than a second (`hasSeparateExpiry`), as `SessionPanel`
 * does. Same timer, live region and `data-state` contract as {@link IdleCountdown}.
 */
export const ExpiryCountdown = forwardRef<HTMLDivElement, ExpiryCountdownProps>(function ExpiryCountdown(props, ref) {
  return <Countdown ref={ref} {...props} kind="expiry" />;
});
ExpiryCountdown.displayName = 'ExpiryCountdown';

'use client';
import { forwardRef } from 'react';
import { Countdown, type CountdownProps } from './Countdown.js';

/** Props of {@link IdleCountdown}: `deadline` is `getSessionDeadlines(session).idleExpiresAt`. */
export type IdleCountdownProps = CountdownProps;

/**
 * Time left before the session ends for inactivity. `role="timer"`, `data-state` =
 * `running | warning | critical | expired`; announces at 5, 2, 1 min, 30 s and at expiry.
 */
export const IdleCountdown = forwardRef<HTMLDivElement, IdleCountdownProps>(function IdleCountdown(props, ref) {
  return <Countdown ref={ref} {...props} kind="idle" />;
});
IdleCountdown.displayName = 'IdleCountdown';

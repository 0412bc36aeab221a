// Shared story set for the two countdowns (same contract, different deadline).
import type { ComponentType } from 'react';
import type { CountdownProps } from '../src/components/Countdown';
import { STORY_NOW } from './fixtures';

const MINUTE = 60_000;
/** Deadlines relative to the stories' frozen clock. */
export const DEADLINES = {
  running: STORY_NOW + 25 * MINUTE,
  warning: STORY_NOW + 4 * MINUTE + 30_000,
  oneMinute: STORY_NOW + MINUTE,
  expired: STORY_NOW - 10 * MINUTE,
  far: STORY_NOW + 50 * 86_400_000,
  hours: STORY_NOW + 3 * 60 * MINUTE + 20 * MINUTE,
} as const;

/** All states of one countdown, side by side. */
export function countdownGrid(Countdown: ComponentType<CountdownProps>) {
  return function AllCountdowns() {
    return (
      <div className="sb-grid">
        <Countdown deadline={DEADLINES.far} />
        <Countdown deadline={DEADLINES.hours} />
        <Countdown deadline={DEADLINES.running} />
        <Countdown deadline={DEADLINES.warning} />
        <Countdown deadline={DEADLINES.oneMinute} />
        <Countdown deadline={DEADLINES.expired} />
        <Countdown deadline={null} />
      </div>
    );
  };
}

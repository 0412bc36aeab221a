import type { CountdownPhase } from '../react/useCountdown.js';
import { OutlineIcon } from './OutlineIcon.js';

// A different shape per phase, so the phase reads without colour: a clock, a clock with an
// exclamation, a filled warning triangle, a crossed circle.
const PATHS: Record<CountdownPhase, string> = {
  running: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2',
  warning: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v6M12 16.5v.5',
  critical: 'M12 3L22 20H2zM12 9v5M12 17v.5',
  expired: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M6 6l12 12',
};

/** The icon of a countdown phase; decorative (the phase is also said in words). */
export function PhaseIcon({ phase }: { phase: CountdownPhase }) {
  return <OutlineIcon className="psr-phase-icon" path={PATHS[phase]} size={20} strokeWidth={phase === 'critical' ? 2.5 : 2} />;
}

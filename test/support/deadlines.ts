// Shared by the deadline tests of src/session/deadlines.ts and src/format/formatDeadlines.ts.
import type { SessionDeadlines } from '../../src/session/deadlines';

/**
 * Deadlines as getSessionDeadlines computes them: an expiresAt more than 1 s before the idle
 * deadline is a real cap; anything else is one idle deadline.
 */
export const computedDeadlines = (idle: number | null, end: number | null): SessionDeadlines => ({
  idleExpiresAt: idle,
  expiresAt: end,
  effectiveExpiresAt: idle === null ? end : end === null ? idle : Math.min(idle, end),
  limitedBy: end !== null && idle !== null && end < idle - 1000 ? 'expiry' : idle !== null || end !== null ? 'idle' : null,
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signOutDeadline } from '../../src/format/formatDeadlines';
import { computedDeadlines as d } from '../support/deadlines';

describe('one deadline or two (the 1 s rule, from getSessionDeadlines)', () => {
  it('counts down to the earlier real cap, else to the idle deadline', () => {
    expect(signOutDeadline(d(10_000, 10_500))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(10_000, 5_000))).toEqual({ at: 5_000, kind: 'expiry' });
    expect(signOutDeadline(d(10_000, 50_000))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(null, 50_000))).toEqual({ at: 50_000, kind: 'idle' });
    expect(signOutDeadline(d(null, null))).toBeNull();
    expect(signOutDeadline(null)).toBeNull();
  });
});

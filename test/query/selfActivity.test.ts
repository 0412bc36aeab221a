import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isSelfActivity, recordSelfActivity, SELF_ACTIVITY_MAX_LAG_MS, selfActivityLag } from '../../src/query/selfActivity';

const T = 1_700_000_000_000;

describe('isSelfActivity', () => {
  const previous = { activeAt: T, receivedAt: T + 200 };

  it('is true when activeAt moved by exactly the time between the previous answer and our request', () => {
    const sentAt = T + 10 * 60_000;
    expect(isSelfActivity(previous, { activeAt: sentAt, sentAt, receivedAt: sentAt + 150 })).toBe(true);
  });

  it('allows activeAt to trail our request by a constant lag up to the maximum', () => {
    const sentAt = T + 10 * 60_000;
    const lag = SELF_ACTIVITY_MAX_LAG_MS;
    const before = { activeAt: T - lag, receivedAt: T + 200 };
    expect(isSelfActivity(before, { activeAt: sentAt - lag, sentAt, receivedAt: sentAt + 100 })).toBe(true);
    const tooLate = { activeAt: T - 2 * lag, receivedAt: T + 200 };
    expect(isSelfActivity(tooLate, { activeAt: sentAt - 2 * lag, sentAt, receivedAt: sentAt + 100 })).toBe(false);
  });

  it('is false when activeAt did not move, moved back, or moved by a different amount (activity elsewhere)', () => {
    const sentAt = T + 10 * 60_000;
    expect(isSelfActivity(previous, { activeAt: T, sentAt, receivedAt: sentAt + 100 })).toBe(false);
    expect(isSelfActivity(previous, { activeAt: T - 1000, sentAt, receivedAt: sentAt + 100 })).toBe(false);
    // A person active 4 minutes ago elsewhere: activeAt moved 6 minutes, our request came 10 minutes later.
    expect(isSelfActivity(previous, { activeAt: T + 6 * 60_000, sentAt, receivedAt: sentAt + 100 })).toBe(false);
  });

  it('is false when activeAt is later than our answer arrived (another request, not ours)', () => {
    const sentAt = T + 10 * 60_000;
    expect(isSelfActivity(previous, { activeAt: sentAt + 10_000, sentAt, receivedAt: sentAt + 100 })).toBe(false);
  });
});

describe('recordSelfActivity', () => {
  it('remembers the first lag seen, per client and query, and never forgets or overwrites it', () => {
    const client = new QueryClient();
    const other = new QueryClient();
    expect(selfActivityLag(client, 'q')).toBeUndefined();
    const sentAt = T + 10 * 60_000;
    // Not self-activity: nothing recorded.
    recordSelfActivity(client, 'q', { activeAt: T, receivedAt: T }, { activeAt: T, sentAt, receivedAt: sentAt + 50 });
    expect(selfActivityLag(client, 'q')).toBeUndefined();
    // activeAt trails our request by 2 s.
    recordSelfActivity(
      client,
      'q',
      { activeAt: T - 2000, receivedAt: T },
      { activeAt: sentAt - 2000, sentAt, receivedAt: sentAt + 50 },
    );
    expect(selfActivityLag(client, 'q')).toBe(2000);
    recordSelfActivity(
      client,
      'q',
      { activeAt: sentAt - 2000, receivedAt: sentAt },
      { activeAt: sentAt + 60_000, sentAt: sentAt + 60_000, receivedAt: sentAt + 60_050 },
    );
    expect(selfActivityLag(client, 'q')).toBe(2000);
    expect(selfActivityLag(client, 'other-query')).toBeUndefined();
    expect(selfActivityLag(other, 'q')).toBeUndefined();
  });
});

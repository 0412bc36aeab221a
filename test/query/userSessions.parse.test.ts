// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SessionResponseError } from '../../src/session/errors';
import { groupUserSessions, parseUserSessionList } from '../../src/query/userSessions';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseUserSessionList (tolerant, item by item)', () => {
  it('keeps readable items, drops unreadable ones (counted), and reads odd fields as parseSession does', () => {
    const good = createSessionFixture({ id: 'a' });
    const odd = { ...createSessionFixture({ id: 'b' }), browser: 42, activeAt: 'yesterday' };
    const list = parseUserSessionList({ currentSessionId: 'a', sessions: [good, odd, { id: 'c' }, null, 'x'] });
    expect(list.currentSessionId).toBe('a');
    expect(list.sessions.map((s) => s.id)).toEqual(['a', 'b']);
    expect(list.sessions[1]?.browser).toBeUndefined();
    expect(list.unreadable).toBe(3);
  });

  it("refuses an answer that is not the proxy's list shape", () => {
    for (const body of [null, [], { sessions: [] }, { currentSessionId: 'a' }, { currentSessionId: 1, sessions: [] }]) {
      expect(() => parseUserSessionList(body)).toThrow(SessionResponseError);
    }
  });
});

describe('groupUserSessions', () => {
  it('this device first, others by last activity, expired apart (by the clock given)', () => {
    const now = SESSION_FIXTURE_NOW;
    const at = (minutesAgo: number, idle = 30) => ({
      activeAt: iso(now - minutesAgo * MINUTE),
      idleTimeoutInMinutes: idle,
      expiresAt: iso(now - minutesAgo * MINUTE + idle * MINUTE),
    });
    const list = parseUserSessionList({
      currentSessionId: 'me',
      sessions: [
        createSessionFixture({ id: 'old', ...at(20) }),
        createSessionFixture({ id: 'gone', ...at(40) }),
        createSessionFixture({ id: 'me', ...at(10) }),
        createSessionFixture({ id: 'new', ...at(1) }),
      ],
    });
    const groups = groupUserSessions(list, now);
    expect(groups.current?.session.id).toBe('me');
    expect(groups.current?.isCurrent).toBe(true);
    expect(groups.others.map((i) => i.session.id)).toEqual(['new', 'old']);
    expect(groups.expired.map((i) => i.session.id)).toEqual(['gone']);
    expect(groups.expired[0]?.isExpired).toBe(true);
    // 15 minutes later "old" has expired too.
    expect(groupUserSessions(list, now + 15 * MINUTE).expired.map((i) => i.session.id)).toEqual(['old', 'gone']);
  });
});

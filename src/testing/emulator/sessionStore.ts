import type { Session } from '../../core/index.js';
import { createSessionFixture, FIXTURE_USER_ID, mergeDeep, sessionLinks, type SessionFixtureOverrides } from '../fixtures.js';
import { MAX_LOCATIONS } from './constants.js';
import { randomToken } from './tokens.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface StoredSession {
  token: string;
  session: Session;
}

/** When a session is gone: its `expiresAt`, else `activeAt + idle`, else never. */
function expiryOf(session: Session): number {
  if (session.expiresAt !== undefined) return Date.parse(session.expiresAt);
  if (session.activeAt !== undefined && session.idleTimeoutInMinutes !== undefined) {
    return Date.parse(session.activeAt) + session.idleTimeoutInMinutes * MINUTE;
  }
  return Number.POSITIVE_INFINITY;
}

/** Sessions by ST token, with PingOne's sliding idle expiry on the emulator clock. */
export class SessionStore {
  readonly #byToken = new Map<string, StoredSession>();
  constructor(
    private readonly now: () => number,
    private readonly environmentId: string,
    private readonly idleTimeoutInMinutes: number,
  ) {}

  /** Starts a session at `now()`; explicit overrides (even odd ones, like activeAt < createdAt) win. */
  create(overrides: SessionFixtureOverrides & { userId?: string | null }): { token: string; session: Session } {
    const { userId, ...fields } = overrides;
    const now = this.now();
    const id = typeof fields.id === 'string' ? fields.id : crypto.randomUUID();
    const idle = Number(fields.idleTimeoutInMinutes ?? this.idleTimeoutInMinutes);
    const activeAt = typeof fields.activeAt === 'string' ? Date.parse(fields.activeAt) : now;
    const anonymous = userId === null || fields.user === null;
    // One default user, so several sessions form a realistic "your sessions" list.
    const user = anonymous ? null : { id: userId ?? fields.user?.id ?? FIXTURE_USER_ID };
    const base: Record<string, unknown> = {
      id,
      environment: { id: this.environmentId },
      user,
      createdAt: iso(now),
      activeAt: iso(activeAt),
      idleTimeoutInMinutes: idle,
      expiresAt: iso(activeAt + idle * MINUTE),
      locations: [{ ...createSessionFixture().locations[0], at: iso(now) }],
      lastSignOn: anonymous ? null : { at: iso(now), withAuthenticator: { pwd: { at: iso(now) } } },
      _links: sessionLinks(this.environmentId, id, user?.id ?? null),
    };
    const merged = mergeDeep(base, fields);
    merged.user = user;
    if (anonymous) merged.lastSignOn = null;
    const session = createSessionFixture(merged);
    const token = randomToken();
    this.#byToken.set(token, { token, session });
    return { token, session: structuredClone(session) };
  }

  /** The live (unexpired, not deleted) session for a token. */
  live(token: string | undefined): Session | undefined {
    const stored = token === undefined ? undefined : this.#byToken.get(token);
    if (!stored || this.now() >= expiryOf(stored.session)) return undefined;
    return stored.session;
  }

  /** Like {@link live} but throws: test controls should fail loudly (never naming the token). */
  #require(token: string): StoredSession {
    const stored = this.#byToken.get(token);
    if (!stored) throw new Error('PingOne emulator: no session for that token (never created, or revoked)');
    if (this.now() >= expiryOf(stored.session)) throw new Error('PingOne emulator: that session has expired');
    return stored;
  }

  /** Activity at `at`: slides activeAt and expiresAt, appends a location, keeps the last 5. */
  touch(token: string, at: number = this.now(), idleTimeoutInMinutes?: number): Session {
    const stored = this.#require(token);
    const previous = stored.session;
    const idle = idleTimeoutInMinutes ?? previous.idleTimeoutInMinutes ?? this.idleTimeoutInMinutes;
    const last = previous.locations.at(-1) ?? createSessionFixture().locations[0];
    stored.session = {
      ...previous,
      activeAt: iso(at),
      idleTimeoutInMinutes: idle,
      expiresAt: iso(at + idle * MINUTE),
      locations: [...previous.locations, { ...last, at: iso(at) }].slice(-MAX_LOCATIONS),
    };
    return structuredClone(stored.session);
  }

  /** Ends the session's life now; it stays listed among the user's (expired) sessions. */
  expire(token: string): void {
    const stored = this.#byToken.get(token);
    if (!stored) throw new Error('PingOne emulator: no session for that token (never created, or revoked)');
    // Idempotent: an already-expired session keeps its (earlier) expiry.
    stored.session = { ...stored.session, expiresAt: iso(Math.min(this.now(), expiryOf(stored.session))) };
  }

  /** Deletes a session by token; false when there was none. */
  delete(token: string): boolean {
    return this.#byToken.delete(token);
  }

  /** Deletes a session by id; false when there was none. */
  deleteById(sessionId: string): boolean {
    const token = this.tokenOf(sessionId);
    return token !== undefined && this.#byToken.delete(token);
  }

  /** The token of a session id (internal use only: never leaves the emulator). */
  tokenOf(sessionId: string): string | undefined {
    for (const stored of this.#byToken.values()) if (stored.session.id === sessionId) return stored.token;
    return undefined;
  }

  /** A user's sessions, expired ones included, most recently active first. */
  listForUser(userId: string): Session[] {
    return [...this.#byToken.values()]
      .map((stored) => stored.session)
      .filter((session) => session.user?.id === userId)
      .sort((a, b) => Date.parse(b.activeAt ?? '') - Date.parse(a.activeAt ?? ''));
  }

  clear(): void {
    this.#byToken.clear();
  }
}

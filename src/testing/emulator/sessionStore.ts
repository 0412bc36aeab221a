import { parseSession, type Session } from '../../session/index.js';
import { createSessionFixture, FIXTURE_USER_ID, mergeDeep, sessionLinks, type SessionFixtureOverrides } from '../fixtures.js';
import { MAX_LOCATIONS, MAX_SESSIONS_PER_USER } from './constants.js';
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
    if (session.user !== null) this.#purgeBeyondLimit(session.user.id);
    const token = randomToken();
    this.#byToken.set(token, { token, session });
    return { token, session: structuredClone(session) };
  }

  /**
   * "PingOne allows up to 10 sessions per user. If another session is started, the oldest session
   * is purged by the system" (token-validation docs): make room for one more, oldest created first.
   */
  #purgeBeyondLimit(userId: string): void {
    const owned = [...this.#byToken.values()]
      .filter((stored) => stored.session.user?.id === userId)
      .sort((a, b) => Date.parse(a.session.createdAt ?? '') - Date.parse(b.session.createdAt ?? ''));
    for (const stored of owned.slice(0, Math.max(0, owned.length - MAX_SESSIONS_PER_USER + 1)))
      this.#byToken.delete(stored.token);
  }

  /**
   * `POST sessions/me`: "reset authentication … The user is then required to be authenticated
   * again". The session and its cookie survive without a signed-in user.
   */
  resetAuthentication(token: string): void {
    const stored = this.#require(token);
    stored.session = { ...stored.session, user: null, lastSignOn: null };
  }

  /** `PUT sessions/me`: the documented fields replace the stored ones; activity at `activeAt`. */
  replace(
    token: string,
    fields: { activeAt: number; userAgent: string; lastSignOn: unknown; idleTimeoutInMinutes?: number },
  ): Session {
    this.touch(token, fields.activeAt, fields.idleTimeoutInMinutes);
    const stored = this.#require(token);
    // Read as the library reads PingOne: unreadable parts of the given lastSignOn are left out.
    stored.session = parseSession({ ...stored.session, userAgent: fields.userAgent, lastSignOn: fields.lastSignOn }).session;
    return structuredClone(stored.session);
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

  /**
   * Ends the session's life now; it stays listed among the user's (expired) sessions. PingOne's
   * `expiresAt` is `activeAt + idleTimeoutInMinutes`, so both move: the last activity becomes
   * "one idle timeout ago".
   */
  expire(token: string): void {
    const stored = this.#byToken.get(token);
    if (!stored) throw new Error('PingOne emulator: no session for that token (never created, or revoked)');
    // Idempotent: an already-expired session keeps its (earlier) expiry.
    const at = Math.min(this.now(), expiryOf(stored.session));
    const idle = stored.session.idleTimeoutInMinutes;
    const activeAt = idle === undefined ? {} : { activeAt: iso(at - idle * MINUTE) };
    stored.session = { ...stored.session, ...activeAt, expiresAt: iso(at) };
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

import * as z from 'zod/mini';
import { readSession } from './readSession.js';

// PingOne's field names and ISO strings are kept as they are, so a Session survives JSON
// dehydration (React Query SSR, Storybook args) unchanged. Every field but `id` and
// `environment.id` is optional in practice: PingOne sends `null`s and adds fields over time
// (docs/pingone.md), so the types say what a field holds when it is there, never that it is.

/** A sign-on policy reference. The only documented `type` is `PINGONE`. */
export interface SessionPolicy {
  id?: string;
  type?: string;
}

/** One entry of `Session.locations` (geo fields are absent for private IPs). */
export interface SessionLocation {
  /** When the session was used from here (ISO-8601). Entries without a readable time are dropped. */
  at: string;
  remoteIp?: string;
  city?: string;
  state?: string;
  region?: string;
  country?: string;
}

/** `Session.lastSignOn`: when and how the user last signed in (null for anonymous sessions). */
export interface SessionSignOn {
  at?: string;
  remoteIp?: string;
  /** Authenticator codes as PingOne sent them (`pwd`, `mfa`...); may hold space-separated values. */
  authenticators: string[];
  /** Per authenticator code: when it was used and under which policy. */
  withAuthenticator?: Record<string, { at?: string; policy?: SessionPolicy }>;
  policy?: SessionPolicy;
}

/** A PingOne session as returned by `GET /environments/{envId}/sessions/me`, after {@link parseSession}. */
export interface Session {
  id: string;
  environment: { id: string };
  /** `null` for an anonymous (mid-sign-on) session. */
  user: { id: string } | null;
  createdAt?: string;
  /** Last activity; the idle deadline is `activeAt + idleTimeoutInMinutes`. */
  activeAt?: string;
  /** PingOne's own deadline; in every sourced example it equals `activeAt + idleTimeoutInMinutes`. */
  expiresAt?: string;
  idleTimeoutInMinutes?: number;
  userAgent?: string;
  browser?: { name?: string; version?: string };
  operatingSystem?: { name?: string; version?: string };
  device?: { type?: string };
  /** Newest last as PingOne sends them; PingOne keeps the last 5. */
  locations: SessionLocation[];
  lastSignOn: SessionSignOn | null;
  /** PingOne's HAL links, passed through unvalidated: they change over time, do not depend on them. */
  _links?: Record<string, unknown>;
}

/**
 * A zod/mini schema that reads a session exactly as {@link parseSession} does (tolerant, fields it
 * cannot read left out), for apps that compose it into their own schemas. It fails only when `id`
 * or `environment.id` is unusable.
 */
// Pure: an app that never imports it never loads zod (the hook and the panel do not).
export const sessionSchema = /* @__PURE__ */ z.pipe(
  z.unknown(),
  z.transform((value, ctx): Session => {
    const result = readSession(value);
    if ('session' in result) return result.session;
    for (const issue of result.issues)
      ctx.issues.push({ code: 'custom', message: `${issue.path}: ${issue.message}`, input: value });
    return z.NEVER;
  }),
);

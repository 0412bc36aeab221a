import * as z from 'zod/mini';
import { isIsoTimestamp } from './isoTimestamp.js';

// PingOne's field names and ISO strings are kept as they are, so a Session survives JSON
// dehydration (React Query SSR, Storybook args) unchanged. Unknown fields are dropped: we build
// fresh objects, which also keeps `__proto__`-style keys from a hostile body out of our data.
// Only a few zod/mini schema kinds are used (object, string, array, nullable, custom): each kind
// costs bundle bytes in every app, so timestamps and minutes are checked by small predicates.

const isoTimestamp = z.custom<string>(isIsoTimestamp, 'must be an ISO-8601 timestamp with a zone');
const optionalText = z.optional(z.string());
const id = z.custom<string>((v) => typeof v === 'string' && v !== '', 'must be a non-empty string');

/** Minutes: PingOne sends a number; request bodies use a numeric string. Both are accepted. */
const minutes = z.pipe(
  z.custom<number | string>(
    (v) => (typeof v === 'number' && v >= 0 && v < Infinity) || (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)),
    'must be a non-negative number of minutes',
  ),
  z.transform(Number),
);

const policy = z.object({ id: optionalText, type: optionalText });

const location = z.object({
  at: isoTimestamp,
  remoteIp: optionalText,
  city: optionalText,
  state: optionalText,
  region: optionalText,
  country: optionalText,
});

const signOn = z.object({
  at: z.optional(isoTimestamp),
  remoteIp: optionalText,
  authenticators: z._default(z.array(z.string()), []),
  withAuthenticator: z.optional(
    z.catchall(z.object({}), z.object({ at: z.optional(isoTimestamp), policy: z.optional(z.nullable(policy)) })),
  ),
  policy: z.optional(z.nullable(policy)),
});

const link = z.object({ href: z.string() });

/** The zod schema behind {@link parseSession}; exported for apps that compose their own. */
export const sessionSchema = z.object({
  id,
  environment: z.object({ id }),
  user: z._default(z.nullable(z.object({ id: z.string() })), null),
  createdAt: z.optional(isoTimestamp),
  activeAt: z.optional(isoTimestamp),
  expiresAt: z.optional(isoTimestamp),
  idleTimeoutInMinutes: z.optional(minutes),
  userAgent: optionalText,
  browser: z.optional(z.object({ name: optionalText, version: optionalText })),
  operatingSystem: z.optional(z.object({ name: optionalText, version: optionalText })),
  device: z.optional(z.object({ type: optionalText })),
  locations: z._default(z.array(location), []),
  lastSignOn: z._default(z.nullable(signOn), null),
  _links: z.optional(z.catchall(z.object({}), link)),
});

/** A PingOne session as returned by `GET /environments/{envId}/sessions/me`, after validation. */
export type Session = z.infer<typeof sessionSchema>;
/** One entry of `Session.locations` (geo fields are absent for private IPs). */
export type SessionLocation = Session['locations'][number];
/** `Session.lastSignOn`: when and how the user last signed in (null for anonymous sessions). */
export type SessionSignOn = NonNullable<Session['lastSignOn']>;

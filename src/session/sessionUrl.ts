import { sessionsMeUrl, type PingOneLocation } from './endpoints.js';
import { SessionConfigError } from './errors.js';
import type { FetchCurrentSessionOptions } from './fetchCurrentSession.js';
import { isLoopbackHost } from './isBrowser.js';

/** The URL fetchCurrentSession calls: `url` resolved against the page, or PingOne's sessions/me; https only (http for loopback). */
export function resolveUrl(options: FetchCurrentSessionOptions): URL {
  const given = options.url;
  if (given === undefined && options.environmentId === undefined) {
    throw new SessionConfigError('Give url (e.g. a same-origin proxy route) or environmentId');
  }
  if (given !== undefined && (typeof given !== 'string' || given === ''))
    throw new SessionConfigError('url must be a non-empty string');
  // environmentId is present here; sessionsMeUrl validates it and reads only the location fields.
  const raw = given ?? sessionsMeUrl(options as PingOneLocation);
  let url: URL;
  try {
    // `globalThis.location` is undefined outside a page, and then only absolute URLs resolve.
    url = new URL(raw, globalThis.location?.href);
  } catch {
    throw new SessionConfigError('url is not a valid URL (a relative one needs a page to resolve against)');
  }
  const { protocol, hostname } = url;
  // http: is fine for loopback hosts, and for a relative URL (same origin as the page itself).
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(raw);
  if (protocol !== 'https:' && !(protocol === 'http:' && (relative || isLoopbackHost(hostname)))) {
    throw new SessionConfigError(`Refusing ${protocol} URL to "${hostname}": use https: (http: only for loopback hosts)`);
  }
  if (url.username || url.password) throw new SessionConfigError('url must not contain credentials');
  return url;
}

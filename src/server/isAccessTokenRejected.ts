/**
 * The proxy's default test for "PingOne refused our bearer token" (as opposed to "there is no
 * session"): a 401 whose `WWW-Authenticate` says `invalid_token`, or whose body blames the
 * access token. PingOne answers both cases with `401 ACCESS_FAILED`, so a 401 that only talks
 * about the session token is left alone: refreshing the worker token would not help.
 */
export function isAccessTokenRejected(status: number, body: string, headers: Headers): boolean {
  if (status !== 401) return false;
  if (/invalid_token/i.test(headers.get('www-authenticate') ?? '')) return true;
  return /access[ _-]?token|bearer|\bjwt\b/i.test(body);
}

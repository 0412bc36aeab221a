// `npm run smoke:pingone`: checks the library's assumptions about PingOne (docs/pingone.md)
// against your own tenant, and answers the two things no Ping source settles. It prints a report
// and never prints a secret (session token, client secret, bearer token) or a user value (IPs,
// ids, places): only statuses, codes, field names and durations. scripts/smoke-pingone.mjs runs it.
import { getSessionDeadlines } from '../src/session/deadlines';
import { pingOneAuthPath, sessionsMeUrl, type PingOneRegion } from '../src/session/endpoints';
import { parseSession } from '../src/session/parseSession';
import { redact } from '../src/session/redact';

/** Where the report goes (console.log in the CLI; an array in tests). */
export type Print = (line: string) => void;

/** Exit codes: 0 every check matched, 1 could not run (setup, network), 2 some check differs. */
export type SmokeExit = 0 | 1 | 2;

const HELP = `npm run smoke:pingone checks this library's assumptions against your PingOne tenant.
Set these environment variables (nothing is printed back, secrets included):

  PINGONE_ENVIRONMENT_ID     your environment id
  PINGONE_REGION             NA (default), EU, CA, AP, AU or SG
                             (or PINGONE_API_PATH=https://api.pingone.eu/v1 and PINGONE_AUTH_PATH=https://auth.pingone.eu)
  PINGONE_CLIENT_ID          a worker application allowed to read sessions
  PINGONE_CLIENT_SECRET      its secret
  PINGONE_TOKEN_AUTH_METHOD  basic (default) or post: the worker app's tokenEndpointAuthMethod
  PINGONE_SESSION_TOKEN      the ST cookie of a browser signed in to this environment

Options: --probe-activity (read twice, --probe-minutes=N apart, default 2) to see whether a read
moves activeAt. See docs/pingone.md.`;

/** The fields the schema reads; the report says which of them your tenant sent. */
const EXPECTED_FIELDS = [
  'id',
  'environment.id',
  'user.id',
  'createdAt',
  'activeAt',
  'expiresAt',
  'idleTimeoutInMinutes',
  'userAgent',
  'browser.name',
  'browser.version',
  'operatingSystem.name',
  'operatingSystem.version',
  'device.type',
  'locations',
  'lastSignOn.at',
  'lastSignOn.remoteIp',
  'lastSignOn.authenticators',
  'lastSignOn.withAuthenticator',
  'lastSignOn.policy',
];

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    );
}

const describeValue = (value: unknown) =>
  value === undefined ? 'absent' : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Runs the checks. `env` is `process.env` in the CLI; `argv` the arguments after the script.
 * `sleep` is injectable so tests do not wait minutes.
 */
export async function runSmoke(
  env: Record<string, string | undefined>,
  argv: readonly string[],
  print: Print,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<SmokeExit> {
  const environmentId = env.PINGONE_ENVIRONMENT_ID;
  const clientId = env.PINGONE_CLIENT_ID;
  const clientSecret = env.PINGONE_CLIENT_SECRET;
  const sessionToken = env.PINGONE_SESSION_TOKEN;
  if (!environmentId || !clientId || !clientSecret || !sessionToken) {
    print(HELP);
    return 0;
  }
  const secrets: string[] = [clientSecret, sessionToken];
  // Everything printed goes through here: whatever PingOne echoes, no secret gets out.
  const say = (line: string) => print(redact(line, secrets));
  let differs = false;
  const check = (ok: boolean, line: string) => {
    if (!ok) differs = true;
    say(`${ok ? 'ok     ' : 'DIFFERS'} ${line}`);
  };

  const region = (env.PINGONE_REGION ?? 'NA').toUpperCase() as PingOneRegion;
  let url: string;
  let authPath: string;
  try {
    url = sessionsMeUrl({ environmentId, region, apiPath: env.PINGONE_API_PATH || undefined });
    authPath = (env.PINGONE_AUTH_PATH || pingOneAuthPath(region)).replace(/\/+$/, '');
  } catch (error) {
    say(`Configuration: ${error instanceof Error ? error.message : 'invalid'}`);
    return 1;
  }
  const method = (env.PINGONE_TOKEN_AUTH_METHOD ?? 'basic').toLowerCase();
  if (method !== 'basic' && method !== 'post') {
    say('PINGONE_TOKEN_AUTH_METHOD must be basic or post');
    return 1;
  }

  // 1. A worker token, the way the proxy gets one.
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  const tokenHeaders = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' });
  if (method === 'basic') {
    const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
    tokenHeaders.set('Authorization', `Basic ${btoa(`${encode(clientId)}:${encode(clientSecret)}`)}`);
  } else {
    form.set('client_id', clientId);
    form.set('client_secret', clientSecret);
  }
  let bearer: string;
  try {
    const response = await fetch(`${authPath}/${environmentId}/as/token`, {
      method: 'POST',
      headers: tokenHeaders,
      body: form.toString(),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof body.access_token !== 'string') {
      say(
        `Worker token: HTTP ${response.status} ${typeof body.error === 'string' ? body.error : ''} (check the client id, secret and PINGONE_TOKEN_AUTH_METHOD)`,
      );
      return 1;
    }
    bearer = body.access_token;
    secrets.push(bearer);
    say(`Worker token: obtained with client_secret_${method}`);
  } catch (error) {
    say(`Worker token: could not reach ${authPath} (${error instanceof Error ? error.message : 'network error'})`);
    return 1;
  }

  const get = (target: string, headers: Record<string, string>) =>
    fetch(target, { headers: { Accept: 'application/json', ...headers }, redirect: 'error' });
  const errorSummary = async (response: Response) => {
    const text = await response.text();
    const type = response.headers.get('content-type') ?? 'none';
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      const details = Array.isArray(body.details) ? body.details.map((d) => (d as Record<string, unknown>).code).join(',') : '';
      const shaped = typeof body.code === 'string';
      return {
        status: response.status,
        shaped,
        line: `HTTP ${response.status}, ${shaped ? `code ${String(body.code)}` : 'JSON without a code'}${details ? `, details ${details}` : ''}${'id' in body ? ', with id' : ', no id'} (${type})`,
      };
    } catch {
      return {
        status: response.status,
        shaped: false,
        line: `HTTP ${response.status}, not JSON (${type}, ${text.length} bytes)`,
      };
    }
  };

  try {
    // 2. The session, field by field.
    say(`\nGET ${new URL(url).pathname}`);
    const response = await get(url, { Authorization: `Bearer ${bearer}`, Cookie: `ST=${sessionToken}` });
    if (response.status !== 200) {
      say(
        `Session read: ${(await errorSummary(response)).line}. Is PINGONE_SESSION_TOKEN the ST of a live session in this environment?`,
      );
      return 1;
    }
    const json: unknown = await response.json();
    const { session, dropped } = parseSession(json);
    for (const field of EXPECTED_FIELDS) say(`  ${field.padEnd(28)} ${describeValue(at(json, field))}`);
    check(
      dropped.length === 0,
      `every field present was readable${dropped.length ? `; left out: ${dropped.map((d) => `${d.path} (expected ${d.expected})`).join(', ')}` : ''}`,
    );
    const d = getSessionDeadlines(session);
    say(`  idleTimeoutInMinutes         ${session.idleTimeoutInMinutes ?? 'absent'}`);
    if (d.idleExpiresAt !== null && d.expiresAt !== null) {
      const gap = d.expiresAt - d.idleExpiresAt;
      check(
        Math.abs(gap) <= 1000,
        `expiresAt equals activeAt + idleTimeoutInMinutes (difference ${gap} ms; the library treats up to 1 s as one deadline)`,
      );
    } else say('  expiresAt vs activeAt + idle: cannot compare, a field is missing');

    // 3. The unknowns and the error shapes.
    say('\nError answers');
    const noCookie = await errorSummary(await get(url, { Authorization: `Bearer ${bearer}` }));
    say(`  no ST cookie:        ${noCookie.line}`);
    check(
      [401, 404].includes(noCookie.status) && noCookie.shaped,
      'no ST is a 401 or 404 in PingOne\'s error shape (the library reads it as "no session")',
    );
    const garbage = await errorSummary(
      await get(url, { Authorization: `Bearer ${bearer}`, Cookie: 'ST=smoke-test-not-a-session-token' }),
    );
    say(`  garbage ST:          ${garbage.line}`);
    check([401, 404].includes(garbage.status) && garbage.shaped, "a garbage ST is a 401 or 404 in PingOne's error shape");
    const badBearerResponse = await get(url, {
      Authorization: 'Bearer smoke-test-not-a-valid-token',
      Cookie: `ST=${sessionToken}`,
    });
    const challenge = badBearerResponse.headers.get('www-authenticate');
    const badBearerText = await badBearerResponse.clone().text();
    const badBearer = await errorSummary(badBearerResponse);
    say(`  bad bearer token:    ${badBearer.line}${challenge ? `, WWW-Authenticate: ${challenge}` : ', no WWW-Authenticate'}`);
    check(
      badBearerResponse.status === 401 &&
        (/invalid_token/i.test(challenge ?? '') || /access[ _-]?token|bearer|\bjwt\b/i.test(badBearerText)),
      'a bad bearer is a 401 the proxy can tell from "no session" (WWW-Authenticate invalid_token, or a body naming the access token)',
    );
    const unknownPath = url.replace(/\/sessions\/me$/, '/sessions/me-smoke-test-unknown-route');
    const unknown = await errorSummary(
      await get(unknownPath, { Authorization: `Bearer ${bearer}`, Cookie: `ST=${sessionToken}` }),
    );
    say(`  unknown route:       ${unknown.line}`);
    check(
      !(unknown.status === 404 && unknown.shaped && unknown.line.includes('NOT_FOUND')),
      'an unknown route is told apart from a dead session (not a NOT_FOUND error body)',
    );

    // 4. Does a read count as activity?
    if (argv.includes('--probe-activity')) {
      const minutes = Number(/^--probe-minutes=(.+)$/.exec(argv.find((a) => a.startsWith('--probe-minutes=')) ?? '')?.[1] ?? 2);
      say(`\nReading again in ${minutes} min to see whether a read moves activeAt...`);
      await sleep(minutes * 60_000);
      const again = await get(url, { Authorization: `Bearer ${bearer}`, Cookie: `ST=${sessionToken}` });
      if (again.status !== 200) say(`  second read: HTTP ${again.status} (the session ended meanwhile?)`);
      else {
        const later = parseSession(await again.json()).session;
        const moved = later.activeAt !== session.activeAt;
        say(
          `  activeAt ${moved ? 'MOVED' : 'did not move'} between two reads ${minutes} min apart: a GET ${moved ? 'counts' : 'does not count'} as activity`,
        );
        check(!moved, "a read is not activity (the library's default assumption; if it differs, never poll)");
      }
    } else say('\n(Add --probe-activity to learn whether a read moves activeAt.)');
  } catch (error) {
    say(`Could not finish: ${error instanceof Error ? error.message : 'unknown error'}`);
    return 1;
  }
  say(
    differs
      ? "\nSome checks differ from the library's assumptions: please report them (docs/pingone.md)."
      : "\nEvery check matched the library's assumptions.",
  );
  return differs ? 2 : 0;
}

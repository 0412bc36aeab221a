import type { EmulatorSessionOverrides } from '../../src/testing';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const POLICY = { id: '874d5c7d-5e1c-4e73-b2b5-dfe1453b02f5', type: 'MULTI_FACTOR' };

// First match wins: Edge and Chrome both say "Chrome/", Chrome and Safari both say "Safari/".
const BROWSERS: [string, RegExp][] = [
  ['Edge', /Edg\/([\d.]+)/],
  ['Firefox', /Firefox\/([\d.]+)/],
  ['Chrome', /Chrome\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari/],
];
const SYSTEMS: [string, RegExp][] = [
  ['Android', /Android ([\d.]+)/],
  ['iOS', /iPhone OS ([\d_]+)/],
  ['Mac OS X', /Mac OS X ([\d_.]+)/],
  ['Windows', /Windows NT ([\d.]+)/],
  ['Linux', /Linux()/],
];
const DEVICES: [string, RegExp][] = [
  ['Mobile', /iPhone|Android.*Mobile/],
  ['Tablet', /iPad|Tablet|Android/],
  ['Mac', /Macintosh/],
  ['Computer', /Windows|Linux|X11|CrOS/],
];

function match(table: [string, RegExp][], userAgent: string): { name: string; version?: string } | undefined {
  for (const [name, pattern] of table) {
    const found = pattern.exec(userAgent);
    // An explicit `undefined` version removes the fixture's default one instead of inheriting it.
    if (found) return { name, version: found[1] ? found[1].replace(/_/g, '.') : undefined };
  }
  return undefined;
}

/** Browser, OS and device as PingOne would derive them from the visitor's real User-Agent. */
export function describeUserAgent(userAgent: string): Pick<EmulatorSessionOverrides, 'browser' | 'operatingSystem' | 'device'> {
  const device = match(DEVICES, userAgent);
  // `undefined` removes the fixture's default (a Mac running Firefox) when we cannot tell.
  return {
    browser: match(BROWSERS, userAgent),
    operatingSystem: match(SYSTEMS, userAgent),
    device: device ? { type: device.name } : undefined,
  };
}

/**
 * A realistic session for the demo's "Sign in": the visitor's own browser, a password + MFA
 * sign-on three hours ago from one city, then activity from another network (as PingOne records
 * it: lower-case geo, the same IP repeated, last five kept).
 */
export function demoSession(now: number, userAgent: string, idleTimeoutInMinutes: number): EmulatorSessionOverrides {
  const signedOnAt = now - 180 * MINUTE;
  const home = {
    remoteIp: '174.1.62.19',
    city: 'port coquitlam',
    state: 'british columbia',
    region: 'west coast',
    country: 'canada',
  };
  const travel = {
    remoteIp: '2001:db8:85a3::8a2e:370:7334',
    city: 'seattle',
    state: 'washington',
    region: 'pacific northwest',
    country: 'united states',
  };
  return {
    createdAt: iso(signedOnAt),
    activeAt: iso(now),
    idleTimeoutInMinutes,
    expiresAt: iso(now + idleTimeoutInMinutes * MINUTE),
    userAgent,
    ...describeUserAgent(userAgent),
    locations: [
      { at: iso(signedOnAt), ...home },
      { at: iso(signedOnAt + 25 * MINUTE), ...home },
      { at: iso(signedOnAt + 70 * MINUTE), ...home },
      { at: iso(now - 40 * MINUTE), ...travel },
      { at: iso(now), ...travel },
    ],
    lastSignOn: {
      at: iso(signedOnAt),
      remoteIp: home.remoteIp,
      authenticators: ['pwd', 'mfa'],
      withAuthenticator: { pwd: { at: iso(signedOnAt), policy: POLICY }, mfa: { at: iso(signedOnAt + 12_000), policy: POLICY } },
      policy: POLICY,
    },
  };
}

const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const EDGE_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51';
const FIREFOX_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0';
const CHROME_ANDROID_TABLET =
  'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

/**
 * The same user's other sessions for "Your devices": a phone in Germany active minutes ago, a
 * Windows laptop in Japan, a Mac in Canada, and a tablet in Brazil whose session has expired
 * (PingOne keeps expired sessions in the list). Created before the visitor's own session.
 */
export function otherDeviceSessions(
  now: number,
  idleTimeoutInMinutes: number,
): { session: EmulatorSessionOverrides; expire?: boolean }[] {
  const device = (
    userAgent: string,
    minutesAgo: number,
    place: Record<string, string>,
    signedOnMinutesAgo: number,
  ): EmulatorSessionOverrides => {
    const activeAt = now - minutesAgo * MINUTE;
    const signedOnAt = now - signedOnMinutesAgo * MINUTE;
    return {
      createdAt: iso(signedOnAt),
      activeAt: iso(activeAt),
      idleTimeoutInMinutes,
      expiresAt: iso(activeAt + idleTimeoutInMinutes * MINUTE),
      userAgent,
      ...describeUserAgent(userAgent),
      locations: [{ at: iso(activeAt), ...place }],
      lastSignOn: {
        at: iso(signedOnAt),
        remoteIp: place.remoteIp,
        authenticators: ['pwd'],
        withAuthenticator: { pwd: { at: iso(signedOnAt), policy: POLICY } },
        policy: POLICY,
      },
    };
  };
  const recent = Math.min(3, Math.max(0, idleTimeoutInMinutes - 1));
  return [
    {
      session: device(
        CHROME_ANDROID_TABLET,
        recent,
        { remoteIp: '200.160.2.3', city: 'são paulo', state: 'são paulo', region: 'southeast', country: 'brazil' },
        2 * 24 * 60,
      ),
      expire: true,
    },
    {
      session: device(
        FIREFOX_MAC,
        recent,
        { remoteIp: '142.250.64.78', city: 'vancouver', state: 'british columbia', region: 'west coast', country: 'canada' },
        26 * 60,
      ),
    },
    {
      session: device(
        EDGE_WINDOWS,
        Math.min(2, recent),
        { remoteIp: '133.242.0.1', city: 'tokyo', state: 'tokyo', region: 'kanto', country: 'japan' },
        5 * 60,
      ),
    },
    {
      session: device(
        SAFARI_IPHONE,
        Math.min(1, recent),
        { remoteIp: '2a00:1450:4001::200e', city: 'berlin', state: 'berlin', region: 'berlin', country: 'germany' },
        90,
      ),
    },
  ];
}

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
  const home = { remoteIp: '174.1.62.19', city: 'port coquitlam', state: 'british columbia', region: 'west coast', country: 'canada' };
  const travel = { remoteIp: '2001:db8:85a3::8a2e:370:7334', city: 'seattle', state: 'washington', region: 'pacific northwest', country: 'united states' };
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

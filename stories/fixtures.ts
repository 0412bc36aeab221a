// Story data: plain Session objects around one fixed instant, never the network.
import type { Session, SessionLocation } from '../src/session/schema';
import { parseSession } from '../src/session/parseSession';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../src/testing/fixtures';
import seedJson from '../test/fixtures/sessions-me.200.json';

/** The instant every story's clock is frozen at. */
export const STORY_NOW = SESSION_FIXTURE_NOW;
const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** PingOne's reference example, verbatim (its own 2022 dates). */
export const seedSession: Session = parseSession(seedJson).session;
/** Clock for the seed story: 5 days after its `activeAt`, so its 50-day timeout shows 45 days. */
export const SEED_NOW = Date.parse('2022-10-09T01:21:30.117Z');

/** A typical signed-in session: 25 minutes of idle time left. */
export const activeSession = createSessionFixture();

/** Mid-sign-on: no user, no sign-on yet. */
export const anonymousSession = createSessionFixture({ user: null, lastSignOn: null });

/** A phone running Safari on iOS. */
export const mobileSession = createSessionFixture({
  device: { type: 'iPhone' },
  operatingSystem: { name: 'iOS', version: '17.4' },
  browser: { name: 'Mobile Safari', version: '17.4' },
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
});

/** PingOne could not tell browser, OS or device: the components fall back. */
export const missingBrowserOs = createSessionFixture({
  browser: undefined,
  operatingSystem: undefined,
  device: undefined,
  userAgent: undefined,
});

/** Private IPs: no geo at all. */
export const noGeoSession = createSessionFixture({
  locations: [
    { at: iso(STORY_NOW - 10 * MINUTE), remoteIp: '10.20.30.40' },
    { at: iso(STORY_NOW - 5 * MINUTE), remoteIp: 'fd12:3456:789a:1::7' },
  ],
  lastSignOn: { remoteIp: '10.20.30.40' },
});

/** Five distinct places in five countries (PingOne keeps the last five). */
export const fiveCountries: SessionLocation[] = [
  {
    at: iso(STORY_NOW - 5 * 60 * MINUTE),
    remoteIp: '174.1.62.19',
    city: 'port coquitlam',
    state: 'british columbia',
    country: 'canada',
  },
  { at: iso(STORY_NOW - 4 * 60 * MINUTE), remoteIp: '81.2.69.160', city: 'london', state: 'england', country: 'united kingdom' },
  { at: iso(STORY_NOW - 3 * 60 * MINUTE), remoteIp: '2001:db8:85a3::8a2e:370:7334', city: 'berlin', country: 'germany' },
  { at: iso(STORY_NOW - 2 * 60 * MINUTE), remoteIp: '203.0.113.9', city: 'tokyo', country: 'japan' },
  { at: iso(STORY_NOW - 30 * MINUTE), remoteIp: '198.51.100.7', city: 'são paulo', state: 'são paulo', country: 'brazil' },
];
export const travellingSession = createSessionFixture({ locations: fiveCountries });

/** Repeated entries, as PingOne sends them, collapsed into counted rows. */
export const duplicatesSession = createSessionFixture({
  locations: [
    ...[40, 35, 30].map((m) => ({ at: iso(STORY_NOW - m * MINUTE), ...geo('174.1.62.19') })),
    ...[20, 10].map((m) => ({ at: iso(STORY_NOW - m * MINUTE), ...geo('174.1.62.77') })),
  ],
});
function geo(remoteIp: string) {
  return { remoteIp, city: 'port coquitlam', state: 'british columbia', region: 'west coast', country: 'canada' };
}

/** Both deadlines passed. */
export const expiredSession = createSessionFixture({
  activeAt: iso(STORY_NOW - 40 * MINUTE),
  expiresAt: iso(STORY_NOW - 10 * MINUTE),
});

/** PingOne's default-like 50-day idle timeout, just refreshed. */
export const farDeadline = createSessionFixture({
  activeAt: iso(STORY_NOW),
  idleTimeoutInMinutes: 72_000,
  expiresAt: iso(STORY_NOW + 50 * DAY),
});

/** Hostile strings in every text field. */
export const hostileSession = createSessionFixture({
  userAgent: '<script>alert(1)</script>',
  browser: { name: '<img src=x onerror=alert(1)>', version: '\u202Egnp.exe' },
  device: { type: '"><svg onload=alert(1)>' },
  locations: [{ at: iso(STORY_NOW - MINUTE), remoteIp: '174.1.62.19', city: 'x'.repeat(10_000), country: '\u202Eadanac' }],
});

/** Four and a half minutes of idle time left: the warning phase. */
export const warningSession = createSessionFixture({
  activeAt: iso(STORY_NOW - 25.5 * MINUTE),
  expiresAt: iso(STORY_NOW + 4.5 * MINUTE),
});

/** Sixteen seconds left: the critical phase. */
export const criticalSession = createSessionFixture({
  activeAt: iso(STORY_NOW - 30 * MINUTE + 16_000),
  expiresAt: iso(STORY_NOW + 16_000),
});

/** A session whose end (`expiresAt`) is a real cap, earlier than the idle deadline. */
export const cappedSession = createSessionFixture({
  activeAt: iso(STORY_NOW),
  idleTimeoutInMinutes: 480,
  expiresAt: iso(STORY_NOW + 3 * 60 * MINUTE),
});

/** Signed in with password and one-time code (one space-separated value), plus a custom code. */
export const factorsSession = createSessionFixture({
  lastSignOn: {
    authenticators: ['pwd otp', 'acme_token'],
    policy: { id: '874d5c7d-5e1c-4e73-b2b5-dfe1453b02f5', type: 'MULTI_FACTOR' },
  },
});

// @vitest-environment node
import { majorVersion, osTitle } from '../../src/format/userAgentText';
import { authenticatorName, defaultMessages } from '../../src/components/messages';
import { splitAuthenticatorCodes } from '../../src/session/authenticators';
import { hasSeparateExpiry, type SessionDeadlines } from '../../src/session/deadlines';
import { signOutDeadline } from '../../src/format/formatDeadlines';
import { plural } from '../../src/format/plural';
import { describe, expect, it } from 'vitest';
import { maskIp } from '../../src/format/maskIp';
import { deviceCategory, nameWithVersion, shortenUserAgent, titleCase } from '../../src/format/userAgentText';
import {
  countdownDisplay,
  formatClock,
  formatCountdown,
  formatDurationParts,
  splitDuration,
} from '../../src/format/formatDuration';
import { formatDateTime, formatRelativeTime, relativeTimeParts } from '../../src/format/formatRelative';
import { countdownLevel, levelThreshold } from '../../src/format/countdownLevel';
import { formatPlace, groupLocations } from '../../src/format/groupLocations';

describe('maskIp', () => {
  it('keeps the first three IPv4 octets', () => {
    expect(maskIp('174.1.62.19')).toBe('174.1.62.•••');
  });
  it('keeps the /48 prefix of IPv6, expanding ::', () => {
    expect(maskIp('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:85a3:•••');
    expect(maskIp('2001:0DB8::1')).toBe('2001:db8:0:•••');
    expect(maskIp('fe80::1%eth0')).toBe('fe80:0:0:•••');
  });
  it('masks IPv4-mapped IPv6 as IPv4', () => {
    expect(maskIp('::ffff:10.1.2.3')).toBe('::ffff:10.1.2.•••');
  });
  it('hides anything that is not an IP address entirely', () => {
    for (const bad of ['', 'localhost', '1:2:3', '1::2::3', '<script>', '1.2.3', '1.2.3.4.5', '::ffff:1.2.3', '::ffff:1..2.3']) {
      expect(maskIp(bad)).toBe('•••');
    }
  });
});

describe('text helpers', () => {
  it('title-cases lower-case place names word by word', () => {
    expect(titleCase('port coquitlam')).toBe('Port Coquitlam');
    expect(titleCase('saint-jean-sur-richelieu')).toBe('Saint-Jean-Sur-Richelieu');
    expect(titleCase('東京')).toBe('東京');
  });
  it('shortens user agents to a browser and major version', () => {
    const firefox = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:103.0) Gecko/20100101 Firefox/103.0';
    const edge = 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
    const safari =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
    expect(shortenUserAgent(firefox)).toBe('Firefox 103');
    expect(shortenUserAgent(edge)).toBe('Edge 120');
    expect(shortenUserAgent(safari)).toBe('Safari 17');
    expect(shortenUserAgent('curl/8.0')).toBe('curl/8.0');
    expect(shortenUserAgent('x'.repeat(200))).toHaveLength(48);
    expect(shortenUserAgent('  ')).toBeNull();
    expect(shortenUserAgent(undefined)).toBeNull();
  });
  it('maps open-ended device types to icon families', () => {
    expect(deviceCategory('Mac')).toBe('desktop');
    expect(deviceCategory('iPhone')).toBe('phone');
    expect(deviceCategory('Android Tablet')).toBe('tablet');
    expect(deviceCategory('MacBook')).toBe('laptop');
    expect(deviceCategory('Toaster')).toBe('unknown');
    expect(deviceCategory(undefined)).toBe('unknown');
  });
  it('joins name and version, never printing "undefined"', () => {
    expect(nameWithVersion('Firefox', '103.0')).toBe('Firefox 103.0');
    expect(nameWithVersion('Firefox', undefined)).toBe('Firefox');
    expect(nameWithVersion(undefined, ' ')).toBeNull();
  });
});

describe('durations', () => {
  it('rounds partial seconds up', () => {
    expect(splitDuration(59_001)).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 0 });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
  it('shows far deadlines in days/hours and near ones as a clock', () => {
    expect(countdownDisplay(49.5 * 86_400_000)).toEqual({ kind: 'far', parts: { days: 49 } });
    expect(countdownDisplay(86_400_000 + 4 * 3_600_000)).toEqual({ kind: 'far', parts: { days: 1, hours: 4 } });
    expect(countdownDisplay(3_600_000 + 60_000)).toEqual({ kind: 'far', parts: { hours: 1, minutes: 1 } });
    expect(countdownDisplay(299_000)).toEqual({ kind: 'clock', minutes: 4, seconds: 59 });
    expect(formatCountdown(49.5 * 86_400_000, 'en')).toBe('49 days');
    expect(formatCountdown(299_000, 'en')).toBe('04:59');
  });
  it('formats words through Intl, with locale digits', () => {
    expect(formatDurationParts({ days: 1, hours: 4 }, 'en')).toMatch(/^1 day,? 4 hours$/);
    expect(formatDurationParts({}, 'en')).toBe('0 seconds');
    expect(formatDurationParts({ minutes: 2 }, 'de')).toBe('2 Minuten');
    expect(formatClock(4, 9, 'ar-EG')).toBe('٠٤:٠٩');
  });
});

describe('relative time', () => {
  const now = Date.parse('2022-10-05T12:00:00Z');
  it('picks the largest sensible unit', () => {
    expect(relativeTimeParts(now - 90_000, now)).toEqual({ value: -2, unit: 'minute' });
    expect(relativeTimeParts(now + 3 * 86_400_000, now)).toEqual({ value: 3, unit: 'day' });
    expect(formatRelativeTime(Date.parse('2022-08-17T01:21:30Z'), now, 'en')).toBe('2 months ago');
    expect(formatRelativeTime(now, now, 'en')).toBe('now');
  });
});

describe('absolute date and time', () => {
  const at = Date.parse('2025-01-15T10:25:59.999Z');
  it('is locale-neutral UTC while it must be stable (SSR, hydration) and locale or zone is left to the runtime', () => {
    for (const [locale, zone] of [
      [undefined, undefined],
      ['de-DE', undefined],
      [undefined, 'Asia/Tokyo'],
    ] as const) {
      expect(formatDateTime(at, { locale, timeZone: zone, stable: true })).toBe('2025-01-15 10:25 UTC');
    }
  });
  it('is localized when both are given, or once mounted', () => {
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'Asia/Tokyo', stable: true })).toBe('15 Jan 2025, 19:25');
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('15 Jan 2025, 10:25');
  });
});

describe('countdown announcement levels', () => {
  it('climbs one level per threshold and tops out at expiry', () => {
    expect([600_000, 300_000, 200_000, 90_000, 45_000, 10_000, 0].map((ms) => countdownLevel(ms))).toEqual([0, 1, 1, 2, 3, 4, 5]);
    expect(levelThreshold(1)).toBe(300_000);
    expect(levelThreshold(4)).toBe(30_000);
    expect(levelThreshold(5)).toBeUndefined();
  });
});

describe('location grouping', () => {
  const geo = { remoteIp: '174.1.62.19', city: 'port coquitlam', state: 'british columbia', country: 'canada' };
  it('orders newest first, collapses consecutive duplicates, flags countries other than the sign-on one', () => {
    const rows = groupLocations(
      [
        { at: '2022-08-17T01:00:00Z', ...geo },
        { at: '2022-08-17T03:00:00Z', remoteIp: '81.2.69.160', city: 'london', country: 'united kingdom' },
        { at: '2022-08-17T02:00:00Z', ...geo },
        { at: '2022-08-17T04:00:00Z', remoteIp: '81.2.69.161', city: 'london', country: 'united kingdom' },
      ],
      '174.1.62.19',
    );
    expect(rows.map((r) => [r.location.remoteIp, r.count, r.isSignOn, r.countryChanged, r.ipChanged])).toEqual([
      ['81.2.69.161', 1, false, true, true],
      ['81.2.69.160', 1, false, true, true],
      ['174.1.62.19', 2, true, false, false],
    ]);
    expect(rows[2]!.location.at).toBe('2022-08-17T02:00:00Z');
  });
  it('marks no row and flags no country when no row matches the sign-on IP, or there is no sign-on', () => {
    const locations = [
      { at: '2022-08-17T01:00:00Z', remoteIp: '10.0.0.1' },
      { at: '2022-08-18T01:00:00Z', ...geo },
      { at: '2022-08-19T01:00:00Z', remoteIp: '81.2.69.160', country: 'united kingdom' },
    ];
    for (const signOnIp of ['1.1.1.1', undefined]) {
      const rows = groupLocations(locations, signOnIp);
      expect(rows.map((r) => [r.isSignOn, r.countryChanged])).toEqual([
        [false, false],
        [false, false],
        [false, false],
      ]);
    }
  });
  it('title-cases places and says null when geo is missing', () => {
    expect(formatPlace({ at: '2022-08-17T01:00:00Z', ...geo })).toBe('Port Coquitlam, British Columbia, Canada');
    expect(formatPlace({ at: '2022-08-17T01:00:00Z', remoteIp: '10.0.0.1' })).toBeNull();
  });
});

describe('device and sign-on words', () => {
  it('keeps the major browser version and names macOS', () => {
    expect(majorVersion('103.0.5060.134')).toBe('103');
    expect(majorVersion('150.0.0.0')).toBe('150');
    expect(majorVersion(' beta ')).toBe('beta');
    expect(majorVersion(undefined)).toBeUndefined();
    expect(osTitle('Mac OS X', '10.15.7')).toBe('macOS 10.15');
    expect(osTitle('Windows', '11.0')).toBe('Windows 11');
    expect(osTitle('iOS', '17.4.1')).toBe('iOS 17.4');
    expect(osTitle(undefined, undefined)).toBeNull();
  });

  it('splits space-separated amr values and names every documented code in every catalog', () => {
    expect(splitAuthenticatorCodes(['pwd otp', ' mfa ', ''])).toEqual(['pwd', 'otp', 'mfa']);
    expect(authenticatorName(defaultMessages, 'PWD')).toBe('password');
    expect(authenticatorName(defaultMessages, 'constructor')).toBeUndefined();
    expect(authenticatorName(defaultMessages, 'fido2')).toBeUndefined(); // a guess no source uses
  });
});

describe('one deadline or two (the 1 s rule, from getSessionDeadlines)', () => {
  // Deadlines as getSessionDeadlines computes them: an expiresAt more than 1 s before the idle
  // deadline is a real cap; anything else is one idle deadline.
  const d = (idle: number | null, end: number | null): SessionDeadlines => ({
    idleExpiresAt: idle,
    expiresAt: end,
    effectiveExpiresAt: idle === null ? end : end === null ? idle : Math.min(idle, end),
    limitedBy: end !== null && idle !== null && end < idle - 1000 ? 'expiry' : idle !== null || end !== null ? 'idle' : null,
  });
  it('treats deadlines within a second as one, and only an earlier cap as a separate session end', () => {
    expect(hasSeparateExpiry(d(10_000, 10_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 9_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 11_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 8_999))).toBe(true);
    expect(hasSeparateExpiry(d(10_000, 11_001))).toBe(false);
    expect(hasSeparateExpiry(d(null, 5_000))).toBe(false);
    expect(hasSeparateExpiry(d(5_000, null))).toBe(false);
  });
  it('counts down to the earlier real cap, else to the idle deadline', () => {
    expect(signOutDeadline(d(10_000, 10_500))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(10_000, 5_000))).toEqual({ at: 5_000, kind: 'expiry' });
    expect(signOutDeadline(d(10_000, 50_000))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(null, 50_000))).toEqual({ at: 50_000, kind: 'idle' });
    expect(signOutDeadline(d(null, null))).toBeNull();
    expect(signOutDeadline(null)).toBeNull();
  });
});

describe('plural sentences', () => {
  it('picks the CLDR category of the catalog language', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
    expect([1, 2].map((n) => plural('en', n, forms))).toEqual(['o', 'x']);
    expect(plural('ja', 1, { other: 'x' })).toBe('x');
  });
});

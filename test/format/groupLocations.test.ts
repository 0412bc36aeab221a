// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPlace, groupLocations } from '../../src/format/groupLocations';

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

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SessionConfigError } from '../../src/session/errors';
import { PINGONE_REGIONS, pingOneApiPath, pingOneAuthPath, sessionsMeUrl, type PingOneRegion } from '../../src/session/endpoints';

describe('endpoints', () => {
  it.each([
    ['NA', 'https://api.pingone.com/v1'],
    ['EU', 'https://api.pingone.eu/v1'],
    ['CA', 'https://api.pingone.ca/v1'],
    ['AP', 'https://api.pingone.asia/v1'],
    ['AU', 'https://api.pingone.com.au/v1'],
    ['SG', 'https://api.pingone.sg/v1'],
  ] as [PingOneRegion, string][])('region %s -> %s', (region, api) => {
    expect(pingOneApiPath(region)).toBe(api);
    expect(sessionsMeUrl({ environmentId: 'env-1', region })).toBe(`${api}/environments/env-1/sessions/me`);
    expect(pingOneAuthPath(region)).toBe(api.replace('api.', 'auth.').replace('/v1', ''));
  });

  it('defaults to NA and covers every region', () => {
    expect(sessionsMeUrl({ environmentId: 'e' })).toBe('https://api.pingone.com/v1/environments/e/sessions/me');
    expect(Object.keys(PINGONE_REGIONS).sort()).toEqual(['AP', 'AU', 'CA', 'EU', 'NA', 'SG']);
  });

  it('accepts an apiPath override, trimming trailing slashes', () => {
    expect(sessionsMeUrl({ environmentId: 'e', apiPath: 'http://127.0.0.1:9/v1/' })).toBe(
      'http://127.0.0.1:9/v1/environments/e/sessions/me',
    );
  });

  it('rejects unknown regions and unsafe environment ids with config errors', () => {
    expect(() => sessionsMeUrl({ environmentId: 'e', region: 'MARS' as PingOneRegion })).toThrow(SessionConfigError);
    expect(() => sessionsMeUrl({ environmentId: 'e', region: '__proto__' as PingOneRegion })).toThrow(SessionConfigError);
    expect(() => sessionsMeUrl({ environmentId: '../../users' })).toThrow(SessionConfigError);
    expect(() => sessionsMeUrl({ environmentId: '' })).toThrow(SessionConfigError);
  });
});

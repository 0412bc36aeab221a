// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deviceCategory,
  majorVersion,
  nameWithVersion,
  osTitle,
  shortenUserAgent,
  titleCase,
} from '../../src/format/userAgentText';

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
});

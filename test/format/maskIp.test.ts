// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { maskIp } from '../../src/format/maskIp';

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

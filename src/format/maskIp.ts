/** What replaces the hidden part of a masked IP address. */
export const IP_MASK = '•••';

// The network part (first three octets) is the one group kept.
const IPV4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/;

/**
 * Hides the host part of an IP address so a screenshot of the panel does not pin a person to
 * a household: IPv4 keeps the first three octets (`174.1.62.•••`), IPv6 keeps the /48 routing
 * prefix (`2001:db8:85a3:•••`), an IPv4-mapped IPv6 address is masked as IPv4. Anything that
 * is not an IP address is masked entirely, never shown.
 */
export function maskIp(ip: string): string {
  const value = ip.trim();
  const v4 = IPV4.exec(value);
  if (v4) return `${v4[1]}.${IP_MASK}`;
  const mapped = /^::ffff:([\d.]+)$/i.exec(value);
  if (mapped?.[1] && IPV4.test(mapped[1])) return `::ffff:${maskIp(mapped[1])}`;
  const groups = expandIpv6(value);
  if (groups) return `${groups.slice(0, 3).join(':')}:${IP_MASK}`;
  return IP_MASK;
}

/** The eight hextets of an IPv6 address (zone id dropped, leading zeros removed), or null. */
function expandIpv6(value: string): string[] | null {
  const address = value.replace(/%.*$/, '').toLowerCase();
  if (!/^[0-9a-f:]+$/.test(address) || address.split('::').length > 2) return null;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}

/**
 * Address matching for SPF's ip4, ip6, a and mx mechanisms (RFC 7208 §5.6): an address and a
 * network with a prefix length, IPv4 or IPv6, compared as bit strings.
 */

function ipv4Bits(ip: string): bigint | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256n + BigInt(part);
  }
  return value;
}

function ipv6Bits(ip: string): bigint | null {
  if (!/^[0-9a-f:.]+$/i.test(ip)) return null;
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const groups = (text: string | undefined): string[] =>
    text === undefined || text === '' ? [] : text.split(':');
  let head = groups(halves[0]);
  let tail = groups(halves[1]);
  // An embedded IPv4 address (::ffff:192.0.2.1) counts for two groups.
  const expandV4 = (list: string[]): string[] | null => {
    const last = list.at(-1);
    if (last === undefined || !last.includes('.')) return list;
    const v4 = ipv4Bits(last);
    if (v4 === null) return null;
    return [...list.slice(0, -1), (v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
  };
  if (halves.length === 2) {
    const t = expandV4(tail);
    if (t === null) return null;
    tail = t;
  } else {
    const h = expandV4(head);
    if (h === null) return null;
    head = h;
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const group of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) + BigInt(parseInt(group, 16));
  }
  return value;
}

/** The address as a number and its width in bits, or null when it is neither IPv4 nor IPv6. */
export function parseIp(ip: string): { bits: bigint; width: 32 | 128 } | null {
  const v4 = ipv4Bits(ip);
  if (v4 !== null) return { bits: v4, width: 32 };
  const v6 = ipv6Bits(ip);
  return v6 === null ? null : { bits: v6, width: 128 };
}

/** True when `ip` lies in `network/prefix`; addresses of different families never match. */
export function ipInNetwork(ip: string, network: string, prefix: number): boolean {
  const a = parseIp(ip);
  const b = parseIp(network);
  if (a === null || b === null || a.width !== b.width || prefix < 0 || prefix > a.width) {
    return false;
  }
  const shift = BigInt(a.width - prefix);
  return a.bits >> shift === b.bits >> shift;
}

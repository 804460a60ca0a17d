import { resolve, type DnsExchange } from './resolve';
import { normalizeName, type Zone } from './zone';

/**
 * Reverse DNS (PTR, RFC 1035 §3.5) and DNS blocklists (RFC 5782): both reverse the
 * client's IP address and ask the DNS a question under a special zone.
 */

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  const groups = [...left, ...Array.from({ length: missing }, () => '0'), ...right];
  return groups.flatMap((group) => [...group.padStart(4, '0')]);
}

/**
 * The reversed form of an address: `203.0.113.66` → `66.113.0.203`; an IPv6 address gives
 * its 32 nibbles reversed (RFC 3596 §2.5).
 */
export function reverseAddress(address: string): string {
  if (address.includes(':')) return expandIpv6(address).reverse().join('.');
  return address.split('.').reverse().join('.');
}

/** The PTR question's name: `66.113.0.203.in-addr.arpa` or `….ip6.arpa`. */
export function reverseName(address: string): string {
  return `${reverseAddress(address)}.${address.includes(':') ? 'ip6.arpa' : 'in-addr.arpa'}`;
}

export interface ReverseLookup {
  exchange: DnsExchange;
  /**
   * The client name Postfix uses (its `Received:` and logs): the PTR name when it is
   * forward-confirmed, "unknown" otherwise.
   */
  clientName: string;
  /** True when a lookup failed temporarily (SERVFAIL, timeout): checks then answer 450. */
  temporary: boolean;
  /** The name the PTR record gives, if any. */
  name?: string;
  /**
   * True when the name resolves back to the same address (forward-confirmed reverse DNS,
   * what Postfix's `reject_unknown_client_hostname` needs).
   */
  confirmed: boolean;
  /** The forward query made to confirm the name, when a name was found. */
  forward?: DnsExchange;
}

function isTemporary(exchange: DnsExchange): boolean {
  return exchange.answer.status === 'SERVFAIL' || exchange.answer.status === 'TIMEOUT';
}

/** The client's name as a server finds it: PTR, then A/AAAA of that name to confirm it. */
export function reverseLookup(zone: Zone, address: string): ReverseLookup {
  const exchange = resolve(zone, reverseName(address), 'PTR');
  const ptr = exchange.answer.records.find((record) => record.type === 'PTR');
  if (ptr?.type !== 'PTR') {
    return {
      exchange,
      clientName: 'unknown',
      temporary: isTemporary(exchange),
      confirmed: false,
    };
  }
  const name = normalizeName(ptr.target);
  const forward = resolve(zone, name, address.includes(':') ? 'AAAA' : 'A');
  const confirmed = forward.answer.records.some(
    (record) => (record.type === 'A' || record.type === 'AAAA') && record.address === address,
  );
  return {
    exchange,
    name,
    clientName: confirmed ? name : 'unknown',
    temporary: isTemporary(forward),
    confirmed,
    forward,
  };
}

export interface DnsblLookup {
  exchange: DnsExchange;
  /** The blocklist zone asked ("zen.spamhaus.org"). */
  list: string;
  /** True when the list answers an address (conventionally 127.0.0.x, RFC 5782 §2.1). */
  listed: boolean;
  /** The answer's address, which some lists use as a reason code ("127.0.0.2"). */
  code?: string;
  key: string;
}

export const DNSBL_KEYS = { listed: 'dns.dnsbl.listed', notListed: 'dns.dnsbl.notListed' } as const;

/** Asks a blocklist about a client: `66.113.0.203.dnsbl.example A?` (RFC 5782 §2.1). */
export function dnsblLookup(zone: Zone, address: string, list: string): DnsblLookup {
  const exchange = resolve(zone, `${reverseAddress(address)}.${normalizeName(list)}`, 'A');
  const record = exchange.answer.records.find((found) => found.type === 'A');
  const listed = record?.type === 'A';
  const base = { exchange, list: normalizeName(list), listed };
  return listed
    ? { ...base, code: record.address, key: DNSBL_KEYS.listed }
    : { ...base, key: DNSBL_KEYS.notListed };
}

import { createRandom, shuffle, type Seed } from '../message/seeded-random';
import { resolve, type DnsExchange } from './resolve';
import { isIpAddress, normalizeName, recordsOwnedBy, type MxRecord, type Zone } from './zone';

/**
 * Finding where to send mail for a domain, as RFC 5321 §5.1 says and as Postfix's SMTP
 * client does it (`smtp_addr.c`, `dns_lookup.c`): MX first, implicit MX when there is none,
 * null MX (RFC 7505), sort by preference with a shuffle among equals, addresses of each
 * host, and the loop rule when the sending host is itself an MX. Every query is returned.
 */

export interface MxHost {
  /** The host name (the MX exchange, or the domain itself for an implicit MX). */
  exchange: string;
  preference: number;
  /** Its addresses, in the order the client will try them. */
  addresses: string[];
}

export type MxFailureReason =
  | 'nxdomain'
  | 'nodata'
  | 'temporary'
  | 'nullMx'
  | 'malformedMx'
  | 'noAddress'
  | 'loopsBack'
  | 'noPrimaryRelay';

export interface MxFailure {
  reason: MxFailureReason;
  /** A 4.x.x failure is retried from the queue; a 5.x.x one bounces at once. */
  temporary: boolean;
  /** The RFC 3463 code Postfix puts in the DSN ("5.4.4"). */
  dsn: string;
  /** Postfix's reason text, as in `status=bounced (…)`. */
  text: string;
  key: string;
}

interface MxLookupBase {
  domain: string;
  /** Every DNS query made, in order: each is one timeline step. */
  queries: DnsExchange[];
  /** Postfix `warning:` log lines the lookup produced. */
  warnings: string[];
}

export interface MxLookupSuccess extends MxLookupBase {
  ok: true;
  /** Hosts in the order to try them. */
  hosts: MxHost[];
  /** True when no MX existed and the domain's own address is used (RFC 5321 §5.1). */
  implicit: boolean;
  key: string;
}

export interface MxLookupFailure extends MxLookupBase {
  ok: false;
  failure: MxFailure;
}

export type MxLookupResult = MxLookupSuccess | MxLookupFailure;

export interface MxLookupOptions {
  /** Host names (or addresses) of the sending MTA itself, for the loop rule (§5.1). */
  self?: readonly string[];
  /** The world's seed: it fixes the shuffle among MX records of equal preference. */
  seed: Seed;
  /** Also ask AAAA for each host (Postfix `inet_protocols = all`); A only by default. */
  ipv6?: boolean;
}

export const MX_KEYS = {
  found: 'dns.mx.found',
  implicitMx: 'dns.mx.implicitMx',
  nxdomain: 'dns.mx.nxdomain',
  nodata: 'dns.mx.nodata',
  temporary: 'dns.mx.temporary',
  nullMx: 'dns.mx.nullMx',
  malformedMx: 'dns.mx.malformedMx',
  noAddress: 'dns.mx.noAddress',
  loopsBack: 'dns.mx.loopsBack',
  noPrimaryRelay: 'dns.mx.noPrimaryRelay',
} as const;

// Postfix dns_strerror.c: the resolver's error texts.
const HOST_NOT_FOUND = 'Host not found';
const TRY_AGAIN = 'Host not found, try again';
const NO_DATA = 'Host found but no data record of requested type';

/** Postfix's reason for a failed lookup (dns_lookup.c / smtp_addr.c). */
function nameServiceError(name: string, type: string, error: string): string {
  return `Host or domain name not found. Name service error for name=${name} type=${type}: ${error}`;
}

interface AddressLookup {
  addresses: string[];
  /** Why there is no address, when there is none. */
  failure?: { temporary: boolean; text: string };
}

/** A and (optionally) AAAA for one host name. */
function lookupAddresses(
  zone: Zone,
  host: string,
  ipv6: boolean,
  queries: DnsExchange[],
): AddressLookup {
  const addresses: string[] = [];
  let failure: AddressLookup['failure'];
  for (const type of ipv6 ? (['A', 'AAAA'] as const) : (['A'] as const)) {
    const exchange = resolve(zone, host, type);
    queries.push(exchange);
    const { answer } = exchange;
    for (const record of answer.records) {
      if (record.type === 'A' || record.type === 'AAAA') addresses.push(record.address);
    }
    if (answer.status === 'SERVFAIL' || answer.status === 'TIMEOUT') {
      failure = { temporary: true, text: nameServiceError(host, type, TRY_AGAIN) };
    } else if (answer.status === 'NXDOMAIN') {
      failure ??= { temporary: false, text: nameServiceError(host, type, HOST_NOT_FOUND) };
      // A name that does not exist has no AAAA either: the resolver stops here.
      break;
    } else if (answer.status === 'NODATA') {
      failure ??= { temporary: false, text: nameServiceError(host, type, NO_DATA) };
    }
  }
  return addresses.length > 0 ? { addresses } : { addresses, ...(failure ? { failure } : {}) };
}

function fail(
  base: MxLookupBase,
  reason: MxFailureReason,
  dsn: string,
  text: string,
): MxLookupFailure {
  return {
    ...base,
    ok: false,
    failure: { reason, temporary: dsn.startsWith('4'), dsn, text, key: MX_KEYS[reason] },
  };
}

function isSelf(host: MxHost, self: ReadonlySet<string>): boolean {
  return self.has(host.exchange) || host.addresses.some((address) => self.has(address));
}

/** Looks up where mail for `domain` goes (RFC 5321 §5.1). */
export function mxLookup(zone: Zone, domain: string, options: MxLookupOptions): MxLookupResult {
  const name = normalizeName(domain);
  const base: MxLookupBase = { domain: name, queries: [], warnings: [] };
  const self = new Set((options.self ?? []).map(normalizeName));
  const ipv6 = options.ipv6 ?? false;

  const mx = resolve(zone, name, 'MX');
  base.queries.push(mx);
  const { answer } = mx;

  // RFC 5321 §5.1: a temporary DNS error must be retried, never taken as "no MX".
  if (answer.status === 'SERVFAIL' || answer.status === 'TIMEOUT') {
    return fail(base, 'temporary', '4.4.3', nameServiceError(name, 'MX', TRY_AGAIN));
  }

  if (answer.status === 'NXDOMAIN' || answer.status === 'NODATA') {
    // RFC 5321 §5.1: no MX at all → implicit MX, the domain itself with preference 0.
    // Postfix treats NXDOMAIN the same way (both are DNS_NOTFOUND), so the A query is also
    // made for a domain that does not exist, and its error is the one reported.
    const lookup = lookupAddresses(zone, name, ipv6, base.queries);
    if (lookup.addresses.length === 0) {
      const failure = lookup.failure ?? {
        temporary: false,
        text: nameServiceError(name, 'A', HOST_NOT_FOUND),
      };
      if (failure.temporary) return fail(base, 'temporary', '4.4.3', failure.text);
      const reason = answer.status === 'NXDOMAIN' ? 'nxdomain' : 'nodata';
      return fail(base, reason, '5.4.4', failure.text);
    }
    const host = { exchange: name, preference: 0, addresses: lookup.addresses };
    if (isSelf(host, self)) {
      return fail(base, 'loopsBack', '5.4.6', `mail for ${name} loops back to myself`);
    }
    return { ...base, ok: true, hosts: [host], implicit: true, key: MX_KEYS.implicitMx };
  }

  const records = answer.records.filter((record): record is MxRecord => record.type === 'MX');

  // RFC 7505 §3: "MX 0 ." means the domain accepts no mail; no fallback to A/AAAA.
  if (records.some((record) => normalizeName(record.exchange) === '.' || record.exchange === '')) {
    return fail(base, 'nullMx', '5.1.0', `Domain ${name} does not accept mail (nullMX)`);
  }

  // RFC 5321 §5.1 and RFC 2181 §10.3: an MX names a host, never an address or an alias.
  for (const record of records) {
    const target = normalizeName(record.exchange);
    const isAlias = recordsOwnedBy(zone, target, 'CNAME').length > 0;
    if (isIpAddress(target) || isAlias) {
      const what = isIpAddress(target) ? 'numeric domain name' : 'alias (CNAME)';
      base.warnings.push(`${what} in resource data of MX record for ${name}: ${target}`);
      return fail(
        base,
        'malformedMx',
        '5.4.4',
        `Name service error for name=${name} type=MX: Malformed or unexpected name server reply`,
      );
    }
  }

  // RFC 5321 §5.1: lowest preference first; equal preferences in random order (MUST).
  const random = createRandom(options.seed);
  const sorted = shuffle(records, random).sort((a, b) => a.preference - b.preference);
  const bestPreference = sorted[0]?.preference ?? 0;

  const hosts: MxHost[] = [];
  let lastFailure: AddressLookup['failure'];
  let temporaryFailure: AddressLookup['failure'];
  for (const record of sorted) {
    const exchange = normalizeName(record.exchange);
    const lookup = lookupAddresses(zone, exchange, ipv6, base.queries);
    if (lookup.addresses.length > 0) {
      hosts.push({ exchange, preference: record.preference, addresses: lookup.addresses });
    } else if (lookup.failure) {
      lastFailure = lookup.failure;
      if (lookup.failure.temporary) temporaryFailure = lookup.failure;
    }
  }

  if (hosts.length === 0) {
    base.warnings.push(`no MX host for ${name} has a valid address record`);
    const failure = temporaryFailure ?? lastFailure;
    const text = failure?.text ?? `no MX host for ${name} has a valid address record`;
    return fail(base, 'noAddress', temporaryFailure ? '4.4.3' : '5.4.4', text);
  }

  // RFC 5321 §5.1: if this host is an MX, only strictly better preferences may be used.
  const selfHost = hosts.find((host) => isSelf(host, self));
  if (selfHost) {
    const better = hosts.filter((host) => host.preference < selfHost.preference);
    if (better.length === 0) {
      const bestFound = hosts[0]?.preference ?? bestPreference;
      // Postfix smtp_addr.c: when a better MX exists but has no address, this is temporary.
      if (bestFound !== bestPreference) {
        return fail(base, 'noPrimaryRelay', '4.4.4', `unable to find primary relay for ${name}`);
      }
      return fail(base, 'loopsBack', '5.4.6', `mail for ${name} loops back to myself`);
    }
    return { ...base, ok: true, hosts: better, implicit: false, key: MX_KEYS.found };
  }

  return { ...base, ok: true, hosts, implicit: false, key: MX_KEYS.found };
}

import {
  isAtOrBelow,
  nameExists,
  normalizeName,
  recordsAt,
  type DnsRecord,
  type RecordType,
  type Zone,
} from './zone';

/**
 * A stub resolver over the zone. Each call is one question and one answer, both data, so
 * the world can put every query on the timeline and the views can draw it.
 */

export interface DnsQuery {
  name: string;
  type: RecordType;
}

/**
 * How a query ended. NODATA is an RCODE of NOERROR with an empty answer (RFC 2308 §2.2);
 * TIMEOUT means no server answered.
 */
export type DnsStatus = 'NOERROR' | 'NODATA' | 'NXDOMAIN' | 'SERVFAIL' | 'TIMEOUT';

export interface DnsAnswer {
  status: DnsStatus;
  /** The answer section: any CNAME records followed, then the records asked for. */
  records: DnsRecord[];
  /** The name the answer is about once aliases are followed (the query name otherwise). */
  canonicalName: string;
  /** Explanation key for the outcome ("dns.outcome.nxdomain" …). */
  key: string;
}

/** One question and its answer: one step of the timeline. */
export interface DnsExchange {
  query: DnsQuery;
  answer: DnsAnswer;
}

export const OUTCOME_KEYS: Readonly<Record<DnsStatus, string>> = {
  NOERROR: 'dns.outcome.noerror',
  NODATA: 'dns.outcome.nodata',
  NXDOMAIN: 'dns.outcome.nxdomain',
  SERVFAIL: 'dns.outcome.servfail',
  TIMEOUT: 'dns.outcome.timeout',
};

/** Resolvers give up on alias chains longer than this (Postfix's dns_lookup uses 10). */
const MAX_CNAME_CHAIN = 10;

function answer(status: DnsStatus, records: DnsRecord[], canonicalName: string): DnsAnswer {
  return { status, records, canonicalName, key: OUTCOME_KEYS[status] };
}

/** Asks the zone one question, following CNAMEs as a recursive resolver does (RFC 1034 §3.6.2). */
export function resolve(zone: Zone, name: string, type: RecordType): DnsExchange {
  const query = { name: normalizeName(name), type };
  if (zone.faults?.timeout) return { query, answer: answer('TIMEOUT', [], query.name) };
  const chain: DnsRecord[] = [];
  let current = query.name;
  for (let step = 0; step <= MAX_CNAME_CHAIN; step++) {
    if ((zone.faults?.servfail ?? []).some((broken) => isAtOrBelow(current, broken))) {
      return { query, answer: answer('SERVFAIL', chain, current) };
    }
    const wanted = recordsAt(zone, current, type);
    if (wanted.length > 0)
      return { query, answer: answer('NOERROR', [...chain, ...wanted], current) };
    const [alias] = type === 'CNAME' ? [] : recordsAt(zone, current, 'CNAME');
    if (alias?.type === 'CNAME') {
      chain.push(alias);
      current = normalizeName(alias.target);
      continue;
    }
    const status = nameExists(zone, current) ? 'NODATA' : 'NXDOMAIN';
    // An alias whose target holds no data still answers NOERROR with the CNAME (RFC 2308 §2.2).
    return { query, answer: answer(status, chain, current) };
  }
  // RFC 1034 §3.6.2: a resolver stops on a CNAME loop and reports a failure.
  return { query, answer: answer('SERVFAIL', chain, current) };
}

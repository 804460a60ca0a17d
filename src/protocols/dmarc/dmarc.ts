import type { DnsExchange } from '../dns/resolve';

/** A DMARC policy record (RFC 7489 §6.3). */
export interface DmarcRecord {
  p: 'none' | 'quarantine' | 'reject';
  /** Policy for subdomains; `p` when absent. */
  sp: 'none' | 'quarantine' | 'reject';
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  pct: number;
}

export type DmarcResult = 'none' | 'pass' | 'fail' | 'temperror' | 'permerror';

export interface DmarcOutcome {
  result: DmarcResult;
  /** The `From:` domain the check is about. */
  fromDomain: string;
  /** The policy that applies (p=, or sp= for a subdomain), when a record was found. */
  policy?: DmarcRecord['p'];
  /** What the receiver should do: nothing, quarantine or reject (only when the result is fail). */
  disposition: 'none' | 'quarantine' | 'reject';
  queries: DnsExchange[];
  key: string;
}

export type DmarcLookup = (name: string) => DnsExchange;

const POLICIES = ['none', 'quarantine', 'reject'] as const;

function isPolicy(value: string | undefined): value is DmarcRecord['p'] {
  return (POLICIES as readonly (string | undefined)[]).includes(value);
}

/** Parses `v=DMARC1; p=reject; …`; null when it is not a valid DMARC record (§6.3). */
export function parseDmarcRecord(text: string): DmarcRecord | null {
  const tags = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  // v=DMARC1 must come first, p= is required (§6.3).
  if (!/^\s*v\s*=\s*DMARC1\s*(;|$)/.test(text)) return null;
  const p = tags.get('p')?.toLowerCase();
  if (!isPolicy(p)) return null;
  const sp = tags.get('sp')?.toLowerCase();
  const pct = Number(tags.get('pct') ?? 100);
  return {
    p,
    sp: isPolicy(sp) ? sp : p,
    adkim: tags.get('adkim')?.toLowerCase() === 's' ? 's' : 'r',
    aspf: tags.get('aspf')?.toLowerCase() === 's' ? 's' : 'r',
    pct: Number.isInteger(pct) && pct >= 0 && pct <= 100 ? pct : 100,
  };
}

/**
 * The organisational domain (RFC 7489 §3.2). Without the Public Suffix List the simulator takes
 * the last two labels, which is right for every name of its worlds (`mail.a.example` → `a.example`).
 */
export function organizationalDomain(domain: string): string {
  return domain.toLowerCase().split('.').slice(-2).join('.');
}

/** RFC 7489 §3.1: relaxed alignment compares organisational domains, strict the exact names. */
export function aligned(a: string, b: string, mode: 'r' | 's'): boolean {
  return mode === 's'
    ? a.toLowerCase() === b.toLowerCase()
    : organizationalDomain(a) === organizationalDomain(b);
}

export interface DmarcInput {
  fromDomain: string;
  spf: { result: string; domain: string };
  dkim: { result: string; domain?: string };
}

/**
 * RFC 7489 §6.6: find the policy at `_dmarc.<From domain>` (then at the organisational
 * domain), and pass when SPF or DKIM passed for a domain aligned with `From:`.
 */
export function evaluateDmarc(input: DmarcInput, lookup: DmarcLookup): DmarcOutcome {
  const queries: DnsExchange[] = [];
  const base = { fromDomain: input.fromDomain, queries };
  const find = (domain: string): DmarcRecord | null | 'temperror' => {
    const exchange = lookup(`_dmarc.${domain}`);
    queries.push(exchange);
    if (exchange.answer.status === 'SERVFAIL' || exchange.answer.status === 'TIMEOUT') {
      return 'temperror';
    }
    const records = exchange.answer.records
      .flatMap((r) => (r.type === 'TXT' ? [parseDmarcRecord(r.text)] : []))
      .filter((r): r is DmarcRecord => r !== null);
    // §6.6.3: more than one record means no policy.
    return records.length === 1 ? (records[0] ?? null) : null;
  };
  const org = organizationalDomain(input.fromDomain);
  let record = find(input.fromDomain);
  const subdomain = org !== input.fromDomain.toLowerCase();
  if (record === null && subdomain) record = find(org);
  if (record === 'temperror') {
    return { ...base, result: 'temperror', disposition: 'none', key: 'dmarc.result.temperror' };
  }
  if (record === null) {
    return { ...base, result: 'none', disposition: 'none', key: 'dmarc.result.none' };
  }
  const policy = subdomain ? record.sp : record.p;
  const spfAligned =
    input.spf.result === 'pass' && aligned(input.spf.domain, input.fromDomain, record.aspf);
  const dkimAligned =
    input.dkim.result === 'pass' &&
    input.dkim.domain !== undefined &&
    aligned(input.dkim.domain, input.fromDomain, record.adkim);
  const pass = spfAligned || dkimAligned;
  return {
    ...base,
    result: pass ? 'pass' : 'fail',
    policy,
    disposition: pass ? 'none' : policy,
    key: pass ? 'dmarc.result.pass' : `dmarc.result.fail.${policy}`,
  };
}

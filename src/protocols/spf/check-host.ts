import type { DnsExchange } from '../dns/resolve';
import type { RecordType } from '../dns/zone';
import { ipInNetwork, parseIp } from './ip-match';
import { expandMacros, type MacroContext } from './macros';

/** RFC 7208 §2.6: the seven results of check_host(). */
export type SpfResult =
  'none' | 'neutral' | 'pass' | 'fail' | 'softfail' | 'temperror' | 'permerror';

export interface SpfOutcome {
  result: SpfResult;
  /** The domain whose policy decided (the sender's domain, or the HELO name for `<>`). */
  domain: string;
  /** The directive that matched, as written: `ip4:192.0.2.10`, `-all`. */
  mechanism?: string;
  /** Why a permerror or temperror happened, in a few words. */
  problem?: string;
  /** Every DNS question the check asked, in order, for the timeline. */
  queries: DnsExchange[];
  /** Explanation key: `spf.result.pass` … */
  key: string;
}

export interface SpfRequest {
  /** The connecting client's address (`<ip>`). */
  ip: string;
  /** MAIL FROM without brackets; "" for the null sender (then the HELO identity is checked). */
  sender: string;
  helo: string;
}

/** One DNS question asked through the caller's resolver (a zone lookup in the simulator). */
export type SpfLookup = (name: string, type: RecordType) => DnsExchange;

/** RFC 7208 §4.6.4: at most 10 mechanisms and modifiers that query DNS, and 2 void lookups. */
const DNS_LOOKUP_LIMIT = 10;
const VOID_LOOKUP_LIMIT = 2;

const QUALIFIERS: Readonly<Record<string, SpfResult>> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

class SpfError extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    message: string,
  ) {
    super(message);
  }
}

interface Evaluation {
  lookup: SpfLookup;
  request: SpfRequest;
  queries: DnsExchange[];
  dnsTerms: number;
  voids: number;
}

function ask(ev: Evaluation, name: string, type: RecordType): DnsExchange {
  const exchange = ev.lookup(name, type);
  ev.queries.push(exchange);
  const status = exchange.answer.status;
  if (status === 'SERVFAIL' || status === 'TIMEOUT') {
    throw new SpfError('temperror', `DNS ${status} for ${name} ${type}`);
  }
  if (status === 'NXDOMAIN' || status === 'NODATA') {
    ev.voids += 1;
    if (ev.voids > VOID_LOOKUP_LIMIT) throw new SpfError('permerror', 'too many void lookups');
  }
  return exchange;
}

function countDnsTerm(ev: Evaluation): void {
  ev.dnsTerms += 1;
  if (ev.dnsTerms > DNS_LOOKUP_LIMIT) throw new SpfError('permerror', 'too many DNS lookups');
}

/** The addresses of `name` in the client's family (A for IPv4, AAAA for IPv6). */
function addressesOf(ev: Evaluation, name: string): string[] {
  const v6 = parseIp(ev.request.ip)?.width === 128;
  const type = v6 ? 'AAAA' : 'A';
  return ask(ev, name, type).answer.records.flatMap((r) =>
    r.type === 'A' || r.type === 'AAAA' ? [r.address] : [],
  );
}

/** `a/24//64` → the prefix that applies to the client's family. */
function prefixFor(ev: Evaluation, cidr: string | undefined): number {
  const v6 = parseIp(ev.request.ip)?.width === 128;
  const [, v4Text, v6Text] = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(cidr ?? '') ?? [];
  if (cidr !== undefined && cidr !== '' && v4Text === undefined && v6Text === undefined) {
    throw new SpfError('permerror', `bad prefix ${cidr}`);
  }
  const prefix = Number(v6 ? (v6Text ?? 128) : (v4Text ?? 32));
  if (prefix > (v6 ? 128 : 32)) throw new SpfError('permerror', `bad prefix ${cidr ?? ''}`);
  return prefix;
}

/** The SPF record of a domain: none, exactly one, or an error (RFC 7208 §4.5). */
function fetchRecord(ev: Evaluation, domain: string): string | null {
  const exchange = ask(ev, domain, 'TXT');
  const records = exchange.answer.records
    .flatMap((r) => (r.type === 'TXT' ? [r.text] : []))
    .filter((text) => /^v=spf1( |$)/i.test(text));
  if (records.length > 1) throw new SpfError('permerror', `${domain} has two SPF records`);
  return records[0] ?? null;
}

function matches(ev: Evaluation, name: string, argument: string, domain: string): boolean {
  const context: MacroContext = {
    sender: ev.request.sender === '' ? `postmaster@${ev.request.helo}` : ev.request.sender,
    domain,
    ip: ev.request.ip,
    helo: ev.request.helo,
  };
  // "a:example.org/24" → domain-spec "example.org", cidr "/24".
  const split = /^(.*?)((?:\/\d+)?(?:\/\/\d+)?)$/.exec(argument) ?? ['', argument, ''];
  const spec = split[1] ?? '';
  const cidr = split[2] ?? '';
  const target = (text: string) => (text === '' ? domain : expandMacros(text, context));
  switch (name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      const [network, bits] = argument.split('/');
      const family = name === 'ip4' ? 32 : 128;
      const parsed = parseIp(network ?? '');
      const prefix = bits === undefined ? family : Number(bits);
      if (parsed?.width !== family || !Number.isInteger(prefix) || prefix > family) {
        throw new SpfError('permerror', `bad ${name}:${argument}`);
      }
      return ipInNetwork(ev.request.ip, network ?? '', prefix);
    }
    case 'a': {
      countDnsTerm(ev);
      const prefix = prefixFor(ev, cidr);
      return addressesOf(ev, target(spec)).some((ip) => ipInNetwork(ev.request.ip, ip, prefix));
    }
    case 'mx': {
      countDnsTerm(ev);
      const prefix = prefixFor(ev, cidr);
      const exchanges = ask(ev, target(spec), 'MX').answer.records.flatMap((r) =>
        r.type === 'MX' ? [r.exchange] : [],
      );
      // RFC 7208 §4.6.4: no more than 10 MX names are looked up.
      if (exchanges.length > 10) throw new SpfError('permerror', 'more than 10 MX records');
      return exchanges.some((mx) =>
        addressesOf(ev, mx).some((ip) => ipInNetwork(ev.request.ip, ip, prefix)),
      );
    }
    case 'exists':
      countDnsTerm(ev);
      if (spec === '') throw new SpfError('permerror', 'exists needs a domain');
      return ask(ev, target(spec), 'A').answer.records.some((r) => r.type === 'A');
    case 'include': {
      countDnsTerm(ev);
      if (spec === '') throw new SpfError('permerror', 'include needs a domain');
      // RFC 7208 §5.2: only a pass matches; none in the included domain is a permerror.
      const inner = evaluate(ev, target(spec));
      if (inner.result === 'pass') return true;
      if (inner.result === 'temperror') throw new SpfError('temperror', inner.problem ?? '');
      if (inner.result === 'permerror' || inner.result === 'none') {
        throw new SpfError('permerror', inner.problem ?? `no SPF record at ${target(spec)}`);
      }
      return false;
    }
    case 'ptr':
      // RFC 7208 §5.5: "SHOULD NOT be used"; counted as a lookup, it never matches here.
      countDnsTerm(ev);
      return false;
    default:
      throw new SpfError('permerror', `unknown mechanism ${name}`);
  }
}

function evaluate(ev: Evaluation, domain: string): Omit<SpfOutcome, 'queries' | 'key'> {
  try {
    const record = fetchRecord(ev, domain);
    if (record === null) return { result: 'none', domain };
    let redirect: string | undefined;
    for (const term of record.split(' ').slice(1)) {
      if (term === '') continue;
      const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(term);
      if (modifier) {
        const name = (modifier[1] ?? '').toLowerCase();
        if (name === 'redirect') {
          if (redirect !== undefined) throw new SpfError('permerror', 'two redirect modifiers');
          redirect = modifier[2] ?? '';
        }
        // exp= and unknown modifiers are ignored (RFC 7208 §6).
        continue;
      }
      const directive = /^([+\-~?]?)([a-z][a-z0-9]*)(?::(.*)|(\/.*))?$/i.exec(term);
      if (!directive) throw new SpfError('permerror', `bad term ${term}`);
      const qualifier = QUALIFIERS[directive[1] || '+'] as SpfResult;
      const name = (directive[2] ?? '').toLowerCase();
      const argument = directive[3] ?? directive[4] ?? '';
      if (matches(ev, name, argument, domain))
        return { result: qualifier, domain, mechanism: term };
    }
    if (redirect !== undefined) {
      countDnsTerm(ev);
      const inner = evaluate(ev, redirect);
      // RFC 7208 §6.1: a redirect to a domain without a record is a permerror.
      return inner.result === 'none'
        ? { result: 'permerror', domain, problem: `no SPF record at ${redirect}` }
        : inner;
    }
    return { result: 'neutral', domain };
  } catch (error) {
    if (error instanceof SpfError) return { result: error.result, domain, problem: error.message };
    throw error;
  }
}

/**
 * RFC 7208 §4: check_host() for the envelope sender's domain (or the HELO name when the
 * sender is `<>`, §2.4) against the connecting address.
 */
export function checkHost(request: SpfRequest, lookup: SpfLookup): SpfOutcome {
  const domain =
    request.sender === '' ? request.helo : (request.sender.split('@').at(-1) ?? '').toLowerCase();
  const ev: Evaluation = { lookup, request, queries: [], dnsTerms: 0, voids: 0 };
  const outcome = evaluate(ev, domain);
  return { ...outcome, queries: ev.queries, key: `spf.result.${outcome.result}` };
}

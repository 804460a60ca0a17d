/**
 * The DNS zone model: the records of the simulated world as plain JSON objects, plus the
 * faults a scenario can set (a broken name server answering SERVFAIL, a resolver that times
 * out). Names are case-insensitive (RFC 4343) and stored without the trailing dot.
 */

interface RecordBase {
  name: string;
  /** Time to live in seconds, shown by `dig`; 300 when absent. */
  ttl?: number;
}

export interface ARecord extends RecordBase {
  type: 'A';
  address: string;
}

export interface AaaaRecord extends RecordBase {
  type: 'AAAA';
  address: string;
}

/** RFC 5321 §5.1. A null MX (RFC 7505) is `{ preference: 0, exchange: '.' }`. */
export interface MxRecord extends RecordBase {
  type: 'MX';
  preference: number;
  exchange: string;
}

/** SPF (`v=spf1 …`), DKIM keys (`v=DKIM1; …`) and DMARC policies (`v=DMARC1; …`) live here. */
export interface TxtRecord extends RecordBase {
  type: 'TXT';
  text: string;
}

export interface PtrRecord extends RecordBase {
  type: 'PTR';
  target: string;
}

export interface CnameRecord extends RecordBase {
  type: 'CNAME';
  target: string;
}

export type DnsRecord = ARecord | AaaaRecord | MxRecord | TxtRecord | PtrRecord | CnameRecord;
export type RecordType = DnsRecord['type'];

/** Faults a world can set on its DNS. */
export interface ZoneFaults {
  /** Names (and everything under them) whose name server answers SERVFAIL. */
  servfail?: string[];
  /** The resolver gets no answer at all: every query times out. */
  timeout?: boolean;
}

export interface Zone {
  records: DnsRecord[];
  faults?: ZoneFaults;
}

/** Explanation key of each record type. */
export const RECORD_KEYS: Readonly<Record<RecordType, string>> = {
  A: 'dns.record.a',
  AAAA: 'dns.record.aaaa',
  MX: 'dns.record.mx',
  TXT: 'dns.record.txt',
  PTR: 'dns.record.ptr',
  CNAME: 'dns.record.cname',
};

/** The default TTL shown when a record has none. */
export const DEFAULT_TTL = 300;

/** A name as compared: lower case, no trailing dot ("B.Example." → "b.example"). */
export function normalizeName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') && lower !== '.' ? lower.slice(0, -1) : lower;
}

/** True when `name` is `parent` or a name under it. */
export function isAtOrBelow(name: string, parent: string): boolean {
  const child = normalizeName(name);
  const zone = normalizeName(parent);
  return child === zone || child.endsWith('.' + zone);
}

/** True for a dotted-quad IPv4 address or an IPv6 address. */
export function isIpAddress(text: string): boolean {
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (ipv4) return ipv4.slice(1).every((octet) => Number(octet) <= 255);
  return /^[0-9a-f:.]+$/i.test(text) && text.includes(':');
}

/** The records of one name and type (no CNAME following). */
export function recordsAt(zone: Zone, name: string, type: RecordType): DnsRecord[] {
  return recordsOwnedBy(zone, normalizeName(name), type);
}

/** The records of one type whose normalised owner name is exactly `owner`. */
export function recordsOwnedBy(zone: Zone, owner: string, type: RecordType): DnsRecord[] {
  const atName = indexOf(zone.records).byName.get(owner) ?? [];
  return atName.filter((record) => record.type === type);
}

/**
 * True when the name exists: it owns a record, or a name below it does (an "empty
 * non-terminal", RFC 8020: such a name answers NODATA, not NXDOMAIN).
 */
export function nameExists(zone: Zone, name: string): boolean {
  return indexOf(zone.records).existing.has(normalizeName(normalizeName(name)));
}

/**
 * Records by normalised name, and every name that exists (owners and the names above
 * them), so a query does not normalise every record of the zone again.
 */
interface ZoneIndex {
  /** The records indexed, in order: a zone whose array changed is indexed anew. */
  records: DnsRecord[];
  byName: Map<string, DnsRecord[]>;
  existing: Set<string>;
}

const indexes = new WeakMap<readonly DnsRecord[], ZoneIndex>();

function indexOf(records: DnsRecord[]): ZoneIndex {
  const known = indexes.get(records);
  if (
    known !== undefined &&
    known.records.length === records.length &&
    known.records.every((record, index) => records[index] === record)
  ) {
    return known;
  }
  const byName = new Map<string, DnsRecord[]>();
  const existing = new Set<string>();
  for (const record of records) {
    const owner = normalizeName(record.name);
    const atName = byName.get(owner);
    if (atName === undefined) byName.set(owner, [record]);
    else atName.push(record);
    // isAtOrBelow: the owner itself, and each name it ends with after a dot.
    existing.add(owner);
    for (let dot = owner.indexOf('.'); dot >= 0; dot = owner.indexOf('.', dot + 1)) {
      existing.add(owner.slice(dot + 1));
    }
  }
  const index = { records: [...records], byName, existing };
  indexes.set(records, index);
  return index;
}

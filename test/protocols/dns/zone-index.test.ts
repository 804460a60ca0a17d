import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAtOrBelow,
  nameExists,
  normalizeName,
  recordsAt,
  type DnsRecord,
  type RecordType,
  type Zone,
} from '../../../src/protocols/dns/zone';

// The definitions the index stands for: a scan of every record at each query.
const scanRecordsAt = (zone: Zone, name: string, type: RecordType) =>
  zone.records.filter((r) => r.type === type && normalizeName(r.name) === normalizeName(name));
const scanNameExists = (zone: Zone, name: string) =>
  zone.records.some((r) => isAtOrBelow(r.name, normalizeName(name)));

const label = fc.constantFrom('a', 'B', 'mx', 'ecole', 'example', '', ' x');
const name = fc
  .array(label, { minLength: 1, maxLength: 4 })
  .chain((labels) => fc.constantFrom('', '.', '..').map((end) => labels.join('.') + end));
const type = fc.constantFrom<RecordType>('A', 'MX', 'TXT', 'CNAME');
const record = fc
  .record({ name, type })
  .map(({ name: owner, type: t }): DnsRecord =>
    t === 'MX'
      ? { type: 'MX', name: owner, preference: 10, exchange: 'mx.example' }
      : t === 'TXT'
        ? { type: 'TXT', name: owner, text: 'v=spf1 -all' }
        : t === 'CNAME'
          ? { type: 'CNAME', name: owner, target: 'a.example' }
          : { type: 'A', name: owner, address: '192.0.2.1' },
  );

describe('zone index (records by name, names that exist)', () => {
  it('answers as a scan of every record does, for any zone and any name', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), name, type, (records, asked, t) => {
        const zone: Zone = { records };
        expect(recordsAt(zone, asked, t)).toEqual(scanRecordsAt(zone, asked, t));
        expect(nameExists(zone, asked)).toBe(scanNameExists(zone, asked));
      }),
    );
  });

  it('sees a record added to the zone after a first query', () => {
    const zone: Zone = { records: [{ type: 'A', name: 'a.example', address: '192.0.2.1' }] };
    expect(recordsAt(zone, 'b.example', 'A')).toEqual([]);
    zone.records.push({ type: 'A', name: 'B.example.', address: '192.0.2.2' });
    expect(recordsAt(zone, 'b.example', 'A')).toHaveLength(1);
    zone.records[0] = { type: 'TXT', name: 'c.example', text: 'x' };
    expect(nameExists(zone, 'a.example')).toBe(false);
    expect(nameExists(zone, 'example')).toBe(true);
  });
});

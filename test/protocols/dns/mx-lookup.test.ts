import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mxLookup, type MxLookupResult } from '../../../src/protocols/dns/mx-lookup';
import type { DnsRecord, Zone } from '../../../src/protocols/dns/zone';
import { REFERENCE_ZONE } from './fixtures/reference-zone';

function queries(result: MxLookupResult): string[] {
  return result.queries.map(({ query, answer }) => `${query.name} ${query.type}? ${answer.status}`);
}

function hosts(result: MxLookupResult): string[] {
  return result.ok
    ? result.hosts.map((host) => `${host.preference} ${host.exchange} ${host.addresses.join(',')}`)
    : [];
}

function zoneOf(...records: DnsRecord[]): Zone {
  return { records };
}

describe('MX lookup (RFC 5321 §5.1, Postfix smtp_addr.c)', () => {
  it('sorts MX hosts by preference, lowest first, with their addresses', () => {
    const result = mxLookup(REFERENCE_ZONE, 'b.example', { seed: 1 });
    expect(result.ok).toBe(true);
    expect(hosts(result)).toEqual([
      '10 mx1.b.example 203.0.113.10',
      '20 mx2.b.example 203.0.113.20',
    ]);
    expect(queries(result)).toEqual([
      'b.example MX? NOERROR',
      'mx1.b.example A? NOERROR',
      'mx2.b.example A? NOERROR',
    ]);
    expect(result.ok && result.implicit).toBe(false);
  });

  it('looks up the domain of the envelope recipient whatever its case', () => {
    expect(hosts(mxLookup(REFERENCE_ZONE, 'B.Example.', { seed: 1 }))[0]).toBe(
      '10 mx1.b.example 203.0.113.10',
    );
  });

  it('fails permanently (5.4.4) with Postfix text when the domain does not exist (NXDOMAIN)', () => {
    const result = mxLookup(REFERENCE_ZONE, 'gmial.example', { seed: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toEqual({
      reason: 'nxdomain',
      temporary: false,
      dsn: '5.4.4',
      text: 'Host or domain name not found. Name service error for name=gmial.example type=A: Host not found',
      key: 'dns.mx.nxdomain',
    });
    // Postfix falls back to A after the MX query, so both are asked.
    expect(queries(result)).toEqual(['gmial.example MX? NXDOMAIN', 'gmial.example A? NXDOMAIN']);
  });

  it('fails temporarily (4.4.3) when the name server answers SERVFAIL', () => {
    const zone: Zone = { ...REFERENCE_ZONE, faults: { servfail: ['b.example'] } };
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && result.failure).toEqual({
      reason: 'temporary',
      temporary: true,
      dsn: '4.4.3',
      text: 'Host or domain name not found. Name service error for name=b.example type=MX: Host not found, try again',
      key: 'dns.mx.temporary',
    });
    expect(queries(result)).toEqual(['b.example MX? SERVFAIL']);
  });

  it('fails temporarily (4.4.3) when the resolver times out', () => {
    const zone: Zone = { ...REFERENCE_ZONE, faults: { timeout: true } };
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && [result.failure.dsn, result.failure.temporary]).toEqual(['4.4.3', true]);
    expect(queries(result)).toEqual(['b.example MX? TIMEOUT']);
  });

  it('uses the implicit MX (the domain A record, preference 0) when there is no MX (NODATA)', () => {
    const zone = zoneOf({ name: 'b.example', type: 'A', address: '203.0.113.80' });
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(result.ok && result.implicit).toBe(true);
    expect(result.ok && result.key).toBe('dns.mx.implicitMx');
    expect(hosts(result)).toEqual(['0 b.example 203.0.113.80']);
    expect(queries(result)).toEqual(['b.example MX? NODATA', 'b.example A? NOERROR']);
  });

  it('fails permanently when there is neither MX nor address (NODATA then NODATA)', () => {
    const zone = zoneOf({ name: 'b.example', type: 'TXT', text: 'v=spf1 -all' });
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && result.failure).toMatchObject({
      reason: 'nodata',
      dsn: '5.4.4',
      text: 'Host or domain name not found. Name service error for name=b.example type=A: Host found but no data record of requested type',
    });
  });

  it('never falls back to the A record when the MX records exist', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.b.example' },
      { name: 'b.example', type: 'A', address: '203.0.113.80' },
      { name: 'mx1.b.example', type: 'A', address: '203.0.113.10' },
    );
    expect(hosts(mxLookup(zone, 'b.example', { seed: 1 }))).toEqual([
      '10 mx1.b.example 203.0.113.10',
    ]);
  });

  it('refuses a null MX at once (5.1.0), without any A query (RFC 7505)', () => {
    const zone: Zone = {
      records: [
        ...REFERENCE_ZONE.records,
        { name: 'nomail.example', type: 'A', address: '192.0.2.1' },
      ],
    };
    const result = mxLookup(zone, 'nomail.example', { seed: 1 });
    expect(!result.ok && result.failure).toEqual({
      reason: 'nullMx',
      temporary: false,
      dsn: '5.1.0',
      text: 'Domain nomail.example does not accept mail (nullMX)',
      key: 'dns.mx.nullMx',
    });
    expect(queries(result)).toEqual(['nomail.example MX? NOERROR']);
  });

  it('follows a CNAME on the domain to its MX records', () => {
    const zone = zoneOf(
      { name: 'alias.example', type: 'CNAME', target: 'b.example' },
      ...REFERENCE_ZONE.records,
    );
    const result = mxLookup(zone, 'alias.example', { seed: 1 });
    expect(hosts(result)[0]).toBe('10 mx1.b.example 203.0.113.10');
    expect(result.queries[0]?.answer.records[0]?.type).toBe('CNAME');
  });

  it('rejects an MX whose target is an IP address (5.4.4, malformed reply)', () => {
    const zone = zoneOf({
      name: 'b.example',
      type: 'MX',
      preference: 10,
      exchange: '203.0.113.10',
    });
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && result.failure).toMatchObject({
      reason: 'malformedMx',
      dsn: '5.4.4',
      text: 'Name service error for name=b.example type=MX: Malformed or unexpected name server reply',
    });
    expect(result.warnings).toEqual([
      'numeric domain name in resource data of MX record for b.example: 203.0.113.10',
    ]);
  });

  it('rejects an MX whose target is an alias (RFC 2181 §10.3)', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mail.b.example' },
      { name: 'mail.b.example', type: 'CNAME', target: 'mx1.b.example' },
      { name: 'mx1.b.example', type: 'A', address: '203.0.113.10' },
    );
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && result.failure.reason).toBe('malformedMx');
  });

  it('fails when no MX host has an address, with the warning and the A error', () => {
    const zone = zoneOf({
      name: 'b.example',
      type: 'MX',
      preference: 10,
      exchange: 'mx1.b.example',
    });
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && result.failure).toEqual({
      reason: 'noAddress',
      temporary: false,
      dsn: '5.4.4',
      text: 'Host or domain name not found. Name service error for name=mx1.b.example type=A: Host not found',
      key: 'dns.mx.noAddress',
    });
    expect(result.warnings).toEqual(['no MX host for b.example has a valid address record']);
  });

  it('makes a missing MX address temporary (4.4.3) when its lookup failed temporarily', () => {
    const zone: Zone = {
      records: [{ name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.isp.example' }],
      faults: { servfail: ['isp.example'] },
    };
    const result = mxLookup(zone, 'b.example', { seed: 1 });
    expect(!result.ok && [result.failure.reason, result.failure.dsn]).toEqual([
      'noAddress',
      '4.4.3',
    ]);
  });

  it('skips an MX host without address and keeps the others', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.b.example' },
      { name: 'b.example', type: 'MX', preference: 20, exchange: 'mx2.b.example' },
      { name: 'mx2.b.example', type: 'A', address: '203.0.113.20' },
    );
    expect(hosts(mxLookup(zone, 'b.example', { seed: 1 }))).toEqual([
      '20 mx2.b.example 203.0.113.20',
    ]);
  });

  it('drops MX records of the same or worse preference than the sending host', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.b.example' },
      { name: 'b.example', type: 'MX', preference: 20, exchange: 'mx2.b.example' },
      { name: 'b.example', type: 'MX', preference: 20, exchange: 'mx3.b.example' },
      { name: 'b.example', type: 'MX', preference: 30, exchange: 'mx4.b.example' },
      { name: 'mx1.b.example', type: 'A', address: '203.0.113.10' },
      { name: 'mx2.b.example', type: 'A', address: '203.0.113.20' },
      { name: 'mx3.b.example', type: 'A', address: '203.0.113.30' },
      { name: 'mx4.b.example', type: 'A', address: '203.0.113.40' },
    );
    const result = mxLookup(zone, 'b.example', { seed: 1, self: ['mx2.b.example'] });
    expect(hosts(result)).toEqual(['10 mx1.b.example 203.0.113.10']);
  });

  it('recognises the sending host by its address too', () => {
    const result = mxLookup(REFERENCE_ZONE, 'b.example', { seed: 1, self: ['203.0.113.20'] });
    expect(hosts(result)).toEqual(['10 mx1.b.example 203.0.113.10']);
  });

  it('says "mail for … loops back to myself" (5.4.6) when the sender is the best MX', () => {
    const result = mxLookup(REFERENCE_ZONE, 'b.example', { seed: 1, self: ['mx1.b.example'] });
    expect(!result.ok && result.failure).toEqual({
      reason: 'loopsBack',
      temporary: false,
      dsn: '5.4.6',
      text: 'mail for b.example loops back to myself',
      key: 'dns.mx.loopsBack',
    });
  });

  it('also detects the loop through an implicit MX', () => {
    const zone = zoneOf({ name: 'b.example', type: 'A', address: '203.0.113.80' });
    const result = mxLookup(zone, 'b.example', { seed: 1, self: ['b.example'] });
    expect(!result.ok && result.failure.reason).toBe('loopsBack');
  });

  it('says "unable to find primary relay" (4.4.4) when a better MX exists but has no address', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.b.example' },
      { name: 'b.example', type: 'MX', preference: 20, exchange: 'mx2.b.example' },
      { name: 'mx2.b.example', type: 'A', address: '203.0.113.20' },
    );
    const result = mxLookup(zone, 'b.example', { seed: 1, self: ['mx2.b.example'] });
    expect(!result.ok && result.failure).toMatchObject({
      reason: 'noPrimaryRelay',
      dsn: '4.4.4',
      text: 'unable to find primary relay for b.example',
    });
  });

  it('asks AAAA as well when IPv6 is on, and keeps both families', () => {
    const zone = zoneOf(
      { name: 'b.example', type: 'MX', preference: 10, exchange: 'mx1.b.example' },
      { name: 'mx1.b.example', type: 'A', address: '203.0.113.10' },
      { name: 'mx1.b.example', type: 'AAAA', address: '2001:db8::10' },
    );
    const result = mxLookup(zone, 'b.example', { seed: 1, ipv6: true });
    expect(hosts(result)).toEqual(['10 mx1.b.example 203.0.113.10,2001:db8::10']);
    expect(queries(result)).toEqual([
      'b.example MX? NOERROR',
      'mx1.b.example A? NOERROR',
      'mx1.b.example AAAA? NOERROR',
    ]);
  });
});

describe('the seeded shuffle among equal preferences (RFC 5321 §5.1 MUST)', () => {
  const equalZone = (count: number): Zone =>
    zoneOf(
      ...Array.from({ length: count }, (_, i): DnsRecord[] => [
        { name: 'b.example', type: 'MX', preference: 10, exchange: `mx${i}.b.example` },
        { name: `mx${i}.b.example`, type: 'A', address: `203.0.113.${i + 1}` },
      ]).flat(),
      { name: 'b.example', type: 'MX', preference: 5, exchange: 'first.b.example' },
      { name: 'first.b.example', type: 'A', address: '203.0.113.200' },
      { name: 'b.example', type: 'MX', preference: 50, exchange: 'last.b.example' },
      { name: 'last.b.example', type: 'A', address: '203.0.113.201' },
    );
  const order = (result: MxLookupResult) =>
    result.ok ? result.hosts.map((host) => host.exchange) : [];

  it('gives the same order for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer(), (count, seed) => {
        const zone = equalZone(count);
        expect(order(mxLookup(zone, 'b.example', { seed }))).toEqual(
          order(mxLookup(zone, 'b.example', { seed })),
        );
      }),
    );
  });

  it('keeps a permutation of the hosts, sorted by preference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string(), (count, seed) => {
        const result = mxLookup(equalZone(count), 'b.example', { seed });
        const names = order(result);
        expect(names[0]).toBe('first.b.example');
        expect(names[names.length - 1]).toBe('last.b.example');
        expect([...names.slice(1, -1)].sort()).toEqual(
          Array.from({ length: count }, (_, i) => `mx${i}.b.example`).sort(),
        );
        const preferences = result.ok ? result.hosts.map((host) => host.preference) : [];
        expect(preferences).toEqual([...preferences].sort((a, b) => a - b));
      }),
    );
  });

  it('spreads the load: different seeds give different first hosts', () => {
    const zone = equalZone(4);
    const firsts = new Set(
      Array.from({ length: 40 }, (_, seed) => order(mxLookup(zone, 'b.example', { seed }))[1]),
    );
    expect(firsts.size).toBeGreaterThan(1);
  });
});

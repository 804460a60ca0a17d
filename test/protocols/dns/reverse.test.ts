import { describe, expect, it } from 'vitest';
import {
  dnsblLookup,
  reverseAddress,
  reverseLookup,
  reverseName,
} from '../../../src/protocols/dns/reverse';
import type { Zone } from '../../../src/protocols/dns/zone';
import { REFERENCE_ZONE } from './fixtures/reference-zone';

describe('reverse DNS and blocklists', () => {
  it('reverses an IPv4 address under in-addr.arpa', () => {
    expect(reverseAddress('203.0.113.66')).toBe('66.113.0.203');
    expect(reverseName('198.51.100.25')).toBe('25.100.51.198.in-addr.arpa');
  });

  it('reverses an IPv6 address nibble by nibble under ip6.arpa (RFC 3596 §2.5)', () => {
    expect(reverseName('2001:db8::1')).toBe(
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });

  it('finds and confirms the name of a host with a PTR record', () => {
    const result = reverseLookup(REFERENCE_ZONE, '198.51.100.25');
    expect(result.name).toBe('smtp.a.example');
    expect(result.confirmed).toBe(true);
    expect(result.clientName).toBe('smtp.a.example');
    expect(result.exchange.query).toEqual({ name: '25.100.51.198.in-addr.arpa', type: 'PTR' });
    expect(result.forward?.query).toEqual({ name: 'smtp.a.example', type: 'A' });
  });

  it('gives no name when there is no PTR record (Postfix writes "unknown")', () => {
    const result = reverseLookup(REFERENCE_ZONE, '198.51.100.7');
    expect(result.name).toBeUndefined();
    expect(result.confirmed).toBe(false);
    expect(result.clientName).toBe('unknown');
    expect(result.temporary).toBe(false);
    expect(result.exchange.answer.status).toBe('NXDOMAIN');
  });

  it('does not confirm a PTR name that does not point back to the address', () => {
    const zone: Zone = {
      records: [
        { name: '7.100.51.198.in-addr.arpa', type: 'PTR', target: 'box.isp.example' },
        { name: 'box.isp.example', type: 'A', address: '198.51.100.8' },
      ],
    };
    const result = reverseLookup(zone, '198.51.100.7');
    expect(result.name).toBe('box.isp.example');
    expect(result.confirmed).toBe(false);
    expect(result.clientName).toBe('unknown');
  });

  it('marks a reverse lookup that failed temporarily', () => {
    const zone: Zone = { records: [], faults: { timeout: true } };
    expect(reverseLookup(zone, '198.51.100.7')).toMatchObject({
      clientName: 'unknown',
      temporary: true,
    });
  });

  it('reports a listed client when the blocklist answers 127.0.0.x', () => {
    const zone: Zone = {
      records: [{ name: '66.113.0.203.dnsbl.example', type: 'A', address: '127.0.0.2' }],
    };
    const result = dnsblLookup(zone, '203.0.113.66', 'dnsbl.example');
    expect(result).toMatchObject({
      list: 'dnsbl.example',
      listed: true,
      code: '127.0.0.2',
      key: 'dns.dnsbl.listed',
    });
    expect(result.exchange.query).toEqual({ name: '66.113.0.203.dnsbl.example', type: 'A' });
  });

  it('reports a clean client when the blocklist answers NXDOMAIN', () => {
    const result = dnsblLookup(REFERENCE_ZONE, '198.51.100.25', 'dnsbl.example');
    expect(result.listed).toBe(false);
    expect(result.code).toBeUndefined();
    expect(result.key).toBe('dns.dnsbl.notListed');
    expect(result.exchange.answer.status).toBe('NXDOMAIN');
  });
});

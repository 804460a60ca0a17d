import { describe, expect, it } from 'vitest';
import { checkMailDomain } from '../../../src/protocols/dns/domain-check';
import type { Zone } from '../../../src/protocols/dns/zone';
import { REFERENCE_ZONE } from './fixtures/reference-zone';

function asked(zone: Zone, domain: string): string[] {
  return checkMailDomain(zone, domain).queries.map(
    ({ query, answer }) => `${query.type}? ${answer.status}`,
  );
}

describe('sender and recipient domain checks (reject_unknown_*_domain)', () => {
  it('finds a domain with MX records after one query', () => {
    expect(checkMailDomain(REFERENCE_ZONE, 'b.example')).toMatchObject({
      outcome: 'found',
      key: 'dns.domain.found',
    });
    expect(asked(REFERENCE_ZONE, 'b.example')).toEqual(['MX? NOERROR']);
  });

  it('finds a domain with only an address record (implicit MX)', () => {
    expect(checkMailDomain(REFERENCE_ZONE, 'mx1.b.example').outcome).toBe('found');
    expect(asked(REFERENCE_ZONE, 'mx1.b.example')).toEqual(['MX? NODATA', 'A? NOERROR']);
  });

  it('reports a domain that does not exist after MX, A and AAAA', () => {
    expect(checkMailDomain(REFERENCE_ZONE, 'nx.example').outcome).toBe('notFound');
    expect(asked(REFERENCE_ZONE, 'nx.example')).toEqual([
      'MX? NXDOMAIN',
      'A? NXDOMAIN',
      'AAAA? NXDOMAIN',
    ]);
  });

  it('reports a null MX domain (RFC 7505 §4.2)', () => {
    expect(checkMailDomain(REFERENCE_ZONE, 'nomail.example').outcome).toBe('nullMx');
  });

  it('reports a DNS failure as temporary', () => {
    const zone: Zone = { ...REFERENCE_ZONE, faults: { servfail: ['b.example'] } };
    expect(checkMailDomain(zone, 'b.example').outcome).toBe('temporary');
  });
});

import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/protocols/dns/resolve';
import { normalizeName, type Zone } from '../../../src/protocols/dns/zone';
import { txtRole } from '../../../src/protocols/dns/txt-role';
import { REFERENCE_ZONE } from './fixtures/reference-zone';

describe('the resolver', () => {
  it('answers NOERROR with the records asked for', () => {
    const { query, answer } = resolve(REFERENCE_ZONE, 'b.example', 'MX');
    expect(query).toEqual({ name: 'b.example', type: 'MX' });
    expect(answer.status).toBe('NOERROR');
    expect(answer.key).toBe('dns.outcome.noerror');
    expect(answer.records.map((record) => record.type === 'MX' && record.exchange)).toEqual([
      'mx1.b.example',
      'mx2.b.example',
    ]);
  });

  it('compares names without case and without the trailing dot', () => {
    expect(normalizeName('MX1.B.Example.')).toBe('mx1.b.example');
    expect(resolve(REFERENCE_ZONE, 'MX1.B.EXAMPLE.', 'A').answer.records).toEqual([
      { name: 'mx1.b.example', type: 'A', address: '203.0.113.10' },
    ]);
  });

  it('answers NXDOMAIN for a name that does not exist', () => {
    expect(resolve(REFERENCE_ZONE, 'gmial.example', 'MX').answer).toMatchObject({
      status: 'NXDOMAIN',
      records: [],
      key: 'dns.outcome.nxdomain',
    });
  });

  it('answers NODATA for a name that exists without that type', () => {
    expect(resolve(REFERENCE_ZONE, 'mx1.b.example', 'MX').answer.status).toBe('NODATA');
  });

  it('answers NODATA, not NXDOMAIN, for a name that only has names below it (RFC 8020)', () => {
    expect(resolve(REFERENCE_ZONE, '100.51.198.in-addr.arpa', 'PTR').answer.status).toBe('NODATA');
  });

  it('reads TXT records (SPF, DMARC)', () => {
    expect(resolve(REFERENCE_ZONE, '_dmarc.b.example', 'TXT').answer.records).toEqual([
      {
        name: '_dmarc.b.example',
        type: 'TXT',
        text: 'v=DMARC1; p=reject; rua=mailto:dmarc@b.example',
      },
    ]);
  });

  it('follows a CNAME and puts it in the answer (RFC 1034 §3.6.2)', () => {
    const zone: Zone = {
      records: [
        { name: 'www.c.example', type: 'CNAME', target: 'web.c.example' },
        { name: 'web.c.example', type: 'A', address: '192.0.2.80' },
      ],
    };
    const { answer } = resolve(zone, 'www.c.example', 'A');
    expect(answer.status).toBe('NOERROR');
    expect(answer.canonicalName).toBe('web.c.example');
    expect(answer.records.map((record) => record.type)).toEqual(['CNAME', 'A']);
  });

  it('stops on a CNAME loop with SERVFAIL', () => {
    const zone: Zone = {
      records: [
        { name: 'x.example', type: 'CNAME', target: 'y.example' },
        { name: 'y.example', type: 'CNAME', target: 'x.example' },
      ],
    };
    expect(resolve(zone, 'x.example', 'A').answer.status).toBe('SERVFAIL');
  });

  it('answers SERVFAIL for a broken name and everything under it', () => {
    const zone: Zone = { ...REFERENCE_ZONE, faults: { servfail: ['b.example'] } };
    expect(resolve(zone, 'b.example', 'MX').answer.status).toBe('SERVFAIL');
    expect(resolve(zone, 'mx1.b.example', 'A').answer.status).toBe('SERVFAIL');
    expect(resolve(zone, 'a.example', 'MX').answer.status).toBe('NOERROR');
  });

  it('times out every query when the resolver is unreachable', () => {
    const zone: Zone = { ...REFERENCE_ZONE, faults: { timeout: true } };
    expect(resolve(zone, 'b.example', 'MX').answer).toMatchObject({
      status: 'TIMEOUT',
      key: 'dns.outcome.timeout',
    });
  });

  it('keeps zones JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(REFERENCE_ZONE))).toEqual(REFERENCE_ZONE);
  });
});

describe('TXT record roles (reference §4.6)', () => {
  it('tells SPF, DKIM and DMARC records apart', () => {
    expect(txtRole({ name: 'b.example', text: 'v=spf1 mx -all' })).toBe('spf');
    expect(txtRole({ name: '_dmarc.b.example', text: 'v=DMARC1; p=reject' })).toBe('dmarc');
    expect(txtRole({ name: 'sel1._domainkey.a.example', text: 'v=DKIM1; k=rsa; p=MIIB' })).toBe(
      'dkim',
    );
    expect(txtRole({ name: 'b.example', text: 'google-site-verification=abc' })).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { renderDig, renderRecord } from '../../../src/protocols/dns/dig';
import { resolve } from '../../../src/protocols/dns/resolve';
import type { Zone } from '../../../src/protocols/dns/zone';
import { REFERENCE_ZONE } from './fixtures/reference-zone';

describe('dig-style output', () => {
  it('prints the MX answer as dig does', () => {
    expect(renderDig(resolve(REFERENCE_ZONE, 'b.example', 'MX'))).toBe(
      [
        ';; ->>HEADER<<- opcode: QUERY, status: NOERROR',
        '',
        ';; QUESTION SECTION:',
        ';b.example.\t\t\tIN\tMX',
        '',
        ';; ANSWER SECTION:',
        'b.example.\t\t300\tIN\tMX\t10 mx1.b.example.',
        'b.example.\t\t300\tIN\tMX\t20 mx2.b.example.',
      ].join('\n'),
    );
  });

  it('prints NXDOMAIN with no answer section, and NODATA as NOERROR', () => {
    expect(renderDig(resolve(REFERENCE_ZONE, 'gmial.example', 'MX'))).toBe(
      [
        ';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN',
        '',
        ';; QUESTION SECTION:',
        ';gmial.example.\t\t\tIN\tMX',
      ].join('\n'),
    );
    expect(renderDig(resolve(REFERENCE_ZONE, 'mx1.b.example', 'MX')).split('\n')[0]).toBe(
      ';; ->>HEADER<<- opcode: QUERY, status: NOERROR',
    );
  });

  it('prints a timeout as dig does', () => {
    const zone: Zone = { records: [], faults: { timeout: true } };
    expect(renderDig(resolve(zone, 'b.example', 'MX'))).toBe(
      ';; connection timed out; no servers could be reached',
    );
  });

  it('prints every record type in master-file form', () => {
    expect(renderRecord({ name: 'nomail.example', type: 'MX', preference: 0, exchange: '.' })).toBe(
      'nomail.example.\t\t300\tIN\tMX\t0 .',
    );
    expect(
      renderRecord({ name: 'b.example', type: 'TXT', text: 'v=spf1 mx -all', ttl: 3600 }),
    ).toBe('b.example.\t\t3600\tIN\tTXT\t"v=spf1 mx -all"');
    expect(
      renderRecord({ name: '25.100.51.198.in-addr.arpa', type: 'PTR', target: 'smtp.a.example' }),
    ).toBe('25.100.51.198.in-addr.arpa.\t300\tIN\tPTR\tsmtp.a.example.');
    expect(renderRecord({ name: 'b.example', type: 'AAAA', address: '2001:db8::25' })).toBe(
      'b.example.\t\t300\tIN\tAAAA\t2001:db8::25',
    );
  });
});

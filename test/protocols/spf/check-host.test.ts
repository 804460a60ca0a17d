import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/protocols/dns/resolve';
import type { DnsRecord, Zone } from '../../../src/protocols/dns/zone';
import { checkHost } from '../../../src/protocols/spf/check-host';
import { expandMacros } from '../../../src/protocols/spf/macros';

function zoneWith(records: DnsRecord[], servfail: string[] = []): Zone {
  return {
    records: [
      { type: 'A', name: 'smtp.a.example', address: '198.51.100.25' },
      { type: 'AAAA', name: 'smtp.a.example', address: '2001:db8::25' },
      { type: 'A', name: 'a.example', address: '198.51.100.25' },
      { type: 'AAAA', name: 'a.example', address: '2001:db8::25' },
      { type: 'MX', name: 'a.example', preference: 10, exchange: 'smtp.a.example' },
      ...records,
    ],
    faults: { servfail },
  };
}

function spf(text: string | string[], ip: string, more: DnsRecord[] = []) {
  const texts = Array.isArray(text) ? text : [text];
  const zone = zoneWith([
    ...texts.map((t): DnsRecord => ({ type: 'TXT', name: 'a.example', text: t })),
    ...more,
  ]);
  return checkHost({ ip, sender: 'alice@a.example', helo: 'smtp.a.example' }, (name, type) =>
    resolve(zone, name, type),
  );
}

describe('SPF check_host (RFC 7208)', () => {
  it.each([
    ['v=spf1 ip4:198.51.100.25 -all', '198.51.100.25', 'pass', 'ip4:198.51.100.25'],
    ['v=spf1 ip4:198.51.100.0/24 -all', '198.51.100.99', 'pass', 'ip4:198.51.100.0/24'],
    ['v=spf1 ip4:198.51.100.25 -all', '203.0.113.66', 'fail', '-all'],
    ['v=spf1 ip4:198.51.100.25 ~all', '203.0.113.66', 'softfail', '~all'],
    ['v=spf1 ip4:198.51.100.25 ?all', '203.0.113.66', 'neutral', '?all'],
    ['v=spf1 ip4:198.51.100.25', '203.0.113.66', 'neutral', undefined],
    ['v=spf1 -ip4:203.0.113.66 +all', '203.0.113.66', 'fail', '-ip4:203.0.113.66'],
    ['v=spf1 a -all', '198.51.100.25', 'pass', 'a'],
    ['v=spf1 a:smtp.a.example/24 -all', '198.51.100.7', 'pass', 'a:smtp.a.example/24'],
    ['v=spf1 mx -all', '198.51.100.25', 'pass', 'mx'],
    ['v=spf1 mx -all', '203.0.113.66', 'fail', '-all'],
    ['v=spf1 ip6:2001:db8::/32 -all', '2001:db8::1', 'pass', 'ip6:2001:db8::/32'],
    ['v=spf1 ip6:2001:db8::/32 -all', '198.51.100.25', 'fail', '-all'],
    ['v=spf1 a//64 -all', '2001:db8::99', 'pass', 'a//64'],
  ])('%s for %s gives %s', (record, ip, result, mechanism) => {
    const outcome = spf(record, ip);
    expect(outcome.result).toBe(result);
    expect(outcome.mechanism).toBe(mechanism);
    expect(outcome.key).toBe(`spf.result.${result}`);
  });

  it('answers none when the domain publishes no SPF record', () => {
    expect(spf('some other text', '198.51.100.25').result).toBe('none');
  });

  it('answers permerror for two SPF records', () => {
    expect(spf(['v=spf1 -all', 'v=spf1 +all'], '198.51.100.25').result).toBe('permerror');
  });

  it('answers permerror for an unknown mechanism', () => {
    expect(spf('v=spf1 foo:bar -all', '198.51.100.25').problem).toBe('unknown mechanism foo');
  });

  it('follows include: a pass inside matches, a fail inside does not', () => {
    const provider: DnsRecord = {
      type: 'TXT',
      name: '_spf.provider.example',
      text: 'v=spf1 ip4:192.0.2.0/24 -all',
    };
    expect(spf('v=spf1 include:_spf.provider.example -all', '192.0.2.9', [provider]).result).toBe(
      'pass',
    );
    expect(
      spf('v=spf1 include:_spf.provider.example ~all', '203.0.113.66', [provider]).result,
    ).toBe('softfail');
  });

  it('answers permerror for an include of a domain without SPF', () => {
    expect(spf('v=spf1 include:nothing.example -all', '192.0.2.9').result).toBe('permerror');
  });

  it('follows redirect= when no mechanism matched', () => {
    const other: DnsRecord = { type: 'TXT', name: 'b.example', text: 'v=spf1 ip4:192.0.2.9 -all' };
    expect(spf('v=spf1 redirect=b.example', '192.0.2.9', [other]).result).toBe('pass');
  });

  it('answers permerror past 2 void lookups', () => {
    const outcome = spf('v=spf1 a:x.example a:y.example a:z.example -all', '203.0.113.66');
    expect(outcome).toMatchObject({ result: 'permerror', problem: 'too many void lookups' });
  });

  it('answers permerror past 10 DNS-querying terms', () => {
    const outcome = spf(`v=spf1 ${Array(11).fill('a').join(' ')} -all`, '203.0.113.66');
    expect(outcome).toMatchObject({ result: 'permerror', problem: 'too many DNS lookups' });
  });

  it('answers temperror when the DNS server fails', () => {
    const zone = zoneWith([], ['a.example']);
    const outcome = checkHost(
      { ip: '198.51.100.25', sender: 'alice@a.example', helo: 'smtp.a.example' },
      (name, type) => resolve(zone, name, type),
    );
    expect(outcome.result).toBe('temperror');
  });

  it('checks the HELO name for the null sender', () => {
    const zone = zoneWith([{ type: 'TXT', name: 'smtp.a.example', text: 'v=spf1 a -all' }]);
    const outcome = checkHost(
      { ip: '198.51.100.25', sender: '', helo: 'smtp.a.example' },
      (name, type) => resolve(zone, name, type),
    );
    expect(outcome).toMatchObject({ result: 'pass', domain: 'smtp.a.example' });
  });

  it('lists every DNS question it asked, in order', () => {
    const outcome = spf('v=spf1 mx -all', '203.0.113.66');
    expect(outcome.queries.map((q) => `${q.query.name} ${q.query.type}`)).toEqual([
      'a.example TXT',
      'a.example MX',
      'smtp.a.example A',
    ]);
  });

  it('expands macros (RFC 7208 §7.4 examples)', () => {
    const context = {
      sender: 'strong-bad@email.example.com',
      domain: 'email.example.com',
      ip: '192.0.2.3',
      helo: 'mx.example.org',
    };
    expect(expandMacros('%{s}', context)).toBe('strong-bad@email.example.com');
    expect(expandMacros('%{d4}', context)).toBe('email.example.com');
    expect(expandMacros('%{d2}', context)).toBe('example.com');
    expect(expandMacros('%{dr}', context)).toBe('com.example.email');
    expect(expandMacros('%{l-}', context)).toBe('strong.bad');
    expect(expandMacros('%{ir}.%{v}._spf.%{d2}', context)).toBe(
      '3.2.0.192.in-addr._spf.example.com',
    );
  });
});

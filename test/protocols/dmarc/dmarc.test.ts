import { describe, expect, it } from 'vitest';
import { evaluateDmarc, parseDmarcRecord } from '../../../src/protocols/dmarc/dmarc';
import { resolve } from '../../../src/protocols/dns/resolve';
import type { Zone } from '../../../src/protocols/dns/zone';

function lookupWith(policy: string | null): (name: string) => ReturnType<typeof resolve> {
  const zone: Zone = {
    records: [
      { type: 'A', name: 'a.example', address: '192.0.2.1' },
      ...(policy === null
        ? []
        : [{ type: 'TXT' as const, name: '_dmarc.a.example', text: policy }]),
    ],
  };
  return (name) => resolve(zone, name, 'TXT');
}

const spfPass = { result: 'pass', domain: 'a.example' };
const spfFail = { result: 'fail', domain: 'a.example' };
const noDkim = { result: 'none' };

describe('DMARC (RFC 7489)', () => {
  it('reads p=, sp=, adkim=, aspf= and pct= with their defaults', () => {
    expect(parseDmarcRecord('v=DMARC1; p=quarantine; adkim=s')).toEqual({
      p: 'quarantine',
      sp: 'quarantine',
      adkim: 's',
      aspf: 'r',
      pct: 100,
    });
    expect(parseDmarcRecord('p=reject; v=DMARC1')).toBeNull();
    expect(parseDmarcRecord('v=DMARC1; p=maybe')).toBeNull();
  });

  it('passes when SPF passed for the From: domain', () => {
    const outcome = evaluateDmarc(
      { fromDomain: 'a.example', spf: spfPass, dkim: noDkim },
      lookupWith('v=DMARC1; p=reject'),
    );
    expect(outcome).toMatchObject({ result: 'pass', policy: 'reject', disposition: 'none' });
  });

  it('passes when DKIM passed for an aligned subdomain (relaxed alignment)', () => {
    const outcome = evaluateDmarc(
      { fromDomain: 'a.example', spf: spfFail, dkim: { result: 'pass', domain: 'mail.a.example' } },
      lookupWith('v=DMARC1; p=reject'),
    );
    expect(outcome.result).toBe('pass');
  });

  it('fails an SPF pass for another domain (not aligned)', () => {
    const outcome = evaluateDmarc(
      { fromDomain: 'a.example', spf: { result: 'pass', domain: 'tool.example' }, dkim: noDkim },
      lookupWith('v=DMARC1; p=reject'),
    );
    expect(outcome).toMatchObject({ result: 'fail', disposition: 'reject' });
  });

  it('fails strict alignment for a subdomain', () => {
    const outcome = evaluateDmarc(
      {
        fromDomain: 'a.example',
        spf: { result: 'pass', domain: 'bounce.a.example' },
        dkim: noDkim,
      },
      lookupWith('v=DMARC1; p=reject; aspf=s'),
    );
    expect(outcome.result).toBe('fail');
  });

  it.each([
    ['none', 'none'],
    ['quarantine', 'quarantine'],
    ['reject', 'reject'],
  ])('a failure under p=%s asks the receiver for %s', (p, disposition) => {
    const outcome = evaluateDmarc(
      { fromDomain: 'a.example', spf: spfFail, dkim: noDkim },
      lookupWith(`v=DMARC1; p=${p}`),
    );
    expect(outcome).toMatchObject({ result: 'fail', policy: p, disposition });
    expect(outcome.key).toBe(`dmarc.result.fail.${p}`);
  });

  it('answers none without a record, after asking the organisational domain too', () => {
    const outcome = evaluateDmarc(
      { fromDomain: 'news.a.example', spf: spfFail, dkim: noDkim },
      lookupWith(null),
    );
    expect(outcome.result).toBe('none');
    expect(outcome.queries.map((q) => q.query.name)).toEqual([
      '_dmarc.news.a.example',
      '_dmarc.a.example',
    ]);
  });

  it('uses sp= for a subdomain found through the organisational domain', () => {
    const outcome = evaluateDmarc(
      { fromDomain: 'news.a.example', spf: spfFail, dkim: noDkim },
      lookupWith('v=DMARC1; p=reject; sp=none'),
    );
    expect(outcome).toMatchObject({ result: 'fail', policy: 'none', disposition: 'none' });
  });
});

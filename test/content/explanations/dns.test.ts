import { describe, expect, it } from 'vitest';
import { dnsEn } from '../../../src/content/explanations/dns.en';
import { dnsFr } from '../../../src/content/explanations/dns.fr';
import type { ExplanationCatalogue } from '../../../src/content/explanations/types';
import { DOMAIN_CHECK_KEYS } from '../../../src/protocols/dns/domain-check';
import { MX_KEYS } from '../../../src/protocols/dns/mx-lookup';
import { OUTCOME_KEYS } from '../../../src/protocols/dns/resolve';
import { DNSBL_KEYS } from '../../../src/protocols/dns/reverse';
import { TXT_ROLE_KEYS } from '../../../src/protocols/dns/txt-role';
import { RECORD_KEYS } from '../../../src/protocols/dns/zone';

/** Every explanation key the dns/ engine can hand to the timeline. */
const ENGINE_KEYS = [
  ...Object.values(RECORD_KEYS),
  ...Object.values(OUTCOME_KEYS),
  ...Object.values(MX_KEYS),
  ...Object.values(DNSBL_KEYS),
  ...Object.values(TXT_ROLE_KEYS),
  ...Object.values(DOMAIN_CHECK_KEYS),
];

function missing(catalogue: ExplanationCatalogue, keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((key) => !(key in catalogue)).sort();
}

describe('DNS explanations (fr + en)', () => {
  it('explain every key the engine produces, in both languages', () => {
    expect({ en: missing(dnsEn, ENGINE_KEYS), fr: missing(dnsFr, ENGINE_KEYS) }).toEqual({
      en: [],
      fr: [],
    });
  });

  it('have the same keys in French and in English', () => {
    expect({
      missingInFr: missing(dnsFr, Object.keys(dnsEn)),
      missingInEn: missing(dnsEn, Object.keys(dnsFr)),
    }).toEqual({ missingInFr: [], missingInEn: [] });
  });

  it('hold no key the engine never produces', () => {
    expect(Object.keys(dnsEn).filter((key) => !ENGINE_KEYS.includes(key))).toEqual([]);
  });

  it('fill every required field', () => {
    for (const catalogue of [dnsEn, dnsFr]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        const empty = (['title', 'meaning', 'when', 'action'] as const).filter(
          (field) => entry[field].trim() === '',
        );
        expect({ key, empty }).toEqual({ key, empty: [] });
      }
    }
  });

  it('follow French typography: a no-break space before « : ; ! ? » and inside guillemets', () => {
    const faults: string[] = [];
    for (const [key, entry] of Object.entries(dnsFr)) {
      for (const text of Object.values(entry)) {
        if (typeof text !== 'string') continue;
        if (/ [:;!?]/.test(text)) faults.push(`${key}: plain space before punctuation`);
        if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text))
          faults.push(`${key}: guillemets without no-break space`);
      }
    }
    expect(faults).toEqual([]);
  });
});

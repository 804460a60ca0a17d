import { describe, expect, it } from 'vitest';
import { dnsEn } from '../../../src/content/explanations/dns.en';
import { dnsFr } from '../../../src/content/explanations/dns.fr';
import { imapEn } from '../../../src/content/explanations/imap.en';
import { imapFr } from '../../../src/content/explanations/imap.fr';
import { lmtpEn } from '../../../src/content/explanations/lmtp.en';
import { lmtpFr } from '../../../src/content/explanations/lmtp.fr';
import { pop3En } from '../../../src/content/explanations/pop3.en';
import { pop3Fr } from '../../../src/content/explanations/pop3.fr';
import { smtpClientEn } from '../../../src/content/explanations/smtp-client.en';
import { smtpClientFr } from '../../../src/content/explanations/smtp-client.fr';
import { smtpEn } from '../../../src/content/explanations/smtp.en';
import { smtpFr } from '../../../src/content/explanations/smtp.fr';
import { mailAuthEn } from '../../../src/content/explanations/mail-auth.en';
import { mailAuthFr } from '../../../src/content/explanations/mail-auth.fr';
import type { ExplanationCatalogue } from '../../../src/content/explanations/types';
import { worldEn } from '../../../src/content/explanations/world.en';
import { worldFr } from '../../../src/content/explanations/world.fr';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../../../src/content/worlds/shipped';
import { runWorld } from '../../../src/world/run-world';
import type { Timeline } from '../../../src/world/timeline/step';
import { world } from '../../world/worlds';

const en: ExplanationCatalogue = {
  ...dnsEn,
  ...smtpEn,
  ...lmtpEn,
  ...pop3En,
  ...imapEn,
  ...smtpClientEn,
  ...worldEn,
  ...mailAuthEn,
};
const fr: ExplanationCatalogue = {
  ...dnsFr,
  ...smtpFr,
  ...lmtpFr,
  ...pop3Fr,
  ...imapFr,
  ...smtpClientFr,
  ...worldFr,
  ...mailAuthFr,
};

/** Every key a step hands to the views: its explanations, its command's and its reply's. */
function keysOf(timeline: Timeline): string[] {
  return [
    ...new Set(
      timeline.flatMap((step) => [
        ...step.explain,
        ...(step.command ? [step.command.key] : []),
        ...(step.reply ? [step.reply.key] : []),
      ]),
    ),
  ].sort();
}

const missingIn = (catalogue: ExplanationCatalogue, keys: readonly string[]) =>
  keys.filter((key) => !(key in catalogue));

describe('every key on a timeline has an explanation in French and in English', () => {
  it.each(SHIPPED_WORLD_IDS)('the shipped world %s', (id) => {
    const keys = keysOf(runWorld(world(SHIPPED_WORLDS[id])));
    expect({ en: missingIn(en, keys), fr: missingIn(fr, keys) }).toEqual({ en: [], fr: [] });
  });

  it.each([
    [
      'an unreachable MX (retries, expiry, bounce)',
      world(undefined, (w) => {
        w.network.unreachable.push('mx-ecole');
        w.hosts.find((h) => h.id === 'smtp-lycee')!.mta!.queue.delayWarning = 3600;
      }),
    ],
    [
      'a refused port',
      world(undefined, (w) =>
        w.network.firewall.push({ to: 'mx-ecole', port: 25, action: 'refuse' }),
      ),
    ],
    [
      'a mistyped recipient (5xx bounce)',
      world(undefined, (w) => (w.sends[0]!.to = ['bbo@ecole.example'])),
    ],
    [
      'greylisting',
      world(undefined, (w) => {
        const listener = w.hosts.find((h) => h.id === 'mx-ecole')!.listeners[0]!;
        if (listener.protocol === 'smtp') listener.policy.greylistDelay = 300;
      }),
    ],
    [
      'a spoofed sender (SPF fail, DMARC reject)',
      world(undefined, (w) => {
        w.sends[0]!.client = 'eve-mua';
        w.sends[0]!.envelope = { mailFrom: 'eve@pirate.example' };
        w.sends.push({ ...w.sends[0]!, id: 'spf', envelope: { mailFrom: 'alice@lycee.example' } });
      }),
    ],
  ])('a scenario world: %s', (_, config) => {
    const keys = keysOf(runWorld(config));
    expect({ en: missingIn(en, keys), fr: missingIn(fr, keys) }).toEqual({ en: [], fr: [] });
  });
});

/** Every verdict key the spf/, dkim/ and dmarc/ engines can produce. */
const AUTH_KEYS = [
  ...['none', 'neutral', 'pass', 'fail', 'softfail', 'temperror', 'permerror'].map(
    (result) => `spf.result.${result}`,
  ),
  ...['none', 'pass', 'fail', 'neutral', 'temperror', 'permerror'].map(
    (result) => `dkim.result.${result}`,
  ),
  ...['none', 'pass', 'temperror', 'fail.none', 'fail.quarantine', 'fail.reject'].map(
    (result) => `dmarc.result.${result}`,
  ),
];

describe('world and mail-auth explanations (fr + en)', () => {
  it('explain every SPF, DKIM and DMARC verdict in both languages', () => {
    expect({ en: missingIn(mailAuthEn, AUTH_KEYS), fr: missingIn(mailAuthFr, AUTH_KEYS) }).toEqual({
      en: [],
      fr: [],
    });
    expect(Object.keys(mailAuthEn).filter((key) => !AUTH_KEYS.includes(key))).toEqual([]);
  });

  it('have the same keys in French and in English', () => {
    expect({
      missingInFr: missingIn(worldFr, Object.keys(worldEn)),
      missingInEn: missingIn(worldEn, Object.keys(worldFr)),
    }).toEqual({ missingInFr: [], missingInEn: [] });
  });

  it('fill every required field', () => {
    for (const catalogue of [worldEn, worldFr, mailAuthEn, mailAuthFr]) {
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
    for (const [key, entry] of Object.entries({ ...worldFr, ...mailAuthFr })) {
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

import { describe, expect, it } from 'vitest';
import { lmtpEn } from '../../../src/content/explanations/lmtp.en';
import { lmtpFr } from '../../../src/content/explanations/lmtp.fr';
import { smtpEn } from '../../../src/content/explanations/smtp.en';
import { smtpFr } from '../../../src/content/explanations/smtp.fr';
import type { ExplanationCatalogue } from '../../../src/content/explanations/types';
import { KNOWN_VERBS } from '../../../src/protocols/smtp/command-parser';
import { REPLY_NAMES, replyKey } from '../../../src/protocols/smtp/replies';

/** Every key the SMTP/LMTP server can put in an output. */
const commandKeys = [
  ...KNOWN_VERBS.map((verb) => (verb === 'LHLO' ? 'lmtp.command.LHLO' : `smtp.command.${verb}`)),
  'smtp.command.unknown',
  'smtp.command.forbidden',
  'smtp.command.empty',
  'smtp.command.authResponse',
];
const engineKeys = [...commandKeys, ...REPLY_NAMES.map(replyKey)];
const catalogues: Record<string, { en: ExplanationCatalogue; fr: ExplanationCatalogue }> = {
  smtp: { en: smtpEn, fr: smtpFr },
  lmtp: { en: lmtpEn, fr: lmtpFr },
};

describe('SMTP and LMTP explanations', () => {
  it('explain every command and reply key the engine emits, in both languages', () => {
    const missing = engineKeys.flatMap((key) => {
      const catalogue = catalogues[key.split('.')[0] ?? ''];
      return (['en', 'fr'] as const)
        .filter((language) => catalogue?.[language][key] === undefined)
        .map((language) => `${language}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('hold no key the engine never emits', () => {
    const known = new Set(engineKeys);
    const unused = [smtpEn, smtpFr, lmtpEn, lmtpFr]
      .flatMap((catalogue) => Object.keys(catalogue))
      .filter((key) => !known.has(key));
    expect(unused).toEqual([]);
  });

  it('keep the same keys in English and French', () => {
    expect(Object.keys(smtpFr).sort()).toEqual(Object.keys(smtpEn).sort());
    expect(Object.keys(lmtpFr).sort()).toEqual(Object.keys(lmtpEn).sort());
  });

  it('use French typography: a no-break space before : ; ! ? and inside « »', () => {
    const faults = [smtpFr, lmtpFr].flatMap((catalogue) =>
      Object.entries(catalogue).flatMap(([key, explanation]) =>
        Object.values(explanation)
          .filter((text): text is string => typeof text === 'string')
          .filter((text) => / [:;!?]|« | »/.test(text))
          .map((text) => `${key}: ${text}`),
      ),
    );
    expect(faults).toEqual([]);
  });
});

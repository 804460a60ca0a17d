import { describe, expect, it } from 'vitest';
import { smtpClientEn } from '../../../src/content/explanations/smtp-client.en';
import { smtpClientFr } from '../../../src/content/explanations/smtp-client.fr';
import { lmtpEn } from '../../../src/content/explanations/lmtp.en';
import { lmtpFr } from '../../../src/content/explanations/lmtp.fr';
import { smtpEn } from '../../../src/content/explanations/smtp.en';
import { smtpFr } from '../../../src/content/explanations/smtp.fr';
import {
  AUTH_RESPONSE_KEY,
  CLIENT_VERBS,
  commandKey,
  FAILURE_KEYS,
  RESULT_KEYS,
  stateKey,
} from '../../../src/protocols/smtp/client/client-keys';
import { clientMachine } from '../../../src/protocols/smtp/client/client.machine';
import { missingKeys } from '../../i18n-keys';

/** Every key the SMTP client can hand to a view: its states, its failures, its outcomes. */
const producedKeys = [
  ...Object.keys(clientMachine.states).map(stateKey),
  ...Object.values(FAILURE_KEYS),
  ...Object.values(RESULT_KEYS),
].sort();

describe('SMTP client explanations', () => {
  it('has every key in both French and English', () => {
    expect(missingKeys(smtpClientFr, smtpClientEn)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it('explains every state, failure and outcome the client can produce', () => {
    const missing = (catalogue: object) =>
      producedKeys.filter((key) => !Object.hasOwn(catalogue, key));
    expect({ en: missing(smtpClientEn), fr: missing(smtpClientFr) }).toEqual({ en: [], fr: [] });
  });

  it('has no entry the client never produces', () => {
    expect(Object.keys(smtpClientEn).sort()).toEqual(producedKeys);
  });

  it('fills title, meaning, when and action in both languages', () => {
    const empty = [smtpClientEn, smtpClientFr].flatMap((catalogue) =>
      Object.entries(catalogue).flatMap(([key, entry]) =>
        [entry.title, entry.meaning, entry.when, entry.action].some((text) => text.trim() === '')
          ? [key]
          : [],
      ),
    );
    expect(empty).toEqual([]);
  });

  it('writes French with a no-break space before : ; ! ? and inside « »', () => {
    const texts = Object.entries(smtpClientFr).flatMap(([key, entry]) =>
      Object.values(entry).map((text) => ({ key, text: String(text) })),
    );
    const bad = texts.filter(({ text }) => / [:;!?]|« | »/.test(text)).map(({ key }) => key);
    expect(bad).toEqual([]);
  });

  it('sends only commands the SMTP and LMTP catalogues explain', () => {
    const keys = [...CLIENT_VERBS.map(commandKey), AUTH_RESPONSE_KEY];
    const missing = (...catalogues: object[]) =>
      keys.filter((key) => !catalogues.some((catalogue) => Object.hasOwn(catalogue, key)));
    expect({ en: missing(smtpEn, lmtpEn), fr: missing(smtpFr, lmtpFr) }).toEqual({
      en: [],
      fr: [],
    });
  });
});

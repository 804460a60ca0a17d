import { describe, expect, it } from 'vitest';
import { imapEn } from '../../../src/content/explanations/imap.en';
import { imapFr } from '../../../src/content/explanations/imap.fr';
import { COMMAND_NAMES } from '../../../src/protocols/imap/command-parser';
import { CONTINUATION_KINDS, DATA_KINDS, R } from '../../../src/protocols/imap/responses';

/** Every key the IMAP engine can put in a command, a response or a response code. */
const ENGINE_KEYS = [
  ...new Set([
    ...COMMAND_NAMES.map((name) => `imap.command.${name}`),
    'imap.command.UID',
    'imap.command.DONE',
    'imap.command.saslResponse',
    'imap.command.unknown',
    ...Object.values(R).map((response) => response.key),
    ...Object.values(R).flatMap((response) =>
      'code' in response ? [`imap.code.${response.code}`] : [],
    ),
    ...DATA_KINDS.map((kind) => `imap.data.${kind}`),
    ...CONTINUATION_KINDS.map((kind) => `imap.reply.${kind}`),
  ]),
].sort();

/** Tagged OK replies the imap process sends after login, which Dovecot suffixes with timing. */
const TIMED = Object.values(R)
  .filter((response) => response.status === 'OK' && response.text.endsWith('completed.'))
  .filter((response) => !['imap.reply.capabilityPreLogin'].includes(response.key))
  .map((response) => response.key);

describe('IMAP explanations', () => {
  it.each([
    ['en', imapEn],
    ['fr', imapFr],
  ])('lists no engine key missing in %s, and no key the engine never produces', (_, catalogue) => {
    const keys = Object.keys(catalogue);
    expect({
      missing: ENGINE_KEYS.filter((key) => !keys.includes(key)),
      unused: keys.filter((key) => !ENGINE_KEYS.includes(key)),
    }).toEqual({ missing: [], unused: [] });
  });

  it('has no empty field in either language', () => {
    const empty = [imapEn, imapFr].flatMap((catalogue) =>
      Object.entries(catalogue).flatMap(([key, entry]) =>
        Object.entries(entry)
          .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
          .map(([field]) => `${key}.${field}`),
      ),
    );
    expect(empty).toEqual([]);
  });

  it('gives the same RFC and a difference for the same keys in both languages', () => {
    for (const key of Object.keys(imapEn)) {
      expect({ key, rfc: imapFr[key]?.rfc }).toEqual({ key, rfc: imapEn[key]?.rfc });
      expect({ key, difference: imapFr[key]?.difference !== undefined }).toEqual({
        key,
        difference: imapEn[key]?.difference !== undefined,
      });
    }
  });

  it('says that tagged OK replies after login lose Dovecot timing suffix', () => {
    const silent = TIMED.filter(
      (key) =>
        !imapEn[key]?.difference?.includes('secs') || !imapFr[key]?.difference?.includes('secs'),
    );
    expect(silent).toEqual([]);
  });

  it('writes French with a no-break space before : ; ! ? and inside « »', () => {
    const texts = Object.entries(imapFr).flatMap(([key, entry]) =>
      Object.values(entry).map((text) => ({ key, text })),
    );
    const bad = texts.filter(({ text }) => / [:;!?]|« | »|«[^\u00a0]|[^\u00a0]»/.test(text));
    expect(bad).toEqual([]);
  });
});

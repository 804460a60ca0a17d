import { describe, expect, it } from 'vitest';
import { pop3En } from '../../../src/content/explanations/pop3.en';
import { pop3Fr } from '../../../src/content/explanations/pop3.fr';
import { POP3_VERBS } from '../../../src/protocols/pop3/command-parser';
import { POP3_REPLY_KEYS } from '../../../src/protocols/pop3/replies';

/** Every key the POP3 engine can put in a command or reply output. */
const ENGINE_KEYS = [
  ...POP3_VERBS.map((verb) => `pop3.command.${verb}`),
  'pop3.command.unknown',
  'pop3.command.saslResponse',
  ...POP3_REPLY_KEYS,
].sort();

describe('POP3 explanations', () => {
  it.each([
    ['en', pop3En],
    ['fr', pop3Fr],
  ])('lists no engine key missing in %s, and no key the engine never produces', (_, catalogue) => {
    const keys = Object.keys(catalogue);
    expect({
      missing: ENGINE_KEYS.filter((key) => !keys.includes(key)),
      unused: keys.filter((key) => !ENGINE_KEYS.includes(key)),
    }).toEqual({ missing: [], unused: [] });
  });

  it('has no empty field in either language', () => {
    const empty = [pop3En, pop3Fr].flatMap((catalogue) =>
      Object.entries(catalogue).flatMap(([key, entry]) =>
        Object.entries(entry)
          .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
          .map(([field]) => `${key}.${field}`),
      ),
    );
    expect(empty).toEqual([]);
  });

  it('gives the same RFC and says "difference" in both languages for the same keys', () => {
    for (const key of Object.keys(pop3En)) {
      expect({ key, rfc: pop3Fr[key]?.rfc }).toEqual({ key, rfc: pop3En[key]?.rfc });
      expect({ key, difference: pop3Fr[key]?.difference !== undefined }).toEqual({
        key,
        difference: pop3En[key]?.difference !== undefined,
      });
    }
  });

  it('writes French with a no-break space before : ; ! ? and inside « »', () => {
    const texts = Object.entries(pop3Fr).flatMap(([key, entry]) =>
      Object.values(entry).map((text) => ({ key, text })),
    );
    const bad = texts.filter(({ text }) => / [:;!?]|« | »|«[^\u00a0]|[^\u00a0]»/.test(text));
    expect(bad).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/locales/en';
import { fr } from '../../src/content/locales/fr';
import { leafKeys, missingKeys } from '../i18n-keys';

describe('interface strings', () => {
  it('has every key in both French and English', () => {
    expect(missingKeys(fr, en)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it('has no empty text in either language', () => {
    for (const messages of [fr, en]) {
      const empty = leafKeys(messages).filter((key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as never)[part], messages);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of leafKeys(en)) {
      const get = (messages: unknown) =>
        key.split('.').reduce<unknown>((node, part) => (node as never)[part], messages) as string;
      expect({ key, vars: variables(get(fr)) }).toEqual({ key, vars: variables(get(en)) });
    }
  });

  it('writes French with a no-break space before : ; ! ?', () => {
    const badSpacing = leafKeys(fr).filter((key) => {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as never)[part], fr) as string;
      return / [:;!?]/.test(text);
    });
    expect(badSpacing).toEqual([]);
  });
});

describe('the key checker itself', () => {
  it('names a key missing on either side', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' })).toEqual({
      onlyInFirst: ['a.c'],
      onlyInSecond: ['d'],
    });
  });
});

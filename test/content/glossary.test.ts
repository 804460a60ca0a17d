import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/content/glossary';
import { frenchTypographyFaults } from './lessons/lesson-texts';

describe('the glossary', () => {
  it('has every term and note in French and English, non-empty', () => {
    const missing = GLOSSARY.flatMap((entry) =>
      (['fr', 'en'] as const).flatMap((lang) =>
        [entry.term[lang], entry.note[lang]].some((text) => text.trim() === '')
          ? [`${entry.id}: ${lang}`]
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });

  it('writes French with French typography', () => {
    const faults = GLOSSARY.flatMap((entry) =>
      [entry.term.fr, entry.note.fr].flatMap((text) =>
        frenchTypographyFaults(text).map((fault) => `${entry.id}: ${fault}`),
      ),
    );
    expect(faults).toEqual([]);
  });

  it('has one entry per id, and the curriculum’s terms', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    // CURRICULUM.md's glossary table: the French side uses these exact words.
    for (const term of ['client de messagerie (MUA)', 'relais ouvert', 'liste de blocage (DNSBL)'])
      expect(GLOSSARY.some((entry) => entry.term.fr === term)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  defaultPreferences,
  effectiveLanguage,
  sanitizePreferences,
} from '../../src/state/preferences';
import { safeStorage } from '../../src/state/safe-storage';

describe('saved preferences', () => {
  it('keeps valid fields', () => {
    expect(sanitizePreferences({ language: 'en', motion: 'reduce', projector: true })).toEqual({
      language: 'en',
      motion: 'reduce',
      projector: true,
    });
  });

  it('falls back to defaults for anything unreadable, field by field', () => {
    expect(sanitizePreferences(null)).toEqual(defaultPreferences);
    expect(sanitizePreferences('{not json')).toEqual(defaultPreferences);
    expect(sanitizePreferences({ language: 'klingon', motion: 7, projector: 'yes' })).toEqual(
      defaultPreferences,
    );
    expect(sanitizePreferences({ language: 'fr', motion: 'sideways' })).toEqual({
      ...defaultPreferences,
      language: 'fr',
    });
  });

  it('uses the saved language before the browser one', () => {
    expect(effectiveLanguage('en', ['fr-FR'])).toBe('en');
    expect(effectiveLanguage(null, ['fr-FR'])).toBe('fr');
  });
});

describe('safeStorage', () => {
  const throwing = {
    getItem() {
      throw new Error('denied');
    },
    setItem() {
      throw new Error('quota');
    },
    removeItem() {
      throw new Error('denied');
    },
  } as unknown as Storage;

  it('reads a storage that throws as empty, and never throws on write', () => {
    const storage = safeStorage(() => throwing);
    expect(storage.getItem('x')).toBeNull();
    expect(() => storage.setItem('x', '1')).not.toThrow();
    expect(() => storage.removeItem('x')).not.toThrow();
  });

  it('reads a missing storage as empty', () => {
    expect(safeStorage(() => undefined).getItem('x')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { detectLanguage, isLanguage } from '../../src/state/language';

describe('detectLanguage', () => {
  it('picks French for a French browser, whatever the region', () => {
    expect(detectLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(detectLanguage(['fr-CA'])).toBe('fr');
    expect(detectLanguage(['FR'])).toBe('fr');
  });

  it('picks English otherwise, and follows the first of the two that the browser lists', () => {
    expect(detectLanguage(['en-US', 'fr-FR'])).toBe('en');
    expect(detectLanguage(['de-DE', 'fr-FR'])).toBe('fr');
    expect(detectLanguage(['de-DE'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('knows only fr and en', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(42)).toBe(false);
  });
});

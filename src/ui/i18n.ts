import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { en } from '../content/locales/en';
import { fr } from '../content/locales/fr';
import { isLanguage, type Language } from '../state/language';

/** Starts i18next with both languages bundled: the interface strings are a few KB. */
export function initI18n(language: Language): typeof i18next {
  fixedT.clear();
  void i18next.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the interface language and keeps `<html lang>` in step (screen readers use it). */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

/** The interface language (English until i18next has started). */
function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** One translation function per language, made once: a view keeps it while the language stays. */
const fixedT = new Map<Language, TFunction>();

/** Sentences a language's translation function keeps, at most. */
const MAX_REMEMBERED = 5000;

/**
 * A language's translation function that remembers what it has said: the strings are bundled
 * and never change while the page lives, and a step says the same few sentences again (the
 * map's caption, the transcript's tags), each costing i18next a lookup and an interpolation.
 */
function rememberingT(language: Language): TFunction {
  const t = i18next.getFixedT(language);
  const said = new Map<string, unknown>();
  const remembering = (key: string | string[], options?: Record<string, unknown>) => {
    const id =
      options === undefined ? String(key) : `${String(key)}\u0000${JSON.stringify(options)}`;
    if (said.has(id)) return said.get(id);
    const text: unknown = t(key, options);
    // A long sandbox session says ever new sentences (addresses, numbers): the memory stays small.
    if (said.size >= MAX_REMEMBERED) said.clear();
    said.set(id, text);
    return text;
  };
  // The same call signature as i18next's own: TFunction's overloads cannot be written as one
  // function, so the wrapper is declared to be what it wraps.
  return remembering as unknown as TFunction;
}

/**
 * The translation function of the interface language, and the view drawn again when the
 * language changes. Views render at every step: unlike react-i18next's `useTranslation`, which
 * built its wrapper anew at each render, this hook costs a subscription and a lookup.
 */
export function useT(): TFunction {
  const language = useLanguage();
  let t = fixedT.get(language);
  if (t === undefined) {
    t = rememberingT(language);
    fixedT.set(language, t);
  }
  return t;
}

/** The interface language, for views that pick between a text's French and English. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage);
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../content/locales/en';
import { fr } from '../content/locales/fr';
import type { Language } from '../state/language';

/** Starts i18next with both languages bundled: the interface strings are a few KB. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
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

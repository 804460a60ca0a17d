import i18next from 'i18next';
import { useSyncExternalStore } from 'react';

function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

/**
 * The sandbox's translate function, read from i18next itself, redrawn when the language
 * changes. Not `useTranslation`: a lazy page that imports react-i18next, as the lessons page
 * also does, makes the bundler move the modules they share with the first screen into a chunk
 * of their own, and the first screen's script grows by 4 KiB (initial_js_gzip_kb).
 */
export function useText() {
  const language = useSyncExternalStore(onLanguageChange, () => i18next.language);
  return i18next.getFixedT(language);
}

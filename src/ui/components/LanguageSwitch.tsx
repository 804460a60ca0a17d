import { useT } from '../i18n';
import { LANGUAGES, type Language } from '../../state/language';

interface Props {
  current: Language;
  onChange(language: Language): void;
}

/** Two real buttons, one per language; the pressed one is the language in force. */
export function LanguageSwitch({ current, onChange }: Props) {
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => onChange(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}

import { useT } from '../i18n';
import { GLOSSARY } from '../../content/glossary';
import type { Language } from '../../state/language';
import { routeSearch } from '../../state/lesson-route';
import { RichText } from './RichText';

/** CURRICULUM.md's glossary: each term in the language in force, with the other beside it. */
export function GlossaryPage({ language }: { language: Language }) {
  const t = useT();
  const other: Language = language === 'fr' ? 'en' : 'fr';
  return (
    <div className="glossary-page">
      <p>
        <a href={routeSearch({ page: 'lessons' })}>← {t('lessons.backToList')}</a>
      </p>
      <h2>{t('glossary.title')}</h2>
      <p>{t('glossary.intro')}</p>
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary-entry">
            <dt>
              {entry.term[language]}{' '}
              <span className="glossary-other" lang={other}>
                <span className="visually-hidden">{t('glossary.inOtherLanguage')} </span>(
                {entry.term[other]})
              </span>
            </dt>
            <dd>
              <RichText text={entry.note[language]} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

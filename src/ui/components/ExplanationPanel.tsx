import { memo, useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { Explanation } from '../../content/explanations/types';
import type { Language } from '../../state/language';
import type { Step } from '../../world/timeline/step';
import type { HostView } from '../../state/world-view';
import { eventWords } from '../event-text';
import { findExplanation } from '../explanations';

type Loaded =
  | { status: 'loading'; for: string }
  | { status: 'found'; for: string; key: string; explanation: Explanation }
  | { status: 'missing'; for: string };

/** The explanation of the selected step, in the current language, loaded on demand. */
export const ExplanationPanel = memo(function ExplanationPanel({
  step,
  language,
  hosts,
  onClose,
}: {
  step: Step | null;
  language: Language;
  hosts: readonly HostView[];
  onClose(): void;
}) {
  const t = useT();
  const request = step === null ? '' : `${language}:${step.seq}:${step.explain.join(',')}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (step === null) return;
    let live = true;
    void findExplanation(step.explain, language).then((found) => {
      if (!live) return;
      setLoaded(
        found === null
          ? { status: 'missing', for: request }
          : { status: 'found', for: request, ...found },
      );
    });
    return () => {
      live = false;
    };
  }, [step, language, request]);

  if (step === null) return <p className="panel-empty">{t('explanation.choose')}</p>;
  const words = eventWords(t, step, hosts);
  const current =
    loaded !== null && loaded.for === request ? loaded : { status: 'loading' as const };
  return (
    <div className="explanation" lang={language}>
      {words === null ? (
        <p className="explanation-line" lang="en">
          <code>{step.text.split('\n')[0]}</code>
        </p>
      ) : (
        <p className="explanation-line">{words.sentence}</p>
      )}
      {current.status === 'loading' && <p>{t('explanation.loading')}</p>}
      {current.status === 'missing' && (
        <p>{t('explanation.missing', { key: step.explain[0] ?? step.kind })}</p>
      )}
      {current.status === 'found' && (
        <>
          <h4>{current.explanation.title}</h4>
          <dl>
            <dt>{t('explanation.meaning')}</dt>
            <dd>{current.explanation.meaning}</dd>
            <dt>{t('explanation.when')}</dt>
            <dd>{current.explanation.when}</dd>
            <dt>{t('explanation.action')}</dt>
            <dd>{current.explanation.action}</dd>
            {current.explanation.rfc !== undefined && (
              <>
                <dt>{t('explanation.rfc')}</dt>
                <dd>{current.explanation.rfc}</dd>
              </>
            )}
            {current.explanation.difference !== undefined && (
              <>
                <dt>{t('explanation.difference')}</dt>
                <dd>{current.explanation.difference}</dd>
              </>
            )}
          </dl>
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('explanation.close')}
      </button>
    </div>
  );
});

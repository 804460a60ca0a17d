import { useT } from '../i18n';
import type { Scenario } from '../../content/scenarios/types';
import type { Language } from '../../state/language';
import { SCENARIO_COSTS, useProgress } from '../../state/progress';

/** Hints on demand, each more precise than the last; each one shown costs points. */
export function HintsCard({ scenario, language }: { scenario: Scenario; language: Language }) {
  const t = useT();
  const shown = useProgress((s) => s.scenarios[scenario.id]?.hints ?? 0);
  const hints = scenario.hints.slice(0, shown);
  return (
    <section className="scenario-hints" aria-labelledby="hints-title">
      <h3 id="hints-title">{t('troubleshoot.hints')}</h3>
      {hints.length > 0 && (
        <ol className="hint-list" aria-live="polite">
          {hints.map((hint, index) => (
            <li key={index}>
              <span className="visually-hidden">
                {t('troubleshoot.hintOf', { index: index + 1, count: scenario.hints.length })}
              </span>
              {hint[language]}
            </li>
          ))}
        </ol>
      )}
      {shown < scenario.hints.length ? (
        <button type="button" onClick={() => useProgress.getState().revealHint(scenario.id)}>
          {t('troubleshoot.hintButton', { cost: SCENARIO_COSTS.hint })}
        </button>
      ) : (
        <p className="lesson-hint">{t('troubleshoot.hintsAll')}</p>
      )}
    </section>
  );
}

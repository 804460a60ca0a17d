import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import type { DiagnosisChoice, Scenario } from '../../content/scenarios/types';
import type { Language } from '../../state/language';
import { SCENARIO_COSTS, useProgress } from '../../state/progress';

/** A stable order that does not always put the right answer first (FNV-1a of the ids). */
function shuffled(scenario: Scenario): DiagnosisChoice[] {
  const weight = (choice: DiagnosisChoice) => {
    let hash = 0x811c9dc5;
    for (const char of `${scenario.id}/${choice.id}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
  };
  return [...scenario.diagnosis].sort((a, b) => weight(a) - weight(b));
}

/** The diagnosis to choose: a wrong one is explained and costs points; the right one opens the repair. */
export function DiagnosisCard({ scenario, language }: { scenario: Scenario; language: Language }) {
  const t = useT();
  const id = useId();
  const record = useProgress((s) => s.scenarios[scenario.id]);
  const choices = useMemo(() => shuffled(scenario), [scenario]);
  const [picked, setPicked] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [lastWrong, setLastWrong] = useState<DiagnosisChoice | null>(null);
  const wrong = record?.wrong ?? [];
  const diagnosed = record?.diagnosed === true;
  const right = scenario.diagnosis.find((choice) => choice.correct);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const choice = scenario.diagnosis.find((candidate) => candidate.id === picked);
    setMissing(choice === undefined);
    setLastWrong(choice === undefined || choice.correct ? null : choice);
    if (choice !== undefined)
      useProgress.getState().diagnose(scenario.id, choice.id, choice.correct);
  };

  return (
    <form
      className="checkpoint scenario-diagnosis"
      onSubmit={check}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('troubleshoot.diagnosis')}</h3>
      <fieldset disabled={diagnosed}>
        <legend className="checkpoint-prompt">{t('troubleshoot.diagnosisAsk')}</legend>
        {choices.map((choice) => {
          const isWrong = wrong.includes(choice.id);
          const isRight = diagnosed && choice.correct;
          return (
            <div key={choice.id} className="diagnosis-choice">
              <label className={isWrong ? 'choice-wrong' : isRight ? 'choice-right' : undefined}>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={choice.id}
                  checked={isRight || picked === choice.id}
                  onChange={() => setPicked(choice.id)}
                />{' '}
                {choice.text[language]}
              </label>
              {isWrong && (
                <p className="feedback-why">
                  <strong>
                    {t('troubleshoot.diagnosisWrong', { cost: SCENARIO_COSTS.wrongDiagnosis })}
                  </strong>{' '}
                  {choice.explanation[language]}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      {!diagnosed && (
        <button type="submit" className="primary">
          {t('troubleshoot.diagnosisCheck')}
        </button>
      )}
      <div aria-live="polite">
        {missing && <p className="field-error">{t('troubleshoot.diagnosisPick')}</p>}
        {/* Shown under the choice already: said once more for a screen reader. */}
        {lastWrong !== null && !diagnosed && (
          <p className="visually-hidden">
            {t('troubleshoot.diagnosisWrong', { cost: SCENARIO_COSTS.wrongDiagnosis })}{' '}
            {lastWrong.explanation[language]}
          </p>
        )}
        {diagnosed && right !== undefined && (
          <div className="checkpoint-feedback feedback-right">
            <p className="feedback-verdict">{t('troubleshoot.diagnosisRight')}</p>
            <p>{right.explanation[language]}</p>
            <p>
              <a href="#repair">{t('troubleshoot.repair')} ↓</a>
            </p>
          </div>
        )}
      </div>
    </form>
  );
}

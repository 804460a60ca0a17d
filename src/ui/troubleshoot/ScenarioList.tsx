import { useT } from '../i18n';
import { SCENARIO_GROUPS, SCENARIOS } from '../../content/scenarios/catalogue';
import type { Language } from '../../state/language';
import { LESSONS } from '../../content/lessons/catalogue';
import { routeSearch } from '../../state/lesson-route';
import { useProgress, type ScenarioRecord } from '../../state/progress';
import { ProgressTools } from '../lessons/ProgressTools';

type Status = 'solved' | 'started' | 'new';

function statusOf(record: ScenarioRecord | undefined): Status {
  if (record === undefined) return 'new';
  if (record.solved) return 'solved';
  const touched = record.hints > 0 || record.wrong.length > 0 || record.diagnosed;
  return touched || record.failedRuns > 0 ? 'started' : 'new';
}

const MARKS: Record<Status, string> = { solved: '✓', started: '◐', new: '○' };

/** Every broken scenario, grouped along the message's path, with where the student stands. */
export function ScenarioList({ language }: { language: Language }) {
  const t = useT();
  const scenarios = useProgress((s) => s.scenarios);
  const solved = SCENARIOS.filter((scenario) => scenarios[scenario.id]?.solved === true).length;
  return (
    <div className="lesson-list-page scenario-list-page">
      <h2>{t('troubleshoot.listTitle')}</h2>
      <p>{t('troubleshoot.listIntro')}</p>
      <p className="scenario-summary" role="status">
        {t('troubleshoot.summary', { solved, count: SCENARIOS.length })}{' '}
        <a href={routeSearch({ page: 'break' })}>{t('troubleshoot.breakLink')}</a>
      </p>
      {SCENARIO_GROUPS.map((group) => (
        <section key={group} className="scenario-group" aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>{t(`troubleshoot.groups.${group}`)}</h3>
          <ol className="lesson-list">
            {SCENARIOS.filter((scenario) => scenario.group === group).map((scenario) => {
              const record = scenarios[scenario.id];
              const status = statusOf(record);
              const statusText =
                status === 'solved'
                  ? t('troubleshoot.statusSolved', { best: record?.best ?? 0 })
                  : t(
                      status === 'started'
                        ? 'troubleshoot.statusStarted'
                        : 'troubleshoot.statusNew',
                    );
              return (
                <li
                  key={scenario.id}
                  className={`lesson-card scenario-card status-${status === 'solved' ? 'done' : status}`}
                >
                  <p className="lesson-number">
                    <span className="difficulty" aria-hidden="true">
                      {'●'.repeat(scenario.difficulty)}
                      {'○'.repeat(3 - scenario.difficulty)}
                    </span>{' '}
                    {t('troubleshoot.difficulty', { level: scenario.difficulty })}
                  </p>
                  <h4>
                    <a
                      href={routeSearch({ page: 'scenario', scenario: scenario.id })}
                      aria-describedby={`scenario-status-${scenario.id}`}
                    >
                      {scenario.title[language]}
                    </a>
                  </h4>
                  <p className="lesson-objective">{scenario.symptom[language]}</p>
                  <p id={`scenario-status-${scenario.id}`} className="lesson-status">
                    <span className="status-mark" aria-hidden="true">
                      {MARKS[status]}
                    </span>{' '}
                    {statusText}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <ProgressTools lessonCount={LESSONS.length} />
    </div>
  );
}

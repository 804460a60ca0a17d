import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { m } from 'framer-motion';
import { useT } from '../i18n';
import type { Scenario } from '../../content/scenarios/types';
import type { Language } from '../../state/language';
import { routeSearch } from '../../state/lesson-route';
import { usePlayback } from '../../state/playback';
import { scenarioScore, useProgress } from '../../state/progress';
import type { RepairOutcome, WorldRunReport } from '../../state/scenario-run';
import { worldView } from '../../state/world-view';
import type { WorldPatch } from '../../world/config/patch';
import { matchAll } from '../../world/timeline/query';
import { SimulatorView } from '../components/SimulatorView';
import { DiagnosisCard } from './DiagnosisCard';
import { loadEngine, messageOf, type Engine } from './engine';
import { HintsCard } from './HintsCard';
import { RepairResult } from './RepairResult';
import { SymptomScreens } from './SymptomScreens';
import { TechnicianTools } from './TechnicianTools';
import { LazyWorldEditor } from './world-editor';

interface Props {
  scenario: Scenario;
  next: Scenario | null;
  language: Language;
  reducedMotion: boolean;
}

type Broken =
  | { status: 'loading' }
  | { status: 'loaded'; engine: Engine; run: WorldRunReport }
  | { status: 'failed'; message: string; engine: boolean };

type Repair =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'unchanged' }
  | { status: 'failed'; message: string }
  | { status: 'done'; outcome: RepairOutcome; score: number; run: number };

/** Shows a run in the simulator views from its first step. */
function play(run: WorldRunReport, cursor = 0) {
  usePlayback.getState().load(run.timeline.length, cursor);
}

/**
 * One broken scenario: the symptom and the user's screen, the evidence (the broken run in every
 * view, and the technician's tools), hints, the diagnosis, then the repair in the world editor
 * and a re-run checked against the goal and the invariants.
 */
export function ScenarioPage({ scenario, next, language, reducedMotion }: Props) {
  const t = useT();
  const [broken, setBroken] = useState<Broken>({ status: 'loading' });
  const [repair, setRepair] = useState<Repair>({ status: 'idle' });
  const [shown, setShown] = useState<'broken' | 'repaired'>('broken');
  const record = useProgress((s) => s.scenarios[scenario.id]);
  const runs = useRef(0);
  // A re-run's result is read first: it takes the focus, above the editor's long form.
  const showResult = useCallback((box: HTMLDivElement | null) => {
    box?.focus({ preventScroll: true });
    // The views above re-render with the new run and change height once painted: scroll after.
    window.setTimeout(() => box?.scrollIntoView?.({ block: 'start' }), 150);
  }, []);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => {
        if (!live) return;
        try {
          const run = engine.runBroken(scenario);
          play(run);
          setBroken({ status: 'loaded', engine, run });
        } catch (error) {
          setBroken({ status: 'failed', message: messageOf(error), engine: false });
        }
      },
      (error: unknown) => {
        if (live) setBroken({ status: 'failed', message: messageOf(error), engine: true });
      },
    );
    return () => {
      live = false;
    };
  }, [scenario]);

  const view = useMemo(
    () => (broken.status === 'loaded' ? worldView(broken.run.world) : null),
    [broken],
  );

  const rerun = (patch: WorldPatch) => {
    if (broken.status !== 'loaded') return;
    if (patch.length === 0) {
      setRepair({ status: 'unchanged' });
      return;
    }
    setRepair({ status: 'running' });
    // Let "running" paint before the engines take the main thread for a moment.
    window.setTimeout(() => {
      try {
        const outcome = broken.engine.runRepair(scenario, patch);
        const attempt = useProgress.getState().scenarios[scenario.id];
        const score = scenarioScore(attempt ?? { hints: 0, wrong: [], failedRuns: 0 });
        useProgress.getState().recordRun(scenario.id, outcome.solved);
        play(outcome.run);
        setShown('repaired');
        runs.current += 1;
        setRepair({ status: 'done', outcome, score, run: runs.current });
      } catch (error) {
        setRepair({ status: 'failed', message: messageOf(error) });
      }
    }, 0);
  };

  const showBroken = (seq?: number) => {
    if (broken.status !== 'loaded') return;
    setShown('broken');
    play(broken.run, seq);
    document.getElementById('evidence-title')?.scrollIntoView?.({ block: 'start' });
  };

  const header = (
    <>
      <nav className="lesson-links" aria-label={t('troubleshoot.nav')}>
        <a href={routeSearch({ page: 'scenarios' })}>← {t('troubleshoot.backToList')}</a>
      </nav>
      <p className="lesson-number">
        {t(`troubleshoot.groups.${scenario.group}`)} ·{' '}
        {t('troubleshoot.difficulty', { level: scenario.difficulty })}
      </p>
      <h2 id="scenario-title">{scenario.title[language]}</h2>
    </>
  );

  if (broken.status !== 'loaded' || view === null) {
    return (
      <div className="scenario-page">
        <div className="lesson-panel scenario-panel">{header}</div>
        {broken.status === 'failed' ? (
          <div className="world-message" role="alert">
            <p>
              {t(broken.engine ? 'troubleshoot.engineFailed' : 'troubleshoot.runFailed', {
                message: broken.message,
              })}
            </p>
            <a href={routeSearch({ page: 'scenarios' })}>{t('troubleshoot.backToList')}</a>
          </div>
        ) : (
          <p className="world-loading">{t('troubleshoot.loading')}</p>
        )}
      </div>
    );
  }

  const { run } = broken;
  const current = shown === 'repaired' && repair.status === 'done' ? repair.outcome.run : run;
  const currentView = current === run ? view : worldView(current.world);
  const diagnosed = record?.diagnosed === true;
  const solvedNow = repair.status === 'done' && repair.outcome.solved;
  const potential = scenarioScore(record ?? { hints: 0, wrong: [], failedRuns: 0 });

  return (
    <div className="scenario-page">
      <div className="lesson-layout scenario-layout">
        <aside className="lesson-panel scenario-panel" aria-labelledby="scenario-title">
          {header}
          {record?.solved === true && record.best !== null && (
            <div className="scenario-solved-before">
              <p>{t('troubleshoot.solvedBefore', { best: record.best })}</p>
              <button
                type="button"
                onClick={() => {
                  useProgress.getState().retryScenario(scenario.id);
                  setRepair({ status: 'idle' });
                  showBroken();
                }}
              >
                {t('troubleshoot.retry')}
              </button>
            </div>
          )}
          <section className="scenario-symptom" aria-labelledby="symptom-title">
            <h3 id="symptom-title">{t('troubleshoot.symptom')}</h3>
            <blockquote>{scenario.symptom[language]}</blockquote>
          </section>
          <section className="scenario-user-screen" aria-labelledby="user-screen-title">
            <h3 id="user-screen-title">{t('troubleshoot.userScreen')}</h3>
            <SymptomScreens timeline={run.timeline} world={view} />
          </section>
          <HintsCard scenario={scenario} language={language} />
          <DiagnosisCard scenario={scenario} language={language} />
          {!solvedNow && (
            <p className="lesson-hint">{t('troubleshoot.potential', { score: potential })}</p>
          )}
        </aside>
        <section className="simulator" aria-labelledby="evidence-title">
          <div className="evidence-head">
            <h2 id="evidence-title">{t('troubleshoot.evidence')}</h2>
            {repair.status === 'done' && (
              <div className="run-switch" role="group" aria-label={t('troubleshoot.evidence')}>
                <button
                  type="button"
                  aria-pressed={shown === 'broken'}
                  onClick={() => showBroken()}
                >
                  {t('troubleshoot.runBroken')}
                </button>
                <button
                  type="button"
                  aria-pressed={shown === 'repaired'}
                  onClick={() => {
                    setShown('repaired');
                    play(repair.outcome.run);
                  }}
                >
                  {t('troubleshoot.runRepaired')}
                </button>
              </div>
            )}
          </div>
          <p className="run-label">
            {t(current === run ? 'troubleshoot.runBroken' : 'troubleshoot.runRepaired')}
          </p>
          <SimulatorView
            key={shown}
            world={{ timeline: current.timeline, view: currentView }}
            language={language}
            reducedMotion={reducedMotion}
          />
        </section>
      </div>
      <TechnicianTools key={shown} run={current} hosts={currentView.hosts} />
      <section id="repair" className="scenario-repair" aria-labelledby="repair-title" tabIndex={-1}>
        <h2 id="repair-title">{t('troubleshoot.repair')}</h2>
        {!diagnosed ? (
          <p className="lesson-hint">{t('troubleshoot.repairLocked')}</p>
        ) : (
          <>
            <p>{t('troubleshoot.repairIntro')}</p>
            <div aria-live="polite" className="repair-status">
              {repair.status === 'running' && <p>{t('troubleshoot.running')}</p>}
              {repair.status === 'unchanged' && (
                <p className="field-error">{t('troubleshoot.nothingChanged')}</p>
              )}
              {repair.status === 'failed' && (
                <p className="field-error" role="alert">
                  {t('troubleshoot.runFailed', { message: repair.message })}
                </p>
              )}
            </div>
            {repair.status === 'done' && (
              <m.div
                key={repair.run}
                ref={showResult}
                tabIndex={-1}
                className="repair-result-box"
                initial={{ opacity: 0, y: 8 }}
                animate={{ opacity: 1, y: 0 }}
                transition={{ duration: 0.3 }}
              >
                <RepairResult outcome={repair.outcome} score={repair.score} hosts={view.hosts} />
              </m.div>
            )}
            {solvedNow && (
              <section className="lesson-recap" aria-labelledby="showed-title">
                <h3 id="showed-title">{t('troubleshoot.whatShowed')}</h3>
                <ul>
                  {scenario.evidence.map((evidence, index) => {
                    const step = matchAll(run.timeline, evidence.query)[0];
                    return (
                      <li key={index}>
                        {evidence.note[language]}{' '}
                        {step !== undefined && (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => showBroken(step.seq)}
                          >
                            {t('troubleshoot.showStep')}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <p>
                  {next !== null && (
                    <a href={routeSearch({ page: 'scenario', scenario: next.id })}>
                      {t('troubleshoot.nextScenario')} →
                    </a>
                  )}{' '}
                  <a href={routeSearch({ page: 'scenarios' })}>{t('troubleshoot.backToList')}</a>
                </p>
              </section>
            )}
            <Suspense fallback={<p className="world-loading">{t('sim.loading')}</p>}>
              <LazyWorldEditor
                world={run.world}
                applyLabel={t('troubleshoot.rerun')}
                busy={repair.status === 'running'}
                onApply={(_edited, patch) => rerun(patch)}
              />
            </Suspense>
          </>
        )}
      </section>
    </div>
  );
}

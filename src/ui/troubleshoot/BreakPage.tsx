import { Suspense, useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n';
import type { Language } from '../../state/language';
import { routeSearch } from '../../state/lesson-route';
import { usePlayback } from '../../state/playback';
import type { WorldRunReport } from '../../state/scenario-run';
import { worldView } from '../../state/world-view';
import type { WorldConfig } from '../../world/config/schema';
import { SimulatorView } from '../components/SimulatorView';
import { loadEngine, messageOf, type Engine } from './engine';
import { TechnicianTools } from './TechnicianTools';
import { LazyWorldEditor } from './world-editor';

type Base =
  | { status: 'loading' }
  | { status: 'loaded'; engine: Engine; world: WorldConfig }
  | { status: 'failed'; message: string };

type Staged =
  | { status: 'none' }
  | { status: 'running' }
  | { status: 'failed'; message: string }
  | { status: 'done'; run: WorldRunReport };

/**
 * "Break it yourself": the world editor on the classroom world, for a teacher to stage a fault
 * in class; the run shows in every view and in the technician's tools, for the class to diagnose.
 */
export function BreakPage({
  language,
  reducedMotion,
}: {
  language: Language;
  reducedMotion: boolean;
}) {
  const t = useT();
  const [base, setBase] = useState<Base>({ status: 'loading' });
  const [staged, setStaged] = useState<Staged>({ status: 'none' });

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => {
        if (!live) return;
        try {
          setBase({ status: 'loaded', engine, world: engine.classroom() });
        } catch (error) {
          setBase({ status: 'failed', message: messageOf(error) });
        }
      },
      (error: unknown) => live && setBase({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const view = useMemo(
    () => (staged.status === 'done' ? worldView(staged.run.world) : null),
    [staged],
  );

  const stage = (patch: Parameters<Engine['runStaged']>[0]) => {
    if (base.status !== 'loaded') return;
    setStaged({ status: 'running' });
    window.setTimeout(() => {
      try {
        const run = base.engine.runStaged(patch);
        usePlayback.getState().load(run.timeline.length, 0);
        setStaged({ status: 'done', run });
      } catch (error) {
        setStaged({ status: 'failed', message: messageOf(error) });
      }
    }, 0);
  };

  return (
    <div className="scenario-page break-page">
      <nav className="lesson-links" aria-label={t('troubleshoot.nav')}>
        <a href={routeSearch({ page: 'scenarios' })}>← {t('troubleshoot.backToList')}</a>
      </nav>
      <h2>{t('troubleshoot.breakTitle')}</h2>
      <p>{t('troubleshoot.breakIntro')}</p>
      {base.status === 'failed' && (
        <div className="world-message" role="alert">
          <p>{t('troubleshoot.engineFailed', { message: base.message })}</p>
        </div>
      )}
      {base.status === 'loading' && <p className="world-loading">{t('sim.loading')}</p>}
      {base.status === 'loaded' && (
        <Suspense fallback={<p className="world-loading">{t('sim.loading')}</p>}>
          <LazyWorldEditor
            world={base.world}
            applyLabel={t('troubleshoot.breakApply')}
            busy={staged.status === 'running'}
            onApply={(_edited, patch) => stage(patch)}
          />
        </Suspense>
      )}
      <section className="simulator break-run" aria-labelledby="staged-title">
        <h2 id="staged-title">{t('troubleshoot.runStaged')}</h2>
        <div aria-live="polite">
          {staged.status === 'none' && <p className="lesson-hint">{t('troubleshoot.breakNone')}</p>}
          {staged.status === 'running' && <p>{t('troubleshoot.breakRunning')}</p>}
          {staged.status === 'failed' && (
            <p className="field-error" role="alert">
              {t('troubleshoot.runFailed', { message: staged.message })}
            </p>
          )}
        </div>
        {staged.status === 'done' && view !== null && (
          <>
            <SimulatorView
              world={{ timeline: staged.run.timeline, view }}
              language={language}
              reducedMotion={reducedMotion}
            />
            <TechnicianTools run={staged.run} hosts={view.hosts} />
          </>
        )}
      </section>
    </div>
  );
}

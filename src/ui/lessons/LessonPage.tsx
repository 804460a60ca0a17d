import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { m } from 'framer-motion';
import { useT } from '../i18n';
import type { Lesson } from '../../content/lessons/types';
import type { Language } from '../../state/language';
import { gateAt, holdPoint, narrativeIndexAt, narrativeSeqs } from '../../state/lesson-checkpoints';
import { usePlayback } from '../../state/playback';
import { score, useProgress } from '../../state/progress';
import { loadWorld, type LoadedWorld } from '../../state/world-timelines';
import { matchOne } from '../../world/timeline/query';
import { hostName } from '../host-names';
import { Simulator } from '../components/Simulator';
import { CheckpointCard } from './CheckpointCard';
import { ClaimList } from './ClaimList';
import { RichText } from './RichText';
import { routeSearch } from '../../state/lesson-route';

interface Props {
  lesson: Lesson;
  step: number | null;
  language: Language;
  reducedMotion: boolean;
  classMode: boolean;
  onClassMode(on: boolean): void;
}

type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; world: LoadedWorld }
  | { status: 'failed'; message: string };

/** A presenter remote sends PageUp and PageDown: they step like ← and →. */
function usePresenterKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      if (event.key === 'PageDown') usePlayback.getState().next();
      else if (event.key === 'PageUp') usePlayback.getState().previous();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The lesson page: the narrative and its checkpoints beside the simulator. */
export function LessonPage({
  lesson,
  step,
  language,
  reducedMotion,
  classMode,
  onClassMode,
}: Props) {
  const t = useT();
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const cursor = usePlayback((s) => s.cursor);
  // A reply to show once its prediction is settled (after the gate has moved on).
  const revealTo = useRef<number | null>(null);
  const record = useProgress((s) => s.lessons[lesson.id]);
  usePresenterKeys();
  // The recap scrolls into view once, when it appears.
  const showRecap = useCallback(
    (recap: HTMLElement | null) => recap?.scrollIntoView?.({ block: 'nearest' }),
    [],
  );

  useEffect(() => {
    let live = true;
    loadWorld(lesson.world).then(
      (world) => live && setLoading({ status: 'loaded', world }),
      (error: unknown) =>
        live &&
        setLoading({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [lesson.world]);

  const timeline = loading.status === 'loaded' ? loading.world.timeline : null;
  const hosts = loading.status === 'loaded' ? loading.world.view.hosts : [];
  // A checkpoint is settled once answered or skipped here, or revealed to the class.
  const settled = useMemo(
    () => new Set([...revealed, ...Object.keys(record?.checkpoints ?? {})]),
    [revealed, record],
  );
  const gate = useMemo(
    () => (timeline === null ? null : gateAt(timeline, lesson, settled)),
    [timeline, lesson, settled],
  );
  const seqs = useMemo(
    () => (timeline === null ? [] : narrativeSeqs(timeline, lesson)),
    [timeline, lesson],
  );

  // The gate: the cursor does not pass a question nobody has answered, however it moves.
  useEffect(() => {
    if (gate === null) return;
    const hold = () => {
      const playback = usePlayback.getState();
      if (playback.length > 0 && playback.cursor > gate.limit) {
        playback.seek(gate.limit);
        playback.pause();
      }
    };
    hold();
    if (revealTo.current !== null) {
      usePlayback.getState().seek(Math.min(revealTo.current, gate.limit));
      revealTo.current = null;
    }
    return usePlayback.subscribe(hold);
  }, [gate]);

  const finished =
    timeline !== null &&
    gate?.checkpoint === null &&
    cursor >= Math.max(matchOne(timeline, lesson.goal.anchor).seq, seqs.at(-1) ?? 0);

  useEffect(() => {
    if (finished && !classMode) useProgress.getState().finish(lesson.id);
  }, [finished, classMode, lesson.id]);

  const index = narrativeIndexAt(seqs, cursor);
  const nextSeq = seqs.find((seq) => seq > cursor);
  const gated = gate !== null && gate.checkpoint !== null && cursor >= gate.limit;
  const goNext = () => {
    if (gate === null) return;
    const target = Math.min(nextSeq ?? usePlayback.getState().length - 1, gate.limit);
    usePlayback.getState().seek(target);
    usePlayback.getState().pause();
  };
  const goPrevious = () => {
    // The start of the text shown, or of the one before when already there.
    usePlayback.getState().seek(seqs.filter((seq) => seq < cursor).at(-1) ?? 0);
    usePlayback.getState().pause();
  };
  const nameOf = (id: string) => hostName(hosts, id);
  // One question at a time: the gate's, and the feedback of those already settled here.
  const here =
    timeline === null
      ? []
      : lesson.checkpoints.filter((checkpoint) => {
          const at = holdPoint(timeline, checkpoint);
          const inReach = at <= cursor && cursor <= matchOne(timeline, checkpoint.anchor).seq;
          return inReach && (settled.has(checkpoint.id) || checkpoint === gate?.checkpoint);
        });
  const lessonScore = score(record === undefined ? [] : [record]);

  return (
    <div className="lesson-layout" data-class-mode={classMode}>
      <aside className="lesson-panel" aria-labelledby="lesson-title">
        <nav className="lesson-links" aria-label={t('lessons.nav')}>
          <a href={routeSearch({ page: 'lessons' })}>← {t('lessons.backToList')}</a>
          <a href={routeSearch({ page: 'glossary' })}>{t('lessons.glossaryLink')}</a>
          <label className="class-mode-switch" title={t('lessons.classModeHint')}>
            <input
              type="checkbox"
              checked={classMode}
              onChange={(event) => onClassMode(event.target.checked)}
            />{' '}
            {t('lessons.classMode')}
          </label>
        </nav>
        <p className="lesson-number">{t('lessons.number', { number: lesson.number })}</p>
        <h2 id="lesson-title">{lesson.title[language]}</h2>
        {loading.status === 'failed' && (
          <p role="alert">{t('lessons.loadFailed', { message: loading.message })}</p>
        )}
        {loading.status === 'loading' && <p>{t('lessons.loading')}</p>}
        {cursor <= (seqs[0] ?? 0) && (
          <div className="lesson-objectives">
            <h3>{t('lessons.objectives')}</h3>
            <ul>
              {lesson.objectives.map((objective, i) => (
                <li key={i}>
                  <RichText text={objective[language]} />
                </li>
              ))}
            </ul>
            <p className="lesson-hint">{t('lessons.intro')}</p>
          </div>
        )}
        <div className="lesson-narrative" aria-live="polite">
          {index >= 0 && lesson.narrative[index] !== undefined && (
            <>
              <p className="lesson-count">
                {t('lessons.textOf', { index: index + 1, count: lesson.narrative.length })}
              </p>
              {/* Each new text slides in, so the eye notices the lesson moved on. */}
              <m.p
                key={index}
                className="lesson-text"
                initial={{ opacity: 0, y: 6 }}
                animate={{ opacity: 1, y: 0 }}
                transition={{ duration: 0.25 }}
              >
                <RichText text={lesson.narrative[index].text[language]} />
              </m.p>
            </>
          )}
        </div>
        {timeline !== null &&
          here.map((checkpoint) => (
            <CheckpointCard
              key={`${checkpoint.id}-${classMode}`}
              timeline={timeline}
              checkpoint={checkpoint}
              language={language}
              nameOf={nameOf}
              outcome={record?.checkpoints[checkpoint.id]?.outcome ?? null}
              classMode={classMode}
              revealed={revealed.has(checkpoint.id)}
              onAnswer={(_answer, right) => {
                useProgress.getState().record(lesson.id, checkpoint.id, right ? 'right' : 'wrong');
                // The prediction is made: the engine's reply now shows in the transcript.
                if (checkpoint.kind === 'predictReply')
                  revealTo.current = matchOne(timeline, checkpoint.anchor).seq;
              }}
              onSkip={() => useProgress.getState().record(lesson.id, checkpoint.id, 'skipped')}
              onReveal={() => {
                if (checkpoint.kind === 'predictReply')
                  revealTo.current = matchOne(timeline, checkpoint.anchor).seq;
                setRevealed((set) => new Set([...set, checkpoint.id]));
              }}
            />
          ))}
        {timeline !== null && gate !== null && lesson.claims !== undefined && (
          <ClaimList
            claims={lesson.claims}
            timeline={timeline}
            cursor={cursor}
            limit={gate.limit}
            language={language}
            onShow={(seq) => {
              usePlayback.getState().seek(seq);
              usePlayback.getState().pause();
            }}
          />
        )}
        {finished && (
          <section className="lesson-recap" aria-labelledby="lesson-recap-title" ref={showRecap}>
            <h3>{t('lessons.goal')}</h3>
            <p>
              <RichText text={lesson.goal.text[language]} />
            </p>
            <h3 id="lesson-recap-title">{t('lessons.recap')}</h3>
            <ul>
              {lesson.recap.map((point, i) => (
                <li key={i}>
                  <RichText text={point[language]} />
                </li>
              ))}
            </ul>
            {!classMode && <p role="status">{t('lessons.finished', lessonScore)}</p>}
            <button
              type="button"
              onClick={() => {
                if (!classMode) useProgress.getState().replay(lesson.id);
                setRevealed(new Set());
                usePlayback.getState().first();
              }}
            >
              {t('lessons.replay')}
            </button>{' '}
            <a href={routeSearch({ page: 'lessons' })}>{t('lessons.backToList')}</a>
          </section>
        )}
        {gated && !classMode && (
          <p id="lesson-gated" className="lesson-hint">
            {t('lessons.gated')}
          </p>
        )}
        <div className="lesson-steps">
          <button type="button" onClick={goPrevious} disabled={timeline === null || cursor === 0}>
            ← {t('lessons.previousText')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={goNext}
            disabled={timeline === null || gated || (nextSeq === undefined && finished)}
            aria-describedby={gated && !classMode ? 'lesson-gated' : undefined}
          >
            {t('lessons.nextText')} →
          </button>
        </div>
      </aside>
      <section className="simulator" aria-labelledby="simulator-title">
        <h2 id="simulator-title" className="visually-hidden">
          {t('simulator.label')}
        </h2>
        <Simulator
          world={lesson.world}
          step={step}
          language={language}
          reducedMotion={reducedMotion}
        />
      </section>
    </div>
  );
}

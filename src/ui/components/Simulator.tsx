import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../state/language';
import { usePlayback } from '../../state/playback';
import { writeUrlState } from '../../state/url-state';
import { useViewOptions } from '../../state/view-options';
import {
  KNOWN_WORLDS,
  DEFAULT_WORLD,
  isKnownWorld,
  loadWorld,
  type LoadedWorld,
} from '../../state/world-timelines';
import { announceStep } from '../announce';
import { Clock } from './Clock';
import { ExplanationPanel } from './ExplanationPanel';
import { Icon } from './Icon';
import { MessageInspector } from './MessageInspector';
import { NetworkMap } from './NetworkMap';
import { PanelBoundary } from './PanelBoundary';
import { PlaybackControls, usePlaybackKeys } from './PlaybackControls';
import { ServerLogs } from './ServerLogs';
import { StateChart } from './StateChart';
import { Tabs } from './Tabs';
import { Transcript } from './Transcript';
import { UserScreens } from './UserScreens';

interface Props {
  world: string;
  step: number | null;
  language: Language;
  reducedMotion: boolean;
}

type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; world: LoadedWorld }
  | { status: 'failed'; message: string };

function Panel({
  id,
  title,
  className,
  tools,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  tools?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      className={`panel panel-${id}${className === undefined ? '' : ` ${className}`}`}
      aria-labelledby={`panel-${id}`}
    >
      <div className="panel-head">
        <h3 id={`panel-${id}`}>{title}</h3>
        {tools}
      </div>
      <PanelBoundary>{children}</PanelBoundary>
    </section>
  );
}

/** The User Timing mark set when a step's render is committed (read by the bench). */
export const STEP_COMMITTED = 'facteur:step-committed';

const URL_WRITE_DELAY_MS = 250;

/** A transcript line chosen: go to its step, stop playing, open its explanation. */
function select(seq: number) {
  usePlayback.getState().seek(seq);
  usePlayback.getState().pause();
  useViewOptions.getState().explain(seq);
}

/** The link back to a world that exists, for a wrong address. */
function defaultWorldHref(): string {
  return writeUrlState(window.location.search, { world: DEFAULT_WORLD, step: null }) || '?';
}

/** The simulator screen: every view reads (timeline, cursor) and nothing else. */
export function Simulator({ world, step, language, reducedMotion }: Props) {
  const { t } = useTranslation();
  const known = isKnownWorld(world);
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [outOfRange, setOutOfRange] = useState<{ step: number; last: number } | null>(null);
  const cursor = usePlayback((s) => s.cursor);
  const eavesdropper = useViewOptions((s) => s.eavesdropper);
  const explained = useViewOptions((s) => s.explained);
  usePlaybackKeys();

  useEffect(() => {
    if (!known) return;
    let live = true;
    loadWorld(world).then(
      (loaded) => {
        if (!live) return;
        const length = loaded.timeline.length;
        if (step !== null && step >= length) setOutOfRange({ step, last: length - 1 });
        usePlayback.getState().load(length, step !== null && step < length ? step : 0);
        setLoading({ status: 'loaded', world: loaded });
      },
      (error: unknown) => {
        if (live)
          setLoading({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [known, world, step]);

  // The end of React's commit for a new step: its layout effects run after every child's.
  // `npm run bench` times the step latency from the key event to this mark.
  useLayoutEffect(() => {
    if (loading.status === 'loaded') performance.mark(STEP_COMMITTED, { detail: cursor });
  }, [loading.status, cursor]);

  // The step lives in the query string (replaceState: stepping does not fill the history),
  // written once stepping pauses: replaceState is slow enough to delay the next step's paint.
  useEffect(() => {
    if (loading.status !== 'loaded') return;
    const timer = window.setTimeout(() => {
      const search = writeUrlState(window.location.search, { world, step: cursor });
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [loading.status, world, cursor]);

  if (!known) {
    return (
      <div className="world-message" role="alert">
        <p>{t('sim.unknownWorld', { world })}</p>
        <p>{t('sim.knownWorlds', { worlds: KNOWN_WORLDS.join(', ') })}</p>
        <a href={defaultWorldHref()}>{t('sim.openDefault')}</a>
      </div>
    );
  }
  if (loading.status === 'failed') {
    return (
      <div className="world-message" role="alert">
        <p>{t('sim.loadFailed', { message: loading.message })}</p>
        <a href={defaultWorldHref()}>{t('sim.openDefault')}</a>
      </div>
    );
  }
  if (loading.status === 'loading') return <p className="world-loading">{t('sim.loading')}</p>;

  const { timeline, view } = loading.world;
  const current = timeline[cursor];
  const selected = explained === null ? null : (timeline[explained] ?? null);

  return (
    <div className="sim">
      {outOfRange !== null && (
        <div className="world-message" role="alert">
          <p>{t('sim.stepOutOfRange', outOfRange)}</p>
          <button
            type="button"
            onClick={() => {
              usePlayback.getState().first();
              setOutOfRange(null);
            }}
          >
            {t('sim.goFirst')}
          </button>
        </div>
      )}
      <PlaybackControls>
        <Clock timeline={timeline} cursor={cursor} clock={view.clock} />
      </PlaybackControls>
      <p className="visually-hidden" role="status" aria-live="polite">
        {current === undefined ? '' : announceStep(t, current, view.hosts)}
      </p>
      <div className="sim-stage">
        <Panel
          id="map"
          title={t('simulator.panels.map')}
          tools={
            <button
              type="button"
              aria-pressed={eavesdropper}
              title={t('map.eavesdropperHint')}
              onClick={() => useViewOptions.getState().setEavesdropper(!eavesdropper)}
            >
              <Icon name="eye" /> {t('map.eavesdropper')}
            </button>
          }
        >
          <NetworkMap
            timeline={timeline}
            cursor={cursor}
            hosts={view.hosts}
            sender={view.send?.host ?? null}
            eavesdropper={eavesdropper}
          />
        </Panel>
        <Panel id="transcript" title={t('simulator.panels.transcript')}>
          <Transcript
            timeline={timeline}
            cursor={cursor}
            hosts={view.hosts}
            eavesdropper={eavesdropper}
            reducedMotion={reducedMotion}
            onSelect={select}
          />
        </Panel>
        <Panel id="explanation" title={t('explanation.label')}>
          <ExplanationPanel
            step={selected}
            language={language}
            hosts={view.hosts}
            onClose={() => useViewOptions.getState().explain(null)}
          />
        </Panel>
        <Panel id="screens" title={t('screens.label')}>
          <UserScreens
            timeline={timeline}
            cursor={cursor}
            world={view}
            onSend={() => usePlayback.getState().togglePlaying()}
          />
        </Panel>
      </div>
      <Tabs
        label={t('simulator.more')}
        tabs={[
          {
            id: 'message',
            title: t('inspector.label'),
            content: <MessageInspector timeline={timeline} cursor={cursor} />,
          },
          {
            id: 'states',
            title: t('chart.label'),
            content: <StateChart timeline={timeline} cursor={cursor} />,
          },
          {
            id: 'logs',
            title: t('simulator.panels.logs'),
            content: <ServerLogs timeline={timeline} cursor={cursor} hosts={view.hosts} />,
          },
        ]}
      />
    </div>
  );
}

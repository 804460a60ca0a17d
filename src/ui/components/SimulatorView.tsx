import { useLayoutEffect, type ReactNode } from 'react';
import { useT } from '../i18n';
import type { Language } from '../../state/language';
import { usePlayback } from '../../state/playback';
import { useViewOptions } from '../../state/view-options';
import type { LoadedWorld } from '../../state/world-timelines';
import { Clock } from './Clock';
import { ExplanationPanel } from './ExplanationPanel';
import { Icon } from './Icon';
import { MessageInspector } from './MessageInspector';
import { NetworkMap } from './NetworkMap';
import { PanelBoundary } from './PanelBoundary';
import { PlaybackControls, usePlaybackKeys } from './PlaybackControls';
import { ServerLogs } from './ServerLogs';
import { StepAnnouncement } from './StepAnnouncement';
import { StateChart } from './StateChart';
import { Tabs } from './Tabs';
import { Transcript } from './Transcript';
import { UserScreens } from './UserScreens';

interface Props {
  /** Any timeline: a shipped world's, a scenario's run, or a sandbox's growing one. */
  world: LoadedWorld;
  language: Language;
  reducedMotion: boolean;
}

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

/** Alice's "Send" plays the run (module functions: the memoised panels keep their props). */
function send() {
  usePlayback.getState().togglePlaying();
}

function closeExplanation() {
  useViewOptions.getState().explain(null);
}

/** A transcript line chosen: go to its step, stop playing, open its explanation. */
function select(seq: number) {
  usePlayback.getState().seek(seq);
  usePlayback.getState().pause();
  useViewOptions.getState().explain(seq);
}

/**
 * The current step, for the part of the screen that shows it: each view reads the cursor itself,
 * so a step renders the views that show it and nothing around them (panels, boundaries, tabs).
 */
function AtCursor({ children }: { children: (cursor: number) => ReactNode }) {
  const cursor = usePlayback((s) => s.cursor);
  return children(cursor);
}

/**
 * The end of React's commit for a new step: rendered last, its layout effect runs after every
 * other view's. `npm run bench` times the step latency from the key event to this mark.
 */
function StepCommitted() {
  const cursor = usePlayback((s) => s.cursor);
  useLayoutEffect(() => {
    performance.mark(STEP_COMMITTED, { detail: cursor });
  }, [cursor]);
  return null;
}

/** ← → space Home End, and the timer that plays the steps. */
function PlaybackKeys() {
  usePlaybackKeys();
  return null;
}

/**
 * Every view of one timeline at the playback cursor: map, transcript, explanation, the users'
 * screens, message, state charts and logs. The caller loads the timeline and the playback store.
 */
export function SimulatorView({ world, language, reducedMotion }: Props) {
  const t = useT();
  const eavesdropper = useViewOptions((s) => s.eavesdropper);
  const explained = useViewOptions((s) => s.explained);

  const { timeline, view } = world;
  const selected = explained === null ? null : (timeline[explained] ?? null);

  return (
    <>
      <PlaybackKeys />
      <PlaybackControls>
        <AtCursor>
          {(cursor) => <Clock timeline={timeline} cursor={cursor} clock={view.clock} />}
        </AtCursor>
      </PlaybackControls>
      <StepAnnouncement timeline={timeline} hosts={view.hosts} />
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
          <AtCursor>
            {(cursor) => (
              <NetworkMap
                timeline={timeline}
                cursor={cursor}
                hosts={view.hosts}
                sender={view.send?.host ?? null}
                eavesdropper={eavesdropper}
                reducedMotion={reducedMotion}
              />
            )}
          </AtCursor>
        </Panel>
        <Panel id="transcript" title={t('simulator.panels.transcript')}>
          <AtCursor>
            {(cursor) => (
              <Transcript
                timeline={timeline}
                cursor={cursor}
                hosts={view.hosts}
                eavesdropper={eavesdropper}
                reducedMotion={reducedMotion}
                onSelect={select}
              />
            )}
          </AtCursor>
        </Panel>
        <Panel id="explanation" title={t('explanation.label')}>
          <ExplanationPanel
            step={selected}
            language={language}
            hosts={view.hosts}
            onClose={closeExplanation}
          />
        </Panel>
        <Panel id="screens" title={t('screens.label')}>
          <AtCursor>
            {(cursor) => (
              <UserScreens timeline={timeline} cursor={cursor} world={view} onSend={send} />
            )}
          </AtCursor>
        </Panel>
      </div>
      <Tabs
        label={t('simulator.more')}
        tabs={[
          {
            id: 'message',
            title: t('inspector.label'),
            content: (
              <AtCursor>
                {(cursor) => <MessageInspector timeline={timeline} cursor={cursor} />}
              </AtCursor>
            ),
          },
          {
            id: 'states',
            title: t('chart.label'),
            content: (
              <AtCursor>{(cursor) => <StateChart timeline={timeline} cursor={cursor} />}</AtCursor>
            ),
          },
          {
            id: 'logs',
            title: t('simulator.panels.logs'),
            content: (
              <AtCursor>
                {(cursor) => <ServerLogs timeline={timeline} cursor={cursor} hosts={view.hosts} />}
              </AtCursor>
            ),
          },
        ]}
      />
      <StepCommitted />
    </>
  );
}

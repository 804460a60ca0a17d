import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';
import {
  SPEEDS,
  STEP_DURATION_MS,
  commandForKey,
  usePlayback,
  type Speed,
} from '../../state/playback';

/** Keys go to playback unless the person is typing or using a control that needs them. */
function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  // Space on a focused button presses that button.
  return key === ' ' && (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A');
}

/** ← → space Home End anywhere on the page, and the timer that plays the steps. */
export function usePlaybackKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const command = commandForKey(event.key);
      if (command === null || keyBelongsToControl(event.target, event.key)) return;
      event.preventDefault();
      usePlayback.getState()[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const playing = usePlayback((s) => s.playing);
  const speed = usePlayback((s) => s.speed);
  // The timer starts again at each step while playing; a step taken by hand renders nothing here.
  const cursor = usePlayback((s) => (s.playing ? s.cursor : null));
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => usePlayback.getState().next(), STEP_DURATION_MS / speed);
    return () => window.clearTimeout(timer);
  }, [playing, speed, cursor]);
}

/** First, previous, play/pause, next, last: drawn again only when one of them changes. */
function PlaybackButtons() {
  const t = useT();
  const atStart = usePlayback((s) => s.cursor === 0);
  const atEnd = usePlayback((s) => s.cursor >= s.length - 1);
  const playing = usePlayback((s) => s.playing);
  const empty = usePlayback((s) => s.length === 0);
  const actions = usePlayback.getState();
  return (
    <div className="playback-buttons">
      <button
        type="button"
        onClick={actions.first}
        disabled={atStart}
        aria-label={t('playback.first')}
      >
        <Icon name="first" />
      </button>
      <button
        type="button"
        onClick={actions.previous}
        disabled={atStart}
        aria-label={t('playback.previous')}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="playback-play"
        onClick={actions.togglePlaying}
        disabled={empty}
      >
        <Icon name={playing ? 'pause' : 'play'} />{' '}
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button type="button" onClick={actions.next} disabled={atEnd} aria-label={t('playback.next')}>
        <Icon name="next" />
      </button>
      <button type="button" onClick={actions.last} disabled={atEnd} aria-label={t('playback.last')}>
        <Icon name="last" />
      </button>
    </div>
  );
}

/** Where the step's number goes in the counter's sentence, translated once per timeline. */
const STEP_SLOT = '\u0000';

/** The slider and the step counter: the only part of the bar that changes at every step. */
function PlaybackPosition() {
  const t = useT();
  const cursor = usePlayback((s) => s.cursor);
  const length = usePlayback((s) => s.length);
  const last = Math.max(0, length - 1);
  // i18next's interpolation costs more than the rest of the bar: a step only writes its number.
  const sentence = useMemo(() => t('sim.stepOf', { step: STEP_SLOT, last }), [t, last]);
  const label = useMemo(() => t('playback.position'), [t]);
  const position = sentence.replaceAll(STEP_SLOT, String(cursor));
  return (
    <>
      <label className="playback-position">
        <span className="visually-hidden">{label}</span>
        <input
          type="range"
          min={0}
          max={last}
          value={cursor}
          aria-valuetext={position}
          onChange={(event) => usePlayback.getState().seek(Number(event.target.value))}
        />
      </label>
      <span className="playback-counter">{position}</span>
    </>
  );
}

/** The speed picker and the keys' description: they never change with the step. */
function PlaybackSpeed() {
  const t = useT();
  const speed = usePlayback((s) => s.speed);
  return (
    <>
      <label className="playback-speed">
        {t('playback.speed')}{' '}
        <select
          value={speed}
          onChange={(event) => usePlayback.getState().setSpeed(Number(event.target.value) as Speed)}
        >
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      <p className="playback-keys" id="playback-keys">
        {t('playback.keys')}
      </p>
    </>
  );
}

/**
 * The playback bar; `children` (the clock) sit beside the step counter. Each part reads the
 * store itself: a step draws the slider and the counter again, not the bar.
 */
export const PlaybackControls = memo(function PlaybackControls({
  children,
}: {
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div
      className="playback"
      role="group"
      aria-label={t('playback.label')}
      aria-describedby="playback-keys"
      title={t('playback.keys')}
    >
      <PlaybackButtons />
      <PlaybackPosition />
      {children}
      <PlaybackSpeed />
    </div>
  );
});

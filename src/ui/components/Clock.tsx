import { memo } from 'react';
import { useT } from '../i18n';
import { usePlayback } from '../../state/playback';
import {
  clockAt,
  durationParts,
  nextEventAfterWait,
  type WorldClock,
} from '../../state/selectors/clock';
import type { Timeline } from '../../world/timeline/step';
import { Icon } from './Icon';

interface Props {
  timeline: Timeline;
  cursor: number;
  clock: WorldClock;
}

/** The clock changes when its minute or the next wait does, not at every step. */
function sameClock(a: Props, b: Props): boolean {
  if (a.timeline !== b.timeline || a.clock !== b.clock) return false;
  const before = clockAt(a.clock, a.timeline[a.cursor]?.time ?? 0);
  const after = clockAt(b.clock, b.timeline[b.cursor]?.time ?? 0);
  return (
    before.day === after.day &&
    before.time === after.time &&
    nextEventAfterWait(a.timeline, a.cursor) === nextEventAfterWait(b.timeline, b.cursor)
  );
}

/** The simulated time of the current step, and a jump over the next long wait. */
export const Clock = memo(function Clock({ timeline, cursor, clock }: Props) {
  const t = useT();
  const step = timeline[cursor];
  const reading = clockAt(clock, step?.time ?? 0);
  const next = nextEventAfterWait(timeline, cursor);
  const wait =
    next === null
      ? ''
      : durationParts(next.wait)
          .map((part) => t(`clock.units.${part.unit}`, { count: part.count }))
          .join(' ');
  return (
    <div className="clock">
      <span className="clock-time" role="timer" aria-label={t('clock.spoken', { ...reading })}>
        <Icon name="clock" /> {t('clock.at', { ...reading })}{' '}
        <span className="clock-zone">{reading.zone}</span>
      </span>
      <button
        type="button"
        className="clock-skip"
        disabled={next === null}
        title={t('clock.skipHint')}
        onClick={() => {
          if (next === null) return;
          usePlayback.getState().pause();
          usePlayback.getState().seek(next.seq);
        }}
      >
        <Icon name="skip" /> {next === null ? t('clock.noWait') : t('clock.skip', { wait })}
      </button>
    </div>
  );
}, sameClock);

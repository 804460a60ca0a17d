import type { Timeline } from '../../world/timeline/step';
import { perTimeline } from './per-timeline';

/** The world's clock as its config gives it: the start instant and the zone it is shown in. */
export interface WorldClock {
  /** ISO 8601 instant of the world's time 0. */
  start: string;
  offsetMinutes: number;
  zone: string;
}

export interface ClockReading {
  /** Days since the world's start, counted in its zone (0 on the first day). */
  day: number;
  /** Wall-clock time in the world's zone, `HH:MM`. */
  time: string;
  zone: string;
}

const DAY_MS = 86_400_000;

/** The wall clock of the world's zone at `time` ms after its start. */
export function clockAt(clock: WorldClock, time: number): ClockReading {
  const offset = clock.offsetMinutes * 60_000;
  const startLocal = Date.parse(clock.start) + offset;
  const local = startLocal + time;
  const day = Math.floor(local / DAY_MS) - Math.floor(startLocal / DAY_MS);
  const date = new Date(local);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day, time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`, zone: clock.zone };
}

/**
 * A wait at least this long between two steps is a gap worth skipping (a queue retry, greylisting,
 * a client polling): a class would otherwise click through it without noticing the time pass.
 */
export const LONG_WAIT_MS = 30_000;

/** For every step, the first later step that comes after a long wait (null when none does). */
const nextWaits = perTimeline((timeline: Timeline): ({ seq: number; wait: number } | null)[] => {
  const next: ({ seq: number; wait: number } | null)[] = Array<null>(timeline.length).fill(null);
  let found: { seq: number; wait: number } | null = null;
  for (let seq = timeline.length - 1; seq >= 0; seq--) {
    next[seq] = found;
    const wait = (timeline[seq]?.time ?? 0) - (timeline[seq - 1]?.time ?? 0);
    if (seq >= 1 && wait >= LONG_WAIT_MS) found = { seq, wait };
  }
  return next;
});

/** The first step after the cursor that comes after a long wait, and how long that wait is. */
export function nextEventAfterWait(
  timeline: Timeline,
  cursor: number,
): { seq: number; wait: number } | null {
  if (timeline.length === 0 || cursor >= timeline.length) return null;
  // Before the first step, the first wait ahead is the one after step 0 at the earliest.
  return nextWaits(timeline)[Math.max(0, Math.trunc(cursor))] ?? null;
}

/** A duration cut into the units a person reads (2 d 3 h, 4 min 10 s), largest first, two at most. */
export function durationParts(ms: number): { unit: 'd' | 'h' | 'min' | 's'; count: number }[] {
  let rest = Math.round(ms / 1000);
  const parts: { unit: 'd' | 'h' | 'min' | 's'; count: number }[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && parts.length < 2) parts.push({ unit, count });
  }
  return parts;
}

import { describe, expect, it } from 'vitest';
import {
  clockAt,
  durationParts,
  nextEventAfterWait,
  type WorldClock,
} from '../../../src/state/selectors/clock';
import { timelineOf } from './steps';

/** The classroom world's clock: 08:00 UTC is 09:00 in CET. */
const cet: WorldClock = { start: '2026-03-02T08:00:00.000Z', offsetMinutes: 60, zone: 'CET' };
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('the simulated clock', () => {
  it('reads the world’s start in its own zone', () => {
    expect(clockAt(cet, 0)).toEqual({ day: 0, time: '09:00', zone: 'CET' });
    expect(clockAt(cet, 61_002)).toEqual({ day: 0, time: '09:01', zone: 'CET' });
  });

  it('counts days from the world’s start in its zone, not in UTC', () => {
    // 23:30 UTC on the first day is already 00:30 on the next day in CET.
    expect(clockAt(cet, 15 * HOUR + 30 * MIN).day).toBe(1);
    expect(clockAt(cet, 2 * 24 * HOUR - 9 * HOUR + 3 * HOUR + 14 * MIN)).toEqual({
      day: 2,
      time: '03:14',
      zone: 'CET',
    });
  });

  it('counts days for a zone west of UTC', () => {
    const est: WorldClock = { start: '2026-03-02T03:00:00.000Z', offsetMinutes: -300, zone: 'EST' };
    // 22:00 on 1 March in New York: one hour later it is midnight, day 1.
    expect(clockAt(est, 0)).toEqual({ day: 0, time: '22:00', zone: 'EST' });
    expect(clockAt(est, 2 * HOUR).day).toBe(1);
  });
});

describe('skipping a long wait', () => {
  const times = [0, 20, 40, 61_040, 61_060, 61_060 + 4 * HOUR];
  const timeline = timelineOf(times.map((time) => ({ time })));

  it('finds the first step that comes after a long wait', () => {
    expect(nextEventAfterWait(timeline, 0)).toEqual({ seq: 3, wait: 61_000 });
    expect(nextEventAfterWait(timeline, 3)).toEqual({ seq: 5, wait: 4 * HOUR });
  });

  it('finds nothing once the last wait is behind', () => {
    expect(nextEventAfterWait(timeline, 5)).toBeNull();
    expect(nextEventAfterWait(timelineOf([{ time: 0 }, { time: 29_999 }]), 0)).toBeNull();
  });

  it('says a wait in the two largest units', () => {
    expect(durationParts(61_000)).toEqual([
      { unit: 'min', count: 1 },
      { unit: 's', count: 1 },
    ]);
    expect(durationParts(2 * 24 * HOUR + 3 * HOUR + 5 * MIN)).toEqual([
      { unit: 'd', count: 2 },
      { unit: 'h', count: 3 },
    ]);
  });
});

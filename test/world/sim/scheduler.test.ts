import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../src/world/sim/scheduler';

describe('Scheduler', () => {
  it('runs events in time order, and in insertion order at the same time', () => {
    const scheduler = new Scheduler();
    const seen: string[] = [];
    scheduler.at(20, () => seen.push('b@20'));
    scheduler.at(10, () => seen.push('a@10'));
    scheduler.at(20, () => seen.push('c@20'));
    scheduler.runUntil(Infinity);
    expect(seen).toEqual(['a@10', 'b@20', 'c@20']);
    expect(scheduler.now).toBe(20);
  });

  it('never schedules in the past', () => {
    const scheduler = new Scheduler();
    const times: number[] = [];
    scheduler.at(50, () => scheduler.at(10, () => times.push(scheduler.now)));
    scheduler.runUntil(Infinity);
    expect(times).toEqual([50]);
  });

  it('stops at the limit and keeps later events', () => {
    const scheduler = new Scheduler();
    let ran = 0;
    scheduler.at(5, () => (ran += 1));
    scheduler.at(500, () => (ran += 1));
    scheduler.runUntil(100);
    expect(ran).toBe(1);
    expect(scheduler.nextTime).toBe(500);
  });

  it('cancels an event', () => {
    const scheduler = new Scheduler();
    let ran = false;
    const id = scheduler.after(10, () => (ran = true));
    scheduler.cancel(id);
    scheduler.runUntil(Infinity);
    expect(ran).toBe(false);
  });

  it('refuses to loop forever', () => {
    const scheduler = new Scheduler();
    const again = (): void => void scheduler.after(1, again);
    again();
    expect(() => scheduler.runUntil(Infinity, 1000)).toThrow(/did not settle/);
  });
});

interface ScheduledEvent {
  time: number;
  id: number;
  run: () => void;
}

/**
 * A discrete-event scheduler on simulated time: events run in (time, insertion) order, so a
 * run is the same on every machine, and a five-day queue wait costs nothing. Machines keep no
 * timers of their own: their wire adapters tell the network when they next need the clock
 * (XState's SimulatedClock cannot say when its next timer is due, which a run that jumps from
 * event to event needs).
 */
export class Scheduler {
  private readonly events: ScheduledEvent[] = [];
  private nextId = 1;
  /** The current simulated time in ms since the world's start. */
  now = 0;

  /** Runs `run` at `time` (never in the past); returns an id for `cancel`. */
  at(time: number, run: () => void): number {
    const event = { time: Math.max(time, this.now), id: this.nextId++, run };
    // Events are few and mostly appended at the end: insert in place from the back.
    let index = this.events.length;
    while (index > 0 && (this.events[index - 1] as ScheduledEvent).time > event.time) index -= 1;
    this.events.splice(index, 0, event);
    return event.id;
  }

  after(delay: number, run: () => void): number {
    return this.at(this.now + delay, run);
  }

  cancel(id: number): void {
    const index = this.events.findIndex((event) => event.id === id);
    if (index >= 0) this.events.splice(index, 1);
  }

  /** When the next event is due, or null when nothing is left to happen. */
  get nextTime(): number | null {
    return this.events[0]?.time ?? null;
  }

  /** Runs every event due up to `limit`; a world that never settles is an error, not a hang. */
  runUntil(limit: number, maxEvents = 1_000_000): void {
    let count = 0;
    for (
      let next = this.events[0];
      next !== undefined && next.time <= limit;
      next = this.events[0]
    ) {
      this.events.shift();
      this.now = next.time;
      next.run();
      count += 1;
      if (count >= maxEvents) throw new Error(`the world did not settle after ${maxEvents} events`);
    }
  }
}

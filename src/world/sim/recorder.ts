import type { Step } from '../timeline/step';
import type { Scheduler } from './scheduler';

export type StepDraft = Omit<Step, 'seq' | 'time' | 'states'>;

/**
 * Writes the timeline: each step gets its number, the simulated time, and every actor's state
 * after it (read from the actors registered here).
 */
export class Recorder {
  readonly steps: Step[] = [];
  private readonly actors = new Map<string, () => string>();
  private readonly observers: ((step: Step) => void)[] = [];

  constructor(private readonly scheduler: Scheduler) {}

  /** Registers an actor whose state every later step records; its id must be unique. */
  track(id: string, state: () => string): void {
    if (this.actors.has(id)) throw new Error(`two actors are named ${id}`);
    this.actors.set(id, state);
  }

  /** Calls `observer` after each step is written (the servers' logs follow the wire this way). */
  observe(observer: (step: Step) => void): void {
    this.observers.push(observer);
  }

  record(draft: StepDraft): Step {
    const states: Record<string, string> = {};
    for (const [id, state] of this.actors) states[id] = state();
    const step: Step = { seq: this.steps.length, time: this.scheduler.now, ...draft, states };
    this.steps.push(step);
    for (const observer of this.observers) observer(step);
    return step;
  }
}

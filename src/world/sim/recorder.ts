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

  constructor(private readonly scheduler: Scheduler) {}

  /** Registers an actor whose state every later step records; its id must be unique. */
  track(id: string, state: () => string): void {
    if (this.actors.has(id)) throw new Error(`two actors are named ${id}`);
    this.actors.set(id, state);
  }

  record(draft: StepDraft): Step {
    const states: Record<string, string> = {};
    for (const [id, state] of this.actors) states[id] = state();
    const step: Step = { seq: this.steps.length, time: this.scheduler.now, ...draft, states };
    this.steps.push(step);
    return step;
  }
}

import type { Step } from '../timeline/step';
import type { Scheduler } from './scheduler';

export type StepDraft = Omit<Step, 'seq' | 'time' | 'states'>;

/**
 * Writes the timeline: each step gets its number, the simulated time, and every actor's state
 * after it (read from the actors registered here).
 */
export class Recorder {
  readonly steps: Step[] = [];
  private readonly actors: { id: string; state: () => string }[] = [];
  private readonly ids = new Set<string>();
  private readonly observers: ((step: Step) => void)[] = [];
  /** The states the last step recorded, and the actor count then: most steps change one actor or none. */
  private lastStates: Record<string, string> = {};
  private lastCount = 0;

  constructor(private readonly scheduler: Scheduler) {}

  /** Registers an actor whose state every later step records; its id must be unique. */
  track(id: string, state: () => string): void {
    if (this.ids.has(id)) throw new Error(`two actors are named ${id}`);
    this.ids.add(id);
    this.actors.push({ id, state });
  }

  /** Calls `observer` after each step is written (the servers' logs follow the wire this way). */
  observe(observer: (step: Step) => void): void {
    this.observers.push(observer);
  }

  record(draft: StepDraft): Step {
    const step: Step = {
      seq: this.steps.length,
      time: this.scheduler.now,
      ...draft,
      states: this.states(),
    };
    this.steps.push(step);
    for (const observer of this.observers) observer(step);
    return step;
  }

  /**
   * Every actor's state now. Steps whose actors all kept their state share one read-only
   * object (a timeline is never mutated), so a long run does not copy every state per step.
   */
  private states(): Record<string, string> {
    const actors = this.actors;
    let same = actors.length === this.lastCount;
    const values: string[] = [];
    for (const actor of actors) {
      const value = actor.state();
      values.push(value);
      if (same && this.lastStates[actor.id] !== value) same = false;
    }
    if (same) return this.lastStates;
    const states: Record<string, string> = {};
    actors.forEach((actor, index) => (states[actor.id] = values[index] as string));
    this.lastStates = states;
    this.lastCount = actors.length;
    return states;
  }
}

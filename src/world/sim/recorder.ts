import type { Step } from '../timeline/step';
import type { Scheduler } from './scheduler';

export type StepDraft = Omit<Step, 'seq' | 'time' | 'states'>;

/**
 * Writes the timeline: each step gets its number, the simulated time, and every actor's state
 * after it (read from the actors registered here).
 */
export class Recorder {
  readonly steps: Step[] = [];
  /** Tracked actors in tracking order; `final` is set once an actor's state can no longer move. */
  private readonly actors: { id: string; state: () => string; final?: string }[] = [];
  private readonly ids = new Set<string>();
  private readonly observers: ((step: Step) => void)[] = [];
  /** The states the last step recorded, and the actor count then: most steps change one actor or none. */
  private lastStates: Record<string, string> = {};
  private lastCount = 0;
  /** The same values by tracking index: comparing in an array, not by key in a wide object. */
  private readonly lastValues: string[] = [];

  constructor(private readonly scheduler: Scheduler) {}

  /** Registers an actor whose state every later step records; its id must be unique. */
  track(id: string, state: () => string): void {
    if (this.ids.has(id)) throw new Error(`two actors are named ${id}`);
    this.ids.add(id);
    this.actors.push({ id, state });
  }

  /**
   * The actor's state can no longer change (its connection is closed and its timers are
   * gone): it is read one last time now, and later steps copy that value without asking.
   */
  settle(id: string): void {
    const actor = this.actors.find((tracked) => tracked.id === id);
    if (actor !== undefined) actor.final = actor.state();
  }

  /** Calls `observer` after each step is written (the servers' logs follow the wire this way). */
  observe(observer: (step: Step) => void): void {
    this.observers.push(observer);
  }

  /**
   * Writes a step. Every step is built with the same fields in the same order (an absent field
   * is `undefined`, which JSON leaves out): copying drafts of many shapes with spreads was a
   * tenth of a world's run.
   */
  record(draft: StepDraft): Step {
    const step: Step = {
      seq: this.steps.length,
      time: this.scheduler.now,
      conn: draft.conn,
      from: draft.from,
      to: draft.to,
      protocol: draft.protocol,
      port: draft.port,
      messageId: draft.messageId,
      encrypted: draft.encrypted,
      kind: draft.kind,
      closeReason: draft.closeReason,
      text: draft.text,
      command: draft.command,
      reply: draft.reply,
      explain: draft.explain,
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
    const last = this.lastStates;
    let states: Record<string, string> | undefined;
    // Only actors tracked since the last step, or whose state moved, are written; a copy of
    // the last object keeps its key order (tracking order), and new actors come after.
    for (let index = 0; index < this.actors.length; index += 1) {
      const actor = this.actors[index] as Recorder['actors'][number];
      const value = actor.final ?? actor.state();
      if (index < this.lastCount && this.lastValues[index] === value) continue;
      this.lastValues[index] = value;
      states ??= { ...last };
      states[actor.id] = value;
    }
    if (states === undefined) return last;
    this.lastStates = states;
    this.lastCount = this.actors.length;
    return states;
  }
}

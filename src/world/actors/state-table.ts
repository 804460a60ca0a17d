import {
  getInitialSnapshot,
  getNextSnapshot,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
} from 'xstate';

/** One state of the machine: its snapshot, and where each event type leads from it. */
interface TableState {
  snapshot: AnyMachineSnapshot;
  /** The state's name as the timeline records it. */
  name: string;
  next: Map<string, TableState>;
}

interface Table {
  initial: TableState;
  /** States by content (value, context, status), so a state met again is the same entry. */
  states: Map<string, TableState>;
}

const tables = new WeakMap<AnyStateMachine, Table>();

/**
 * Runs a machine that is a pure function of its state, its context and the event's type:
 * only `assign` actions, no delays, no children, no history, no event payload. XState
 * computes each transition from the machine the first time it is met; later the next state
 * is looked up. The machine stays the one definition of the behaviour (and of its chart);
 * a world's queue manager and resolver take thousands of events over a five-day retry.
 */
export class StateTable<TMachine extends AnyStateMachine> {
  private readonly table: Table;
  private current: TableState;

  constructor(private readonly machine: TMachine) {
    let table = tables.get(machine);
    if (table === undefined) {
      const states = new Map<string, TableState>();
      // These machines take no input.
      const initial: AnyMachineSnapshot = getInitialSnapshot(machine as AnyStateMachine);
      table = { initial: this.entry(states, initial), states };
      tables.set(machine, table);
    }
    this.table = table;
    this.current = table.initial;
  }

  /** The state's name (a string state value). */
  get state(): string {
    return this.current.name;
  }

  send(event: EventFromLogic<TMachine> & { type: string }): void {
    let next = this.current.next.get(event.type);
    if (next === undefined) {
      const snapshot: AnyMachineSnapshot = getNextSnapshot(
        this.machine as AnyStateMachine,
        this.current.snapshot,
        event,
      );
      next = this.entry(this.table.states, snapshot);
      this.current.next.set(event.type, next);
    }
    this.current = next;
  }

  private entry(states: Map<string, TableState>, snapshot: AnyMachineSnapshot): TableState {
    const key = JSON.stringify([snapshot.value, snapshot.context, snapshot.status]);
    let state = states.get(key);
    if (state === undefined) {
      state = { snapshot, name: String(snapshot.value), next: new Map() };
      states.set(key, state);
    }
    return state;
  }
}

/** A session machine's diagram as plain data: computed from the machine, drawn without it. */
export interface ChartState {
  id: string;
  /** Column (distance from the initial state) and row in that column. */
  column: number;
  row: number;
}

export interface ChartEdge {
  from: string;
  to: string;
  /** The events (without the `smtp.` prefix) that take this transition. */
  events: string[];
}

export interface Chart {
  machine: string;
  initial: string;
  states: ChartState[];
  edges: ChartEdge[];
  /** Transitions defined on the machine itself: they leave from any state. */
  fromAnyState: ChartEdge[];
}

import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { Chart, ChartEdge } from './chart-types';

/**
 * Reads a machine's states and targeted transitions from its own definition (`machine.root`)
 * and lays them out in columns by distance from the initial state. Run by a test that keeps
 * the precomputed chart in step, so the app draws charts without loading XState.
 */
export function deriveChart(machine: AnyStateMachine): Chart {
  const root = machine.root;
  const ids = Object.keys(root.states);
  const initial = root.initial.target[0]?.key ?? ids[0] ?? '';
  const shortEvent = (event: string) => event.replace(/^[a-z]+\./, '');

  const collect = (node: AnyStateNode, from: string): ChartEdge[] => {
    const edges = new Map<string, ChartEdge>();
    // Eventless (`always`) transitions are labelled with their guard, in brackets.
    const eventless = (node.always ?? []).map(
      (definition) => [`[${String(definition.guard ?? '')}]`, [definition]] as const,
    );
    for (const [event, definitions] of [...node.transitions, ...eventless]) {
      for (const definition of definitions) {
        for (const target of definition.target ?? []) {
          if (target.key === from) continue;
          const key = `${from}→${target.key}`;
          const edge = edges.get(key) ?? { from, to: target.key, events: [] };
          if (!edge.events.includes(shortEvent(event))) edge.events.push(shortEvent(event));
          edges.set(key, edge);
        }
      }
    }
    return [...edges.values()];
  };

  const edges = ids.flatMap((id) => collect(root.states[id] as AnyStateNode, id));
  const fromAnyState = collect(root, '*');

  // Breadth-first from the initial state; states reached only from "any state" go last.
  const column = new Map<string, number>([[initial, 0]]);
  const queue = [initial];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const leaving = [...edges.filter((e) => e.from === current), ...fromAnyState];
    for (const edge of leaving) {
      if (column.has(edge.to)) continue;
      column.set(edge.to, (column.get(current) ?? 0) + 1);
      queue.push(edge.to);
    }
  }
  const deepest = Math.max(...column.values());
  for (const id of ids) if (!column.has(id)) column.set(id, deepest + 1);
  const rows = new Map<number, number>();
  const states = ids.map((id) => {
    const c = column.get(id) ?? 0;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    return { id, column: c, row };
  });
  return { machine: root.id, initial, states, edges, fromAnyState };
}

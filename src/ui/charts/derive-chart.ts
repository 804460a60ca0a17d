import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { Chart, ChartEdge } from './chart-types';

/**
 * Reads a machine's states and targeted transitions from its own definition (`machine.root`)
 * and lays them out: the protocol's main path in one row, the other states below it. Run by a test that keeps
 * the precomputed chart in step, so the app draws charts without loading XState.
 */
export function deriveChart(machine: AnyStateMachine): Chart {
  const root = machine.root;
  const ids = Object.keys(root.states);
  const initial = root.initial.target[0]?.key ?? ids[0] ?? '';
  const shortEvent = (event: string) => {
    // Delayed transitions are named by XState `xstate.after.<delay>.<machine>.<state>`.
    const delayed = /^xstate\.after\.([^.]+)\./.exec(event);
    return delayed === null ? event.replace(/^[a-z0-9]+\./, '') : `after ${delayed[1]}`;
  };
  const guardName = (guard: unknown): string => {
    if (typeof guard === 'string') return guard;
    if (typeof guard === 'object' && guard !== null && 'type' in guard) return String(guard.type);
    // Higher-order guards (`and`, `not`) are functions that keep their parts in `guards`.
    if (typeof guard === 'function') {
      const parts = (guard as { guards?: unknown[] }).guards ?? [];
      const names = parts.map(guardName);
      return guard.name === 'not' ? `not ${names.join(' ')}` : names.join(` ${guard.name} `);
    }
    return 'always';
  };
  /** The top-level state a node belongs to (its own key when it is one). */
  const topLevel = (node: AnyStateNode): string => {
    let current = node;
    while (current.parent !== undefined && current.parent !== root) current = current.parent;
    return current.key;
  };
  /** A state node and every state nested in it: their transitions leave the top-level state. */
  const descendants = (node: AnyStateNode): AnyStateNode[] => [
    node,
    ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(descendants),
  ];

  const collect = (top: AnyStateNode, from: string): ChartEdge[] => {
    const edges = new Map<string, ChartEdge>();
    const nodes = from === '*' ? [top] : descendants(top);
    for (const node of nodes) {
      // Eventless (`always`) transitions are labelled with their guard, in brackets.
      const eventless = (node.always ?? []).map(
        (definition) => [`[${guardName(definition.guard)}]`, [definition]] as const,
      );
      for (const [event, definitions] of [...node.transitions, ...eventless]) {
        for (const definition of definitions) {
          for (const target of definition.target ?? []) {
            const to = topLevel(target);
            if (to === from || target === root) continue;
            const key = `${from}→${to}`;
            const edge = edges.get(key) ?? { from, to, events: [] };
            if (!edge.events.includes(shortEvent(event))) edge.events.push(shortEvent(event));
            edges.set(key, edge);
          }
        }
      }
    }
    return [...edges.values()];
  };

  const edges = ids.flatMap((id) => collect(root.states[id] as AnyStateNode, id));
  const fromAnyState = collect(root, '*');

  // The main row: the longest forward path (in definition order, which follows the protocol)
  // from the initial state, through the state's own transitions or any-state ones from the
  // initial state. Final states close the row; the others sit below, near where they start.
  const index = (id: string) => ids.indexOf(id);
  const isFinal = (id: string) => (root.states[id] as AnyStateNode).type === 'final';
  const forward = (from: string) =>
    [...edges.filter((e) => e.from === from), ...(from === initial ? fromAnyState : [])]
      .map((e) => e.to)
      .filter((to) => index(to) > index(from) && !isFinal(to));
  const longest = new Map<string, string[]>();
  const pathFrom = (from: string): string[] => {
    const known = longest.get(from);
    if (known !== undefined) return known;
    let best: string[] = [];
    for (const to of forward(from)) {
      const path = pathFrom(to);
      if (path.length > best.length) best = path;
    }
    const path = [from, ...best];
    longest.set(from, path);
    return path;
  };
  const main = [...pathFrom(initial), ...ids.filter(isFinal)];
  const taken = new Set<string>();
  const place = new Map<string, { column: number; row: number }>();
  const put = (id: string, column: number, row: number) => {
    let c = column;
    let r = row;
    while (taken.has(`${c},${r}`)) {
      r += 1;
      if (r > 3) {
        r = row;
        c += 1;
      }
    }
    taken.add(`${c},${r}`);
    place.set(id, { column: c, row: r });
  };
  main.forEach((id, column) => put(id, column, 0));
  let spread = 0;
  for (const id of ids) {
    if (place.has(id)) continue;
    const from = edges.find((e) => e.to === id && place.has(e.from))?.from;
    const column = from === undefined ? ++spread : (place.get(from)?.column ?? 0) + 1;
    put(id, column, 1);
  }
  const states = ids.map((id) => ({ id, ...(place.get(id) ?? { column: 0, row: 0 }) }));
  return { machine: root.id, initial, states, edges, fromAnyState };
}

import type * as ScenarioRun from '../../state/scenario-run';

/** The engines and the scenario runner: what runs a world in the browser. */
export type Engine = typeof ScenarioRun;

let loading: Promise<Engine> | null = null;

/**
 * Loads the engines once, on the first page that runs a world (a dynamic import: its own chunk,
 * never on the first screen). A failed load may be tried again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('../../state/scenario-run').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** An error's message for a person, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

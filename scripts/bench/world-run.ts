import { performance } from 'node:perf_hooks';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../../src/content/worlds/shipped';
import { validateWorld } from '../../src/world/config/validate';
import { runWorld } from '../../src/world/run-world';
import { median, round, type Figure } from './figure';

/** Runs before measuring, so the figure is the engines' speed, not V8's first compilation. */
const WARM_UP_RUNS = 20;

/**
 * world_run_ms_max: the full run of each shipped world in Node (median of 5 runs after a
 * warm-up), and the slowest of them.
 */
export async function worldRunMsMax(): Promise<Figure> {
  let slowest = 0;
  for (const id of SHIPPED_WORLD_IDS) {
    const result = validateWorld(SHIPPED_WORLDS[id]);
    if (!result.ok) throw new Error(`shipped world ${id} is invalid`);
    for (let i = 0; i < WARM_UP_RUNS; i += 1) runWorld(result.world);
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      runWorld(result.world);
      times.push(performance.now() - start);
    }
    slowest = Math.max(slowest, median(times));
  }
  return { figure: 'world_run_ms_max', value: round(slowest, 2), unit: 'ms' };
}

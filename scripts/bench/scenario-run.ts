import { performance } from 'node:perf_hooks';
import { classroomWorld } from '../../src/content/worlds/classroom';
import { validateWorld } from '../../src/world/config/validate';
import { runWorld } from '../../src/world/run-world';
import { median, round, type Figure } from './figure';

/**
 * scenario_run_ms_max: the classroom world with Bob's MX unreachable, so Alice's message is
 * retried for five simulated days and then returned to her (B07): the longest queue story a
 * world tells. Median of 5 runs after a warm-up.
 */
export async function scenarioRunMsMax(): Promise<Figure> {
  const result = validateWorld(structuredClone(classroomWorld));
  if (!result.ok) throw new Error('the classroom world is invalid');
  const world = result.world;
  world.network.unreachable.push('mx-ecole');
  const steps = runWorld(world);
  if (!steps.some((step) => step.text.endsWith('status=expired, returned to sender')))
    throw new Error('the scenario did not reach its bounce');
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    runWorld(world);
    times.push(performance.now() - start);
  }
  return { figure: 'scenario_run_ms_max', value: round(median(times), 2), unit: 'ms' };
}

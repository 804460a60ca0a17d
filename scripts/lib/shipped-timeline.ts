import type { WorldConfigInput } from '../../src/world/config/schema';
import { validateWorld } from '../../src/world/config/validate';
import { runWorld } from '../../src/world/run-world';

/** The JSON of a shipped world's timeline, exactly as written to src/content/timelines/. */
export function shippedTimelineJson(input: WorldConfigInput): string {
  const result = validateWorld(input);
  if (!result.ok) {
    throw new Error(`shipped world ${input.id} is invalid: ${JSON.stringify(result.errors)}`);
  }
  return `${JSON.stringify({ world: input.id, steps: runWorld(result.world) })}\n`;
}

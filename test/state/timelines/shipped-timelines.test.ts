import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { classroomPop3World } from '../../../src/content/worlds/classroom-variants';
import { validateWorld } from '../../../src/world/config/validate';
import { runWorld } from '../../../src/world/run-world';
import type { WorldConfigInput } from '../../../src/world/config/schema';
import type { Timeline } from '../../../src/world/timeline/step';

/**
 * The screen ships each world's timeline as data so the first screen loads no engine
 * (DESIGN.md, "Shipped worlds' timelines are data"). Each must equal a fresh run of its world;
 * `UPDATE_TIMELINES=1 npx vitest run --project unit test/state/timelines` rewrites them.
 */
const SHIPPED: { id: string; world: WorldConfigInput; file: string; load(): Promise<Timeline> }[] =
  [
    {
      id: 'classroom-pop3',
      world: classroomPop3World,
      file: 'src/state/timelines/classroom-pop3.timeline.ts',
      load: async () =>
        (await import('../../../src/state/timelines/classroom-pop3.timeline')).timeline,
    },
  ];

function run(world: WorldConfigInput): Timeline {
  const result = validateWorld(world);
  if (!result.ok) throw new Error(`${world.id} is not a valid world`);
  return runWorld(result.world);
}

function source(id: string, timeline: Timeline): string {
  return [
    "import type { Timeline } from '../../world/timeline/step';",
    '',
    `/** The timeline of the ${id} world, as \`runWorld\` computes it (generated: do not edit). */`,
    `export const timeline: Timeline = ${JSON.stringify(timeline)};`,
    '',
  ].join('\n');
}

describe('shipped timelines', () => {
  for (const shipped of SHIPPED) {
    it(`ships the ${shipped.id} timeline equal to a fresh run of its world`, async () => {
      const fresh = run(shipped.world);
      if (process.env.UPDATE_TIMELINES === '1') {
        const options = (await resolveConfig(shipped.file)) ?? {};
        const text = await format(source(shipped.id, fresh), {
          ...options,
          filepath: shipped.file,
        });
        if (readFileSync(shipped.file, 'utf8') !== text) writeFileSync(shipped.file, text);
      }
      expect(await shipped.load()).toEqual(fresh);
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../../src/content/worlds/shipped';
import { shippedTimelineJson } from '../../scripts/lib/shipped-timeline';

describe('timelines computed at build time', () => {
  it.each(SHIPPED_WORLD_IDS)(
    '%s.json equals a fresh run of the same world (run `npm run build`)',
    (id) => {
      const shipped = readFileSync(`src/content/timelines/${id}.json`, 'utf8');
      expect(shipped === shippedTimelineJson(SHIPPED_WORLDS[id])).toBe(true);
    },
  );
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../src/content/worlds/shipped';
import { shippedTimelineJson } from './lib/shipped-timeline';

/**
 * Computes the timeline of every shipped world with the same `runWorld` the app uses, and
 * writes it to src/content/timelines/<id>.json (the first screen reads these, no engine).
 * Run by `npm run build`; a test checks the files equal a fresh run.
 */
const folder = 'src/content/timelines';
mkdirSync(folder, { recursive: true });
let changed = 0;
for (const id of SHIPPED_WORLD_IDS) {
  const path = `${folder}/${id}.json`;
  const json = shippedTimelineJson(SHIPPED_WORLDS[id]);
  let previous = '';
  try {
    previous = readFileSync(path, 'utf8');
  } catch {
    // First build: no file yet.
  }
  if (previous !== json) {
    writeFileSync(path, json);
    changed += 1;
  }
}
console.log(`timelines: ${SHIPPED_WORLD_IDS.length} worlds, ${changed} file(s) written`);

import type { Figure } from './figure';
import { initialJsGzipKb } from './initial-js';
import { sandboxPasteKeyMs } from './sandbox-paste';
import { scenarioRunMsMax } from './scenario-run';
import { fpsMedian, stepTimings } from './step-timing';
import { smtpSessionsPerSecond } from './smtp-sessions';
import { stepDomFloor } from './step-floor';
import { worldRunMsMax } from './world-run';

/**
 * `npm run bench`: one JSON object per line, `{"figure": NAME, "value": N, "unit": U}`.
 * `npm run bench -- initial_js_gzip_kb` runs only the figures named.
 */
const MEASURES: { figures: string[]; measure: () => Promise<Figure | Figure[]> }[] = [
  { figures: ['initial_js_gzip_kb'], measure: initialJsGzipKb },
  // One run of 100 steps gives both figures.
  { figures: ['step_latency_p95_ms', 'step_event_duration_p95_ms'], measure: stepTimings },
  // The same steps' DOM changes without the app's script: what the browser alone needs.
  { figures: ['step_dom_floor_p95_ms'], measure: stepDomFloor },
  { figures: ['fps_median'], measure: fpsMedian },
  { figures: ['smtp_sessions_per_s'], measure: smtpSessionsPerSecond },
  { figures: ['world_run_ms_max'], measure: worldRunMsMax },
  { figures: ['scenario_run_ms_max'], measure: scenarioRunMsMax },
  { figures: ['sandbox_paste_key_ms'], measure: sandboxPasteKeyMs },
];

const known = MEASURES.flatMap((m) => m.figures);
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown figure(s): ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
  process.exit(2);
}

for (const { figures, measure } of MEASURES) {
  if (wanted.length > 0 && !figures.some((name) => wanted.includes(name))) continue;
  const measured = await measure();
  for (const figure of Array.isArray(measured) ? measured : [measured])
    if (wanted.length === 0 || wanted.includes(figure.figure)) console.log(JSON.stringify(figure));
}

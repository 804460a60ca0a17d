import type { Figure } from './figure';
import { initialJsGzipKb } from './initial-js';
import { scenarioRunMsMax } from './scenario-run';
import { stepLatencyMs } from './step-latency';
import { smtpSessionsPerSecond } from './smtp-sessions';
import { worldRunMsMax } from './world-run';

/**
 * `npm run bench`: one JSON object per line, `{"figure": NAME, "value": N, "unit": U}`.
 * `npm run bench -- initial_js_gzip_kb` runs only the figures named.
 */
const FIGURES: Record<string, () => Promise<Figure>> = {
  initial_js_gzip_kb: initialJsGzipKb,
  step_latency_ms: stepLatencyMs,
  smtp_sessions_per_s: smtpSessionsPerSecond,
  world_run_ms_max: worldRunMsMax,
  scenario_run_ms_max: scenarioRunMsMax,
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !(name in FIGURES));
if (unknown.length > 0) {
  console.error(
    `Unknown figure(s): ${unknown.join(', ')}. Known: ${Object.keys(FIGURES).join(', ')}.`,
  );
  process.exit(2);
}

for (const [name, measure] of Object.entries(FIGURES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(JSON.stringify(await measure()));
}

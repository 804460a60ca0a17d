import type { Timeline } from '../../world/timeline/step';
import { atCursor, perTimeline } from './per-timeline';

/** One server log line: the step it is, the host that wrote it (`from`), the line as written. */
export interface LogLine {
  seq: number;
  host: string;
  text: string;
}

const logIndex = perTimeline((timeline: Timeline) => {
  const lines: LogLine[] = [];
  /** For every step, how many log lines were written up to it. */
  const written: number[] = [];
  const hosts = new Set<string>();
  for (const step of timeline) {
    if (step.kind === 'log') {
      lines.push({ seq: step.seq, host: step.from, text: step.text });
      hosts.add(step.from);
    }
    written.push(lines.length);
  }
  return { lines, written, hosts: [...hosts] };
});

/** How many log lines are written up to the cursor: the logs panel changes only with it. */
export function logCountAt(timeline: Timeline, cursor: number): number {
  return atCursor(logIndex(timeline).written, cursor, 0);
}

/** Every log line written up to the cursor, in timeline order. */
export function logLinesAt(timeline: Timeline, cursor: number): LogLine[] {
  return logIndex(timeline).lines.slice(0, logCountAt(timeline, cursor));
}

/** The hosts that write log lines anywhere in the run, in the order they first do. */
export function loggingHosts(timeline: Timeline): readonly string[] {
  return logIndex(timeline).hosts;
}

/** The lines of one host (or of all, `null`) containing `search`, case ignored. */
export function filterLogLines(
  lines: readonly LogLine[],
  host: string | null,
  search: string,
): LogLine[] {
  const needle = search.trim().toLowerCase();
  return lines.filter(
    (line) =>
      (host === null || line.host === host) &&
      (needle === '' || line.text.toLowerCase().includes(needle)),
  );
}

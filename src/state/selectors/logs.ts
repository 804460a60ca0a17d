import type { Timeline } from '../../world/timeline/step';

/** One server log line: the step it is, the host that wrote it (`from`), the line as written. */
export interface LogLine {
  seq: number;
  host: string;
  text: string;
}

/** Every log line written up to the cursor, in timeline order. */
export function logLinesAt(timeline: Timeline, cursor: number): LogLine[] {
  const lines: LogLine[] = [];
  for (const step of timeline.slice(0, cursor + 1))
    if (step.kind === 'log') lines.push({ seq: step.seq, host: step.from, text: step.text });
  return lines;
}

/** The hosts that write log lines anywhere in the run, in the order they first do. */
export function loggingHosts(timeline: Timeline): string[] {
  const hosts = new Set<string>();
  for (const step of timeline) if (step.kind === 'log') hosts.add(step.from);
  return [...hosts];
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

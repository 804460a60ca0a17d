import type { Step, Timeline } from '../timeline/step';

/** What a technician types into the log search: any part may be left out. */
export interface LogQuery {
  /** Only the lines of this host (a host id). */
  host?: string;
  /** Words that must all appear in the line (case-insensitive), like `grep` piped into `grep`. */
  text?: string;
  /** Only the lines about this queue id (Postfix's way of following one message). */
  queueId?: string;
  /** Only lines written up to this simulated time (ms): the log as it was at a cursor. */
  until?: number;
}

/** The `log` steps of a timeline matching a query, in order. */
export function searchLog(timeline: Timeline, query: LogQuery = {}): Step[] {
  const words = (query.text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return timeline.filter((step) => {
    if (step.kind !== 'log') return false;
    if (query.host !== undefined && step.from !== query.host) return false;
    if (query.until !== undefined && step.time > query.until) return false;
    if (query.queueId !== undefined && !step.text.includes(`${query.queueId}:`)) return false;
    const line = step.text.toLowerCase();
    return words.every((word) => line.includes(word));
  });
}

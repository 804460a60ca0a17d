import type { Step, Timeline } from '../../world/timeline/step';

/** Who speaks on a transcript line: client (C:), server (S:), DNS question/answer, or an event. */
export type Speaker = 'C' | 'S' | 'Q' | 'A' | 'event';

export function speakerOf(step: Step): Speaker {
  switch (step.kind) {
    case 'command':
    case 'data':
      return 'C';
    case 'reply':
      return 'S';
    case 'dns-query':
      return 'Q';
    case 'dns-answer':
      return 'A';
    default:
      return 'event';
  }
}

/** A run of consecutive steps of one connection (or of one host's own work, conn null). */
export interface TranscriptGroup {
  /** A stable id: the connection id, or `host:<id>` / `dns:<id>` for steps outside one. */
  id: string;
  conn: string | null;
  /** The client side and the server side of the connection (or the host itself). */
  from: string;
  to: string;
  protocol: Step['protocol'];
  /** The server port, from the connect step's description (null when no connect step is seen). */
  port: number | null;
  steps: Step[];
}

/** The server's port of a `connect` step, as the world records it (never read from the text). */
export function connectPort(step: Step): number | null {
  return step.kind === 'connect' ? (step.port ?? null) : null;
}

function groupKey(step: Step): string {
  if (step.conn !== null) return step.conn;
  return step.protocol === 'dns'
    ? `dns:${step.kind === 'dns-query' ? step.from : step.to}`
    : `host:${step.from}`;
}

/**
 * The steps up to the cursor, grouped in runs by connection, in timeline order. Server log
 * lines are left to the logs panel: between a command and its reply they would cut the
 * connection's run in two.
 */
export function transcriptGroups(timeline: Timeline, cursor: number): TranscriptGroup[] {
  const groups: TranscriptGroup[] = [];
  const ports = new Map<string, number | null>();
  const ends = new Map<string, { from: string; to: string; protocol: Step['protocol'] }>();
  for (const step of timeline.slice(0, cursor + 1)) {
    if (step.kind === 'log') continue;
    const key = groupKey(step);
    if (step.kind === 'connect' && step.conn !== null) {
      ports.set(step.conn, connectPort(step));
      ends.set(step.conn, { from: step.from, to: step.to, protocol: step.protocol });
    }
    const end = ends.get(key);
    // A connection's protocol is that of its first non-TCP step.
    if (
      end !== undefined &&
      end.protocol === 'tcp' &&
      step.protocol !== 'tcp' &&
      step.protocol !== null
    )
      end.protocol = step.protocol;
    const last = groups.at(-1);
    if (last !== undefined && last.id === key) {
      last.steps.push(step);
      if (end !== undefined) last.protocol = end.protocol;
      continue;
    }
    const [from, to] =
      step.protocol === 'dns' && step.kind === 'dns-answer'
        ? [step.to, step.from]
        : [step.from, step.to];
    groups.push({
      id: key,
      conn: step.conn,
      from: end?.from ?? from,
      to: end?.to ?? to,
      protocol: end?.protocol ?? step.protocol,
      port: step.conn === null ? null : (ports.get(step.conn) ?? null),
      steps: [step],
    });
  }
  return groups;
}

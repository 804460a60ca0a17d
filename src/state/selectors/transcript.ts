import type { Step, Timeline } from '../../world/timeline/step';
import { atCursor, perTimeline } from './per-timeline';

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

/** A group of the whole run, with what changes in it as the cursor moves. */
export interface IndexedGroup extends Omit<TranscriptGroup, 'protocol'> {
  /** Its position in the run's groups. */
  index: number;
  /** The group's protocol from each step on that changes it, the first entry at its start. */
  protocols: { seq: number; protocol: Step['protocol'] }[];
  /** Its heading's row. */
  row: number;
}

/** One row of the transcript: a group's heading or one step's line. */
export type TranscriptRow =
  | { kind: 'heading'; group: IndexedGroup }
  | { kind: 'line'; group: IndexedGroup; step: Step; line: number };

export interface TranscriptIndex {
  groups: IndexedGroup[];
  rows: TranscriptRow[];
  /** For every step, how many rows the transcript shows once the cursor is on it. */
  rowsAt: number[];
}

/** A group's protocol once the cursor is on `cursor` (a connection's is known from its first non-TCP step). */
export function protocolAt(group: IndexedGroup, cursor: number): Step['protocol'] {
  let protocol = group.protocols[0]?.protocol ?? null;
  for (const entry of group.protocols) if (entry.seq <= cursor) protocol = entry.protocol;
  return protocol;
}

/**
 * The whole run's transcript, grouped once per timeline: steps in runs by connection, in
 * timeline order, one row per heading and per line. Server log lines are left to the logs
 * panel: between a command and its reply they would cut the connection's run in two. The
 * transcript at a cursor is a prefix of these rows (`rowsAt`), so a view never regroups.
 */
export const transcriptIndex = perTimeline((timeline: Timeline): TranscriptIndex => {
  const groups: IndexedGroup[] = [];
  const rows: TranscriptRow[] = [];
  const rowsAt: number[] = [];
  const ports = new Map<string, number | null>();
  const ends = new Map<string, { from: string; to: string; protocol: Step['protocol'] }>();
  for (const step of timeline) {
    if (step.kind === 'log') {
      rowsAt.push(rows.length);
      continue;
    }
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
    let group = groups.at(-1);
    if (group !== undefined && group.id === key) {
      const known = group.protocols.at(-1)?.protocol;
      if (end !== undefined && end.protocol !== known)
        group.protocols.push({ seq: step.seq, protocol: end.protocol });
    } else {
      const [from, to] =
        step.protocol === 'dns' && step.kind === 'dns-answer'
          ? [step.to, step.from]
          : [step.from, step.to];
      group = {
        index: groups.length,
        id: key,
        conn: step.conn,
        from: end?.from ?? from,
        to: end?.to ?? to,
        protocols: [{ seq: step.seq, protocol: end?.protocol ?? step.protocol }],
        port: step.conn === null ? null : (ports.get(step.conn) ?? null),
        steps: [],
        row: rows.length,
      };
      groups.push(group);
      rows.push({ kind: 'heading', group });
    }
    group.steps.push(step);
    rows.push({ kind: 'line', group, step, line: group.steps.length - 1 });
    rowsAt.push(rows.length);
  }
  return { groups, rows, rowsAt };
});

/** How many rows of `transcriptIndex` the transcript shows with the cursor on `cursor`. */
export function transcriptRowsAt(timeline: Timeline, cursor: number): number {
  return atCursor(transcriptIndex(timeline).rowsAt, cursor, 0);
}

/**
 * The steps up to the cursor, grouped in runs by connection, in timeline order (read from
 * `transcriptIndex`).
 */
export function transcriptGroups(timeline: Timeline, cursor: number): TranscriptGroup[] {
  const { rows } = transcriptIndex(timeline);
  const groups: TranscriptGroup[] = [];
  for (const row of rows.slice(0, transcriptRowsAt(timeline, cursor))) {
    if (row.kind === 'heading') {
      const { id, conn, from, to, port } = row.group;
      groups.push({ id, conn, from, to, port, protocol: protocolAt(row.group, cursor), steps: [] });
    } else groups.at(-1)?.steps.push(row.step);
  }
  return groups;
}

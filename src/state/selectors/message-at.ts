import type { Step, Timeline } from '../../world/timeline/step';
import { atCursor, perTimelineAndKey } from './per-timeline';

/** The message as the last hop up to the cursor carried it, with the envelope of that hop. */
export interface MessageSnapshot {
  /** The raw message as it crossed the wire on that hop (after DATA). */
  raw: string;
  /** The step that carried it. */
  seq: number;
  /** The envelope commands of that hop (MAIL FROM, RCPT TO), as sent. */
  envelope: Step[];
  /** The raw message of the hop before, to show which header fields this hop added. */
  previousRaw: string | null;
  /** Number of hops that carried it so far. */
  hop: number;
}

const ENVELOPE_VERBS = new Set(['MAIL', 'RCPT']);

/** The hops of one message (or of every message, key ''), and each connection's envelope. */
const carriedMessages = perTimelineAndKey((timeline: Timeline, messageId: string) => {
  const carried: Step[] = [];
  /** For every step, how many hops carried the message up to it. */
  const hops: number[] = [];
  const envelopes = new Map<string, Step[]>();
  for (const step of timeline) {
    if (step.kind === 'data' && (messageId === '' || step.messageId === messageId))
      carried.push(step);
    if (
      step.conn !== null &&
      step.kind === 'command' &&
      ENVELOPE_VERBS.has(step.command?.verb ?? '')
    ) {
      const envelope = envelopes.get(step.conn) ?? [];
      envelope.push(step);
      envelopes.set(step.conn, envelope);
    }
    hops.push(carried.length);
  }
  return { carried, hops, envelopes, snapshots: new Map<string, MessageSnapshot>() };
});

/**
 * A stand-in for the world's `messageAt(timeline, cursor)`: reads the `data` steps of the
 * message up to the cursor. The headers a delivery agent adds at final delivery (Return-Path,
 * Delivered-To) appear once the timeline carries the stored message. The same snapshot object
 * comes back for every cursor that shows the same hop and envelope.
 */
export function messageAt(
  timeline: Timeline,
  cursor: number,
  messageId?: string,
): MessageSnapshot | null {
  const { carried, hops, envelopes, snapshots } = carriedMessages(timeline, messageId ?? '');
  const hop = atCursor(hops, cursor, 0);
  const last = carried[hop - 1];
  if (last === undefined) return null;
  const envelope = (last.conn === null ? [] : (envelopes.get(last.conn) ?? [])).filter(
    (step) => step.seq <= cursor,
  );
  const key = `${hop}:${envelope.length}`;
  const known = snapshots.get(key);
  if (known !== undefined) return known;
  const snapshot: MessageSnapshot = {
    raw: last.text,
    seq: last.seq,
    envelope,
    previousRaw: carried[hop - 2]?.text ?? null,
    hop,
  };
  snapshots.set(key, snapshot);
  return snapshot;
}

import type { Step, Timeline } from '../../world/timeline/step';

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

/**
 * A stand-in for the world's `messageAt(timeline, cursor)`: reads the `data` steps of the
 * message up to the cursor. The headers a delivery agent adds at final delivery (Return-Path,
 * Delivered-To) appear once the timeline carries the stored message.
 */
export function messageAt(
  timeline: Timeline,
  cursor: number,
  messageId?: string,
): MessageSnapshot | null {
  const steps = timeline.slice(0, cursor + 1);
  const carried = steps.filter(
    (step) => step.kind === 'data' && (messageId === undefined || step.messageId === messageId),
  );
  const last = carried.at(-1);
  if (last === undefined) return null;
  const envelope = steps.filter(
    (step) =>
      step.conn === last.conn &&
      step.kind === 'command' &&
      ENVELOPE_VERBS.has(step.command?.verb ?? ''),
  );
  return {
    raw: last.text,
    seq: last.seq,
    envelope,
    previousRaw: carried.at(-2)?.text ?? null,
    hop: carried.length,
  };
}

import type { Checkpoint, Lesson } from '../content/lessons/types';
import { decodedSaslText, hostsInConnectionOrder, matchOne } from '../world/timeline/query';
import type { Timeline } from '../world/timeline/step';

/**
 * Checkpoint logic for the lesson runner. Every right answer is read from the timeline the
 * engines produced (DESIGN.md principle 1): a lesson names a step, never a reply.
 */

/** Where a checkpoint is asked: a prediction just before its reply, the others at their step. */
export function holdPoint(timeline: Timeline, checkpoint: Checkpoint): number {
  const seq = matchOne(timeline, checkpoint.anchor).seq;
  return checkpoint.kind === 'predictReply' ? Math.max(0, seq - 1) : seq;
}

/** The reply code the engine sent at a predictReply checkpoint's step. */
export function rightCode(timeline: Timeline, anchor: Checkpoint['anchor']): string {
  const step = matchOne(timeline, anchor);
  if (step.reply === undefined)
    throw new Error(`step ${step.seq} is not a reply: no code to predict`);
  return step.reply.code;
}

/** The codes offered: the engine's and the lesson's wrong ones, in a fixed order (by code). */
export function predictChoices(timeline: Timeline, checkpoint: Checkpoint): string[] {
  if (checkpoint.kind !== 'predictReply') return [];
  const codes = [
    rightCode(timeline, checkpoint.anchor),
    ...checkpoint.distractors.map((d) => d.code),
  ];
  return [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The hosts the message went through up to the checkpoint, in order (the right answer). */
export function rightHops(timeline: Timeline, checkpoint: Checkpoint): string[] {
  const until = matchOne(timeline, checkpoint.anchor).seq;
  return hostsInConnectionOrder(timeline.filter((step) => step.seq <= until));
}

/**
 * The order the hops are first shown in: by name, or reversed when that happens to be the
 * answer already (a puzzle that starts solved teaches nothing).
 */
export function scrambledHops(right: readonly string[], nameOf: (id: string) => string): string[] {
  const byName = [...right].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const same = byName.every((id, index) => id === right[index]);
  return same ? [...right].reverse() : byName;
}

/** The base64 word of a SASL line, as the wire carried it. */
export function base64Word(timeline: Timeline, checkpoint: Checkpoint): string {
  return matchOne(timeline, checkpoint.anchor).text.trim().split(/\s+/).at(-1) ?? '';
}

/** The decoded SASL text (with its NUL separators), read from the engine's line. */
export function rightDecoding(timeline: Timeline, checkpoint: Checkpoint): string {
  return decodedSaslText(matchOne(timeline, checkpoint.anchor)) ?? '';
}

/**
 * The words of a decoded text: a student cannot type a NUL byte, so NULs, spaces, and the
 * ways people write a NUL (`\0`, `␀`, `NUL`) all separate words.
 */
export function decodedWords(text: string): string[] {
  return text
    .replaceAll('\u0000', ' ')
    .replaceAll('\\0', ' ')
    .replaceAll('␀', ' ')
    .split(/\s+|\bNUL\b/)
    .filter((word) => word !== '');
}

/** A student's answer, in the shape each kind of checkpoint takes. */
export type Answer =
  | { kind: 'predictReply'; code: string }
  | { kind: 'multipleChoice'; option: number }
  | { kind: 'selectLine'; seq: number }
  | { kind: 'decodeBase64'; text: string }
  | { kind: 'orderHops'; hosts: string[] };

/** Is this answer the one the timeline gives? */
export function isRight(timeline: Timeline, checkpoint: Checkpoint, answer: Answer): boolean {
  switch (checkpoint.kind) {
    case 'predictReply':
      return (
        answer.kind === 'predictReply' && answer.code === rightCode(timeline, checkpoint.anchor)
      );
    case 'multipleChoice':
      return (
        answer.kind === 'multipleChoice' && checkpoint.options[answer.option]?.correct === true
      );
    case 'selectLine':
      return (
        answer.kind === 'selectLine' && answer.seq === matchOne(timeline, checkpoint.anchor).seq
      );
    case 'decodeBase64': {
      if (answer.kind !== 'decodeBase64') return false;
      const right = decodedWords(rightDecoding(timeline, checkpoint));
      const given = decodedWords(answer.text);
      return right.length === given.length && right.every((word, index) => word === given[index]);
    }
    case 'orderHops': {
      if (answer.kind !== 'orderHops') return false;
      const right = rightHops(timeline, checkpoint);
      return (
        right.length === answer.hosts.length &&
        right.every((host, index) => host === answer.hosts[index])
      );
    }
  }
}

/** The step each narrative text starts at, in order. */
export function narrativeSeqs(timeline: Timeline, lesson: Lesson): number[] {
  return lesson.narrative.map((step) => matchOne(timeline, step.anchor).seq);
}

/** The narrative text shown at `cursor`: the last one whose step is reached, or -1 before. */
export function narrativeIndexAt(seqs: readonly number[], cursor: number): number {
  let index = -1;
  seqs.forEach((seq, i) => {
    if (seq <= cursor) index = i;
  });
  return index;
}

/**
 * How far the cursor may go: up to the first checkpoint not yet answered or skipped (the
 * gate), else the end. Checkpoints are taken in the order of their hold points.
 */
export function gateAt(
  timeline: Timeline,
  lesson: Lesson,
  settled: ReadonlySet<string>,
): { limit: number; checkpoint: Checkpoint | null } {
  const pending = lesson.checkpoints
    .filter((checkpoint) => !settled.has(checkpoint.id))
    .map((checkpoint) => ({ checkpoint, at: holdPoint(timeline, checkpoint) }))
    .sort((a, b) => a.at - b.at);
  const first = pending[0];
  return first === undefined
    ? { limit: timeline.length - 1, checkpoint: null }
    : { limit: first.at, checkpoint: first.checkpoint };
}

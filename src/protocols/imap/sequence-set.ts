/**
 * Sequence sets (RFC 3501 §9, `sequence-set`): `1`, `2:4`, `1:*`, `2,4:6`. The same syntax
 * names message sequence numbers or, after `UID`, unique identifiers. `*` is the largest value
 * in use; `4:2` means `2:4`.
 */
export type SequenceBound = number | '*';

export interface SequenceRange {
  readonly from: SequenceBound;
  readonly to: SequenceBound;
}

export type SequenceSet = readonly SequenceRange[];

const numberPattern = /^[1-9]\d{0,9}$/;

function parseBound(text: string): SequenceBound | undefined {
  if (text === '*') return '*';
  if (!numberPattern.test(text)) return undefined;
  const value = Number(text);
  // RFC 3501 §9: nz-number is a 32-bit unsigned value.
  return value <= 0xffffffff ? value : undefined;
}

/** Parses a set, or returns undefined when the text is not one. */
export function parseSequenceSet(text: string): SequenceSet | undefined {
  if (text === '') return undefined;
  const ranges: SequenceRange[] = [];
  for (const part of text.split(',')) {
    const bounds = part.split(':');
    if (bounds.length > 2) return undefined;
    const [first = '', second] = bounds;
    const from = parseBound(first);
    const to = second === undefined ? from : parseBound(second);
    if (from === undefined || to === undefined) return undefined;
    ranges.push({ from, to });
  }
  return ranges;
}

/** `*` stands for `largest`; a range is inclusive in either order. */
export function includes(set: SequenceSet, value: number, largest: number): boolean {
  return set.some(({ from, to }) => {
    const a = from === '*' ? largest : from;
    const b = to === '*' ? largest : to;
    return value >= Math.min(a, b) && value <= Math.max(a, b);
  });
}

/** The highest number a set names explicitly (to check sequence numbers against EXISTS). */
export function highestNamed(set: SequenceSet, largest: number): number {
  let highest = 0;
  for (const { from, to } of set) {
    for (const bound of [from, to]) {
      highest = Math.max(highest, bound === '*' ? largest : bound);
    }
  }
  return highest;
}

/** Writes numbers as a compact set, `1:3,5` (Dovecot's msgset generator for COPYUID). */
export function formatSet(values: readonly number[]): string {
  const ranges: string[] = [];
  let start = values[0];
  let previous = values[0];
  for (const value of [...values.slice(1), undefined]) {
    if (value !== undefined && previous !== undefined && value === previous + 1) {
      previous = value;
      continue;
    }
    if (start !== undefined && previous !== undefined) {
      ranges.push(start === previous ? String(start) : `${start}:${previous}`);
    }
    start = value;
    previous = value;
  }
  return ranges.join(',');
}

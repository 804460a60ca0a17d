import { R, type Pop3Reply } from './replies';

const UINT_MAX = 4294967295;

export type Parsed<T> = { ok: true; value: T; rest: string } | { ok: false; reply: Pop3Reply };

/** Leading decimal digits as Dovecot's str_parse_uint reads them. */
function leadingNumber(text: string): { digits: string; rest: string } {
  const digits = /^\d*/.exec(text)?.[0] ?? '';
  return { digits, rest: text.slice(digits.length) };
}

/**
 * A message number argument (RFC 1939 §5), checked as Dovecot's get_msgnum does: digits, not
 * too large, followed by a space only when another argument comes (`thenSpace`), between 1 and
 * the count fixed at login, and not marked deleted. The value is the 0-based index.
 */
export function parseMessageNumber(
  args: string,
  count: number,
  deleted: ReadonlySet<number>,
  thenSpace: boolean,
): Parsed<number> {
  const { digits, rest } = leadingNumber(args);
  if (digits === '') return { ok: false, reply: R.invalidNumber(args) };
  const number = Number(digits);
  if (number > UINT_MAX) return { ok: false, reply: R.numberTooLarge(args) };
  if (thenSpace ? !rest.startsWith(' ') : rest !== '') {
    return { ok: false, reply: R.noiseAfterNumber(rest) };
  }
  if (number === 0 || number > count) return { ok: false, reply: R.noSuchMessage(String(number)) };
  if (deleted.has(number - 1)) return { ok: false, reply: R.messageDeleted };
  return { ok: true, value: number - 1, rest: rest.replace(/^ +/, '') };
}

/** The line count of TOP n k (RFC 1939 §7), checked as Dovecot's get_size does. */
export function parseLineCount(args: string): Parsed<number> {
  const { digits, rest } = leadingNumber(args);
  if (digits === '') return { ok: false, reply: R.invalidSize(args) };
  if (rest !== '') return { ok: false, reply: R.noiseAfterSize(rest) };
  const lines = Number(digits);
  if (!Number.isSafeInteger(lines)) return { ok: false, reply: R.sizeTooLarge(args) };
  return { ok: true, value: lines, rest: '' };
}

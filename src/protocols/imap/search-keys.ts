import type { Argument } from './arguments';
import { parseSequenceSet, type SequenceSet } from './sequence-set';

/** A calendar day as SEARCH compares it (RFC 3501 §6.4.4: dates ignore time and zone). */
export interface SearchDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export type FlagKey =
  | 'ALL'
  | 'ANSWERED'
  | 'DELETED'
  | 'DRAFT'
  | 'FLAGGED'
  | 'NEW'
  | 'OLD'
  | 'RECENT'
  | 'SEEN'
  | 'UNANSWERED'
  | 'UNDELETED'
  | 'UNDRAFT'
  | 'UNFLAGGED'
  | 'UNSEEN';

/** SEARCH keys (RFC 3501 §6.4.4). Several keys side by side must all match. */
export type SearchKey =
  | { readonly kind: 'flag'; readonly key: FlagKey }
  | { readonly kind: 'keyword'; readonly keyword: string; readonly present: boolean }
  | { readonly kind: 'header'; readonly field: string; readonly value: string }
  | { readonly kind: 'body' | 'text'; readonly value: string }
  | {
      readonly kind: 'date';
      /** INTERNALDATE for BEFORE/ON/SINCE, the Date: header for SENT*. */
      readonly source: 'internal' | 'sent';
      readonly relation: 'before' | 'on' | 'since';
      readonly date: SearchDate;
    }
  | { readonly kind: 'size'; readonly relation: 'larger' | 'smaller'; readonly octets: number }
  | { readonly kind: 'uid' | 'sequence'; readonly set: SequenceSet }
  | { readonly kind: 'not'; readonly key: SearchKey }
  | { readonly kind: 'or'; readonly left: SearchKey; readonly right: SearchKey }
  | { readonly kind: 'and'; readonly keys: readonly SearchKey[] };

const flagKeys = new Set<string>([
  'ALL',
  'ANSWERED',
  'DELETED',
  'DRAFT',
  'FLAGGED',
  'NEW',
  'OLD',
  'RECENT',
  'SEEN',
  'UNANSWERED',
  'UNDELETED',
  'UNDRAFT',
  'UNFLAGGED',
  'UNSEEN',
]);
const headerKeys = new Set(['FROM', 'TO', 'CC', 'BCC', 'SUBJECT']);
const dateKeys: Readonly<
  Record<string, { source: 'internal' | 'sent'; relation: 'before' | 'on' | 'since' }>
> = {
  BEFORE: { source: 'internal', relation: 'before' },
  ON: { source: 'internal', relation: 'on' },
  SINCE: { source: 'internal', relation: 'since' },
  SENTBEFORE: { source: 'sent', relation: 'before' },
  SENTON: { source: 'sent', relation: 'on' },
  SENTSINCE: { source: 'sent', relation: 'since' },
};
const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `1-Jun-2024` or `01-Jun-2024` (RFC 3501 §9, `date`). */
function parseSearchDate(text: string): SearchDate | undefined {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(text);
  if (!match) return undefined;
  const month = months.indexOf((match[2] ?? '').toUpperCase()) + 1;
  const day = Number(match[1]);
  if (month === 0 || day < 1 || day > 31) return undefined;
  return { year: Number(match[3]), month, day };
}

type Reader = { readonly args: readonly Argument[]; at: number };

/** Parses a whole search program (the arguments after SEARCH, CHARSET already removed). */
export function parseSearchKeys(args: readonly Argument[]): SearchKey | { error: string } {
  if (args.length === 0) return { error: 'Missing search parameters' };
  const reader: Reader = { args, at: 0 };
  const keys: SearchKey[] = [];
  while (reader.at < args.length) {
    const key = readKey(reader);
    if ('error' in key) return key;
    keys.push(key);
  }
  const [only] = keys;
  return keys.length === 1 && only ? only : { kind: 'and', keys };
}

function readString(reader: Reader): string | undefined {
  const argument = reader.args[reader.at];
  if (argument === undefined || argument.kind === 'list') return undefined;
  reader.at += 1;
  return argument.value;
}

function readKey(reader: Reader): SearchKey | { error: string } {
  const argument = reader.args[reader.at];
  if (argument === undefined) return { error: 'Missing search parameters' };
  reader.at += 1;
  if (argument.kind === 'list') {
    const inner = parseSearchKeys(argument.items);
    return inner;
  }
  if (argument.kind === 'string') return { error: `Unknown argument ${argument.value}` };
  const name = argument.value.toUpperCase();
  if (flagKeys.has(name)) return { kind: 'flag', key: name as FlagKey };
  if (headerKeys.has(name)) {
    const value = readString(reader);
    return value === undefined
      ? { error: `Missing parameter for ${name}` }
      : { kind: 'header', field: name, value };
  }
  const dateKey = dateKeys[name];
  if (dateKey) {
    const text = readString(reader);
    const date = text === undefined ? undefined : parseSearchDate(text);
    return date === undefined
      ? { error: `Invalid search date parameter: ${text ?? ''}` }
      : { kind: 'date', ...dateKey, date };
  }
  switch (name) {
    case 'BODY':
    case 'TEXT': {
      const value = readString(reader);
      return value === undefined
        ? { error: `Missing parameter for ${name}` }
        : { kind: name === 'BODY' ? 'body' : 'text', value };
    }
    case 'HEADER': {
      const field = readString(reader);
      const value = readString(reader);
      return field === undefined || value === undefined
        ? { error: 'Missing parameter for HEADER' }
        : { kind: 'header', field: field.toUpperCase(), value };
    }
    case 'KEYWORD':
    case 'UNKEYWORD': {
      const keyword = readString(reader);
      return keyword === undefined
        ? { error: `Missing parameter for ${name}` }
        : { kind: 'keyword', keyword, present: name === 'KEYWORD' };
    }
    case 'LARGER':
    case 'SMALLER': {
      const text = readString(reader);
      return text === undefined || !/^\d+$/.test(text)
        ? { error: `Invalid search number parameter` }
        : {
            kind: 'size',
            relation: name === 'LARGER' ? 'larger' : 'smaller',
            octets: Number(text),
          };
    }
    case 'UID': {
      const text = readString(reader);
      const set = text === undefined ? undefined : parseSequenceSet(text);
      return set === undefined ? { error: 'Invalid messageset' } : { kind: 'uid', set };
    }
    case 'NOT': {
      const key = readKey(reader);
      return 'error' in key ? key : { kind: 'not', key };
    }
    case 'OR': {
      const left = readKey(reader);
      if ('error' in left) return left;
      const right = readKey(reader);
      return 'error' in right ? right : { kind: 'or', left, right };
    }
    default: {
      const set = parseSequenceSet(argument.value);
      return set === undefined ? { error: `Unknown argument ${name}` } : { kind: 'sequence', set };
    }
  }
}

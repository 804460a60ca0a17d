import type { Argument } from './arguments';

/**
 * FETCH data items (RFC 3501 §6.4.5). Macros expand here: ALL = FLAGS INTERNALDATE RFC822.SIZE
 * ENVELOPE, FAST = FLAGS INTERNALDATE RFC822.SIZE, FULL = ALL + BODY.
 */
export type SimpleFetchItem =
  | 'FLAGS'
  | 'UID'
  | 'INTERNALDATE'
  | 'RFC822.SIZE'
  | 'ENVELOPE'
  | 'BODYSTRUCTURE'
  | 'BODY'
  | 'RFC822'
  | 'RFC822.HEADER'
  | 'RFC822.TEXT';

export type SectionText = 'HEADER' | 'HEADER.FIELDS' | 'HEADER.FIELDS.NOT' | 'TEXT' | 'MIME';

export interface Section {
  /** MIME part numbers, `[1, 2]` for `BODY[1.2]`; empty for the whole message. */
  readonly part: readonly number[];
  readonly text?: SectionText;
  /** Header field names for HEADER.FIELDS and HEADER.FIELDS.NOT, upper-cased. */
  readonly fields?: readonly string[];
}

export type FetchItem =
  | { readonly kind: SimpleFetchItem }
  | {
      readonly kind: 'section';
      /** BODY.PEEK[…] does not set \Seen (RFC 3501 §6.4.5). */
      readonly peek: boolean;
      readonly section: Section;
      readonly partial?: { readonly offset: number; readonly length: number };
    };

const simpleItems = new Set<string>([
  'FLAGS',
  'UID',
  'INTERNALDATE',
  'RFC822.SIZE',
  'ENVELOPE',
  'BODYSTRUCTURE',
  'BODY',
  'RFC822',
  'RFC822.HEADER',
  'RFC822.TEXT',
]);

const macros: Readonly<Record<string, readonly SimpleFetchItem[]>> = {
  ALL: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE'],
  FAST: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE'],
  FULL: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE', 'BODY'],
};

const sectionItem = /^(BODY|BODY\.PEEK)\[([^\]]*)\](?:<(\d+)\.(\d+)>)?$/i;

/** Parses the items of a FETCH command, or returns Dovecot's error text. */
export function parseFetchItems(argument: Argument): FetchItem[] | { error: string } {
  if (argument.kind === 'atom') {
    const macro = macros[argument.value.toUpperCase()];
    if (macro) return macro.map((kind) => ({ kind }));
    const item = parseFetchItem(argument.value);
    return 'error' in item ? item : [item];
  }
  if (argument.kind !== 'list' || argument.items.length === 0) {
    return { error: 'Invalid arguments.' };
  }
  const items: FetchItem[] = [];
  for (const entry of argument.items) {
    if (entry.kind !== 'atom') return { error: 'Invalid arguments.' };
    const item = parseFetchItem(entry.value);
    if ('error' in item) return item;
    items.push(item);
  }
  return items;
}

function parseFetchItem(text: string): FetchItem | { error: string } {
  const upper = text.toUpperCase();
  if (simpleItems.has(upper)) return { kind: upper as SimpleFetchItem };
  const match = sectionItem.exec(text);
  if (!match) return { error: `Unknown parameter ${upper}` };
  const spec = match[2] ?? '';
  const section = parseSection(spec);
  if (!section) return { error: `Invalid BODY[..] parameter: ${spec}` };
  const item: FetchItem = {
    kind: 'section',
    peek: (match[1] ?? '').toUpperCase() === 'BODY.PEEK',
    section,
    ...(match[3] !== undefined
      ? { partial: { offset: Number(match[3]), length: Number(match[4]) } }
      : {}),
  };
  return item;
}

function parseSection(text: string): Section | undefined {
  const partMatch = /^((?:[1-9]\d*\.)*[1-9]\d*)(?:\.|$)/.exec(text);
  const part = partMatch ? (partMatch[1] ?? '').split('.').map(Number) : [];
  const rest = partMatch ? text.slice(partMatch[0].length) : text;
  if (rest === '') return { part };
  const fieldsMatch = /^(HEADER\.FIELDS(?:\.NOT)?) \(([^()]*)\)$/i.exec(rest);
  if (fieldsMatch) {
    const fields = (fieldsMatch[2] ?? '')
      .split(' ')
      .filter((field) => field !== '')
      .map((field) => field.replace(/^"|"$/g, '').toUpperCase());
    if (fields.length === 0) return undefined;
    return { part, text: (fieldsMatch[1] ?? '').toUpperCase() as SectionText, fields };
  }
  const upper = rest.toUpperCase();
  if (upper === 'HEADER' || upper === 'TEXT') return { part, text: upper };
  // RFC 3501 §6.4.5: MIME names the MIME header of a part, so it needs a part number.
  if (upper === 'MIME' && part.length > 0) return { part, text: 'MIME' };
  return undefined;
}

/** The item's name in the FETCH response: `BODY[HEADER.FIELDS (FROM)]`, `BODY[]<0>`. */
export function sectionResponseName(item: Extract<FetchItem, { kind: 'section' }>): string {
  const { part, text, fields } = item.section;
  let spec = part.join('.');
  if (text) spec += (spec === '' ? '' : '.') + text;
  if (fields) spec += ` (${fields.join(' ')})`;
  // RFC 3501 §7.4.2: a partial fetch answers with the origin octet only.
  const origin = item.partial ? `<${item.partial.offset}>` : '';
  return `BODY[${spec}]${origin}`;
}

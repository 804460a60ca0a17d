import { decodeEncodedWords, encodeEncodedWords } from './encoded-word';

/**
 * Address fields (RFC 5322 §3.4): `bob@b.example`, `Bob Martin <bob@b.example>`,
 * `"Martin, Bob" <bob@b.example>`, groups `Équipe: a@x, b@y;`. IMAP's ENVELOPE needs each
 * mailbox as name / mailbox (local part) / host, and groups as start and end markers.
 */

export interface Mailbox {
  kind: 'mailbox';
  /** The display name, encoded-words decoded, quotes removed; undefined when absent. */
  name?: string;
  /** The local part ("bob"), quotes removed. */
  mailbox: string;
  /** The domain as written ("b.example"); empty for an address without "@". */
  host: string;
  /** The address as `local@domain`. */
  address: string;
}

export interface Group {
  kind: 'group';
  /** The group's display name. */
  name: string;
  members: Mailbox[];
}

export type AddressEntry = Mailbox | Group;

type Token =
  | { type: 'atom'; text: string }
  | { type: 'quoted'; text: string }
  | { type: 'literal'; text: string }
  | { type: 'special'; text: string };

const SPECIALS = '<>@,;:.[]';

/** Splits an address field into atoms, quoted strings, domain literals and specials; comments go. */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < value.length) {
    const letter = value.charAt(i);
    if (/\s/.test(letter)) {
      i++;
    } else if (letter === '(') {
      // RFC 5322 §3.2.2: comments nest and may hold quoted pairs.
      let depth = 0;
      for (; i < value.length; i++) {
        const c = value.charAt(i);
        if (c === '\\') i++;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i++;
    } else if (letter === '"') {
      let text = '';
      for (i++; i < value.length && value.charAt(i) !== '"'; i++) {
        if (value.charAt(i) === '\\') i++;
        text += value.charAt(i);
      }
      i++;
      tokens.push({ type: 'quoted', text });
    } else if (letter === '[') {
      const close = value.indexOf(']', i);
      const end = close < 0 ? value.length : close + 1;
      tokens.push({ type: 'literal', text: value.slice(i, end) });
      i = end;
    } else if (SPECIALS.includes(letter)) {
      tokens.push({ type: 'special', text: letter });
      i++;
    } else {
      let text = '';
      while (i < value.length && !/[\s()"<>@,;:[\]]/.test(value.charAt(i)))
        text += value.charAt(i++);
      // Dots inside an atom run ("b.example", "Jr.") stay part of the word.
      tokens.push({ type: 'atom', text });
    }
  }
  return tokens;
}

function isSpecial(token: Token | undefined, text: string): boolean {
  return token?.type === 'special' && token.text === text;
}

export interface AddressParseOptions {
  /**
   * Decode RFC 2047 encoded-words in display names (default). IMAP's ENVELOPE sends names
   * as written, so the IMAP server asks for `false`.
   */
  decodeNames?: boolean;
}

function phraseText(tokens: Token[], decodeNames: boolean): string | undefined {
  if (tokens.length === 0) return undefined;
  // Adjacent words of a phrase are separated by one space; encoded-words are then decoded.
  const joined = tokens.map((token) => token.text).join(' ');
  const text = (decodeNames ? decodeEncodedWords(joined) : joined).trim();
  return text === '' ? undefined : text;
}

function makeMailbox(spec: Token[], name: string | undefined): Mailbox {
  const at = spec.findIndex((token) => isSpecial(token, '@'));
  const join = (part: Token[]) => part.map((token) => token.text).join('');
  const local = at < 0 ? join(spec) : join(spec.slice(0, at));
  // Kept as written (IMAP ENVELOPE shows it so); compare domains without case (RFC 5321 §2.4).
  const host = at < 0 ? '' : join(spec.slice(at + 1));
  // RFC 5322 §3.4.1: a local part that is not a dot-atom is written as a quoted string.
  const written = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.\u0080-\uffff]+$/.test(local)
    ? local
    : `"${local.replace(/(["\\])/g, '\\$1')}"`;
  const address = host === '' ? written : `${written}@${host}`;
  return name === undefined
    ? { kind: 'mailbox', mailbox: local, host, address }
    : { kind: 'mailbox', name, mailbox: local, host, address };
}

/** One mailbox from the tokens between two commas. */
function parseMailbox(tokens: Token[], decodeNames: boolean): Mailbox | undefined {
  if (tokens.length === 0) return undefined;
  const open = tokens.findIndex((token) => isSpecial(token, '<'));
  if (open >= 0) {
    const close = tokens.findIndex((token, index) => index > open && isSpecial(token, '>'));
    let spec = tokens.slice(open + 1, close < 0 ? tokens.length : close);
    // RFC 5322 §4.4: an obsolete source route "@a,@b:" before the address is ignored.
    const colon = spec.findIndex((token) => isSpecial(token, ':'));
    if (colon >= 0) spec = spec.slice(colon + 1);
    return makeMailbox(spec, phraseText(tokens.slice(0, open), decodeNames));
  }
  return makeMailbox(tokens, undefined);
}

/** Splits tokens at top-level commas (not inside <…>). */
function splitAtCommas(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let inAngle = false;
  for (const token of tokens) {
    if (isSpecial(token, '<')) inAngle = true;
    if (isSpecial(token, '>')) inAngle = false;
    if (isSpecial(token, ',') && !inAngle) parts.push([]);
    else parts[parts.length - 1]?.push(token);
  }
  return parts;
}

/** Parses an address-list field value (From, To, Cc, Reply-To, …) into mailboxes and groups. */
export function parseAddressList(value: string, options: AddressParseOptions = {}): AddressEntry[] {
  const decodeNames = options.decodeNames ?? true;
  const tokens = tokenize(value);
  const entries: AddressEntry[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A group is "phrase :" before any "<" or "@": look for a colon that starts one.
    let j = i;
    while (j < tokens.length && !isSpecial(tokens[j], ',') && !isSpecial(tokens[j], ':')) {
      if (isSpecial(tokens[j], '<') || isSpecial(tokens[j], '@')) break;
      j++;
    }
    if (isSpecial(tokens[j], ':')) {
      const end = tokens.findIndex((token, index) => index > j && isSpecial(token, ';'));
      const stop = end < 0 ? tokens.length : end;
      const members = splitAtCommas(tokens.slice(j + 1, stop))
        .map((member) => parseMailbox(member, decodeNames))
        .filter((member): member is Mailbox => member !== undefined);
      entries.push({
        kind: 'group',
        name: phraseText(tokens.slice(i, j), decodeNames) ?? '',
        members,
      });
      i = stop + 1;
      continue;
    }
    // One mailbox: up to the next top-level comma.
    let k = i;
    let inAngle = false;
    while (k < tokens.length) {
      if (isSpecial(tokens[k], '<')) inAngle = true;
      if (isSpecial(tokens[k], '>')) inAngle = false;
      if (isSpecial(tokens[k], ',') && !inAngle) break;
      k++;
    }
    const mailbox = parseMailbox(tokens.slice(i, k), decodeNames);
    if (mailbox) entries.push(mailbox);
    i = k + 1;
  }
  return entries;
}

/** Every mailbox of an address list, groups flattened. */
export function mailboxesOf(entries: readonly AddressEntry[]): Mailbox[] {
  return entries.flatMap((entry) => (entry.kind === 'group' ? entry.members : [entry]));
}

/**
 * A mailbox written back for a header: `"Martin, Bob" <bob@b.example>` quotes when needed;
 * a non-ASCII name becomes encoded-words (RFC 2047 §5 rule 3).
 */
export function formatMailbox(mailbox: { name?: string; address: string }): string {
  if (mailbox.name === undefined || mailbox.name === '') return mailbox.address;
  if (/[^\x20-\x7e]/.test(mailbox.name)) {
    return `${encodeEncodedWords(mailbox.name)} <${mailbox.address}>`;
  }
  const name = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(mailbox.name)
    ? mailbox.name
    : `"${mailbox.name.replace(/(["\\])/g, '\\$1')}"`;
  return `${name} <${mailbox.address}>`;
}

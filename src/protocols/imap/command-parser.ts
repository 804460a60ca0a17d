import { asAstring, asAtom, readArguments, type Argument, type RawCommand } from './arguments';
import { parseFetchItems, type FetchItem } from './fetch-items';
import { parseFlags } from './flags';
import { parseDateTime } from './imap-date';
import { parseSearchKeys, type SearchKey } from './search-keys';
import { parseSequenceSet, type SequenceSet } from './sequence-set';

export type StatusItem = 'MESSAGES' | 'RECENT' | 'UIDNEXT' | 'UIDVALIDITY' | 'UNSEEN';

/** A command whose arguments were read and checked (RFC 3501 §6). */
export type ImapCommand =
  | {
      readonly name:
        | 'CAPABILITY'
        | 'NOOP'
        | 'LOGOUT'
        | 'STARTTLS'
        | 'ID'
        | 'CHECK'
        | 'CLOSE'
        | 'UNSELECT'
        | 'IDLE';
    }
  | { readonly name: 'ENABLE'; readonly capabilities: readonly string[] }
  | { readonly name: 'LOGIN'; readonly user: string; readonly password: string }
  | { readonly name: 'AUTHENTICATE'; readonly mechanism: string; readonly initialResponse?: string }
  | {
      readonly name: 'SELECT' | 'EXAMINE' | 'CREATE' | 'DELETE' | 'SUBSCRIBE' | 'UNSUBSCRIBE';
      readonly mailbox: string;
    }
  | { readonly name: 'RENAME'; readonly from: string; readonly to: string }
  | { readonly name: 'LIST' | 'LSUB'; readonly reference: string; readonly pattern: string }
  | { readonly name: 'STATUS'; readonly mailbox: string; readonly items: readonly StatusItem[] }
  | {
      readonly name: 'APPEND';
      readonly mailbox: string;
      readonly flags: readonly string[];
      readonly internalDate?: number;
      readonly message: string;
    }
  | {
      readonly name: 'FETCH';
      readonly uid: boolean;
      readonly set: SequenceSet;
      readonly items: readonly FetchItem[];
    }
  | {
      readonly name: 'STORE';
      readonly uid: boolean;
      readonly set: SequenceSet;
      readonly action: 'replace' | 'add' | 'remove';
      readonly silent: boolean;
      readonly flags: readonly string[];
    }
  | {
      readonly name: 'COPY' | 'MOVE';
      readonly uid: boolean;
      readonly set: SequenceSet;
      readonly mailbox: string;
    }
  | { readonly name: 'SEARCH'; readonly uid: boolean; readonly key: SearchKey }
  | { readonly name: 'EXPUNGE'; readonly uid: boolean; readonly set?: SequenceSet };

export type CommandName = ImapCommand['name'];

/**
 * What the parser made of one framed command.
 * - `command`: understood; `verb` is the upper-case name ("UID FETCH");
 * - `invalid`: a known command with bad arguments; `reason` is Dovecot's wording;
 * - `unknown`: no such command;
 * - `badTag`: the tag has characters RFC 3501 §9 forbids, so it is not echoed back;
 * - `empty`: an empty line.
 */
export type ParseResult =
  | {
      readonly kind: 'command';
      readonly tag: string;
      readonly verb: string;
      readonly command: ImapCommand;
    }
  | {
      readonly kind: 'invalid';
      readonly tag: string;
      readonly verb: string;
      readonly reason: string;
    }
  | { readonly kind: 'unknown'; readonly tag: string; readonly verb: string }
  | { readonly kind: 'badTag' }
  | { readonly kind: 'empty' };

const simple = [
  'CAPABILITY',
  'NOOP',
  'LOGOUT',
  'STARTTLS',
  'ID',
  'CHECK',
  'CLOSE',
  'UNSELECT',
  'IDLE',
] as const;
const oneMailbox = ['SELECT', 'EXAMINE', 'CREATE', 'DELETE', 'SUBSCRIBE', 'UNSUBSCRIBE'] as const;
const uidCommands = new Set(['FETCH', 'STORE', 'SEARCH', 'COPY', 'MOVE', 'EXPUNGE']);
const statusItems = new Set<string>(['MESSAGES', 'RECENT', 'UIDNEXT', 'UIDVALIDITY', 'UNSEEN']);
/** Dovecot's imap_is_valid_tag(): atom-specials, list-wildcards, quoted-specials, `+` and CTLs. */
const invalidTagChars = new Set([...'+(){/ %*"\\']);
const isInvalidTagChar = (char: string) =>
  invalidTagChars.has(char) || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
/** Dovecot's IMAP_TAG_MAX_LEN. */
const TAG_MAX_LENGTH = 100;

const INVALID = 'Invalid arguments.';

/** Parses one framed command: tag, name (with its UID prefix), then its arguments. */
export function parseCommand(raw: RawCommand): ParseResult {
  const first = raw.lines[0] ?? '';
  if (first === '' && raw.lines.length === 1) return { kind: 'empty' };
  const tagEnd = first.indexOf(' ');
  const tag = tagEnd === -1 ? first : first.slice(0, tagEnd);
  if (tag === '' || [...tag].some(isInvalidTagChar) || tag.length > TAG_MAX_LENGTH) {
    return { kind: 'badTag' };
  }
  let at = tagEnd === -1 ? first.length : tagEnd + 1;
  const readWord = () => {
    const end = first.indexOf(' ', at);
    const word = end === -1 ? first.slice(at) : first.slice(at, end);
    at = end === -1 ? first.length : end + 1;
    return word.toUpperCase();
  };
  let verb = readWord();
  let uid = false;
  if (verb === 'UID') {
    const inner = readWord();
    if (!uidCommands.has(inner))
      return { kind: 'invalid', tag, verb: 'UID', reason: 'Unknown command.' };
    verb = `UID ${inner}`;
    uid = true;
  }
  const name = uid ? verb.slice(4) : verb;
  if (!isKnown(name)) return { kind: 'unknown', tag, verb };

  const args = readArguments(raw, at);
  if ('error' in args) return { kind: 'invalid', tag, verb, reason: args.error };
  const command = buildCommand(name, uid, args);
  if ('error' in command) return { kind: 'invalid', tag, verb, reason: command.error };
  return { kind: 'command', tag, verb, command };
}

/** Every command the parser knows (RFC 3501 §6, RFC 2177, RFC 3691, RFC 5161, RFC 6851). */
export const COMMAND_NAMES: readonly CommandName[] = [
  ...simple,
  ...oneMailbox,
  'ENABLE',
  'LOGIN',
  'AUTHENTICATE',
  'RENAME',
  'LIST',
  'LSUB',
  'STATUS',
  'APPEND',
  'FETCH',
  'STORE',
  'SEARCH',
  'COPY',
  'MOVE',
  'EXPUNGE',
];

const known = new Set<string>(COMMAND_NAMES);

function isKnown(name: string): boolean {
  return known.has(name);
}

function buildCommand(
  name: string,
  uid: boolean,
  args: readonly Argument[],
): ImapCommand | { error: string } {
  if ((simple as readonly string[]).includes(name)) {
    // ID carries the client's own parameters, which Dovecot only logs.
    if (name !== 'ID' && args.length > 0) return { error: INVALID };
    return { name: name as (typeof simple)[number] };
  }
  if ((oneMailbox as readonly string[]).includes(name)) {
    const mailbox = asAstring(args[0]);
    if (mailbox === undefined || args.length !== 1) return { error: INVALID };
    return { name: name as (typeof oneMailbox)[number], mailbox };
  }
  switch (name) {
    case 'ENABLE': {
      const capabilities = args.map(asAtom);
      if (capabilities.length === 0 || capabilities.some((c) => c === undefined)) {
        return { error: INVALID };
      }
      return { name, capabilities: capabilities.map((c) => (c ?? '').toUpperCase()) };
    }
    case 'LOGIN': {
      const user = asAstring(args[0]);
      const password = asAstring(args[1]);
      if (user === undefined || password === undefined || args.length !== 2)
        return { error: INVALID };
      return { name, user, password };
    }
    case 'AUTHENTICATE': {
      const mechanism = asAtom(args[0]);
      const initialResponse = asAtom(args[1]);
      if (mechanism === undefined || args.length > 2 || (args.length === 2 && !initialResponse)) {
        return { error: INVALID };
      }
      return {
        name,
        mechanism: mechanism.toUpperCase(),
        ...(initialResponse ? { initialResponse } : {}),
      };
    }
    case 'RENAME': {
      const from = asAstring(args[0]);
      const to = asAstring(args[1]);
      if (from === undefined || to === undefined || args.length !== 2) return { error: INVALID };
      return { name, from, to };
    }
    case 'LIST':
    case 'LSUB': {
      const reference = asAstring(args[0]);
      const pattern = asAstring(args[1]);
      if (reference === undefined || pattern === undefined || args.length !== 2)
        return { error: INVALID };
      return { name, reference, pattern };
    }
    case 'STATUS': {
      const mailbox = asAstring(args[0]);
      const list = args[1];
      if (mailbox === undefined || list?.kind !== 'list' || args.length !== 2)
        return { error: INVALID };
      const items: StatusItem[] = [];
      for (const item of list.items) {
        const word = asAtom(item)?.toUpperCase();
        if (word === undefined || !statusItems.has(word)) {
          return { error: `Invalid status item ${word ?? ''}`.trimEnd() };
        }
        items.push(word as StatusItem);
      }
      return { name, mailbox, items };
    }
    case 'APPEND':
      return buildAppend(args);
    case 'FETCH': {
      const set = parseSequenceSet(asAtom(args[0]) ?? '');
      if (args[1] === undefined || args.length !== 2) return { error: INVALID };
      if (!set) return { error: 'Invalid messageset' };
      const items = parseFetchItems(args[1]);
      return 'error' in items ? items : { name, uid, set, items };
    }
    case 'STORE':
      return buildStore(uid, args);
    case 'COPY':
    case 'MOVE': {
      const mailbox = asAstring(args[1]);
      if (mailbox === undefined || args.length !== 2) return { error: INVALID };
      const set = parseSequenceSet(asAtom(args[0]) ?? '');
      return set ? { name, uid, set, mailbox } : { error: 'Invalid messageset' };
    }
    case 'SEARCH': {
      let rest = args;
      // RFC 3501 §6.4.4: an optional CHARSET comes first; the simulator searches in UTF-8.
      if (asAtom(rest[0])?.toUpperCase() === 'CHARSET') {
        if (asAstring(rest[1]) === undefined) return { error: INVALID };
        rest = rest.slice(2);
      }
      const key = parseSearchKeys(rest);
      return 'error' in key ? key : { name, uid, key };
    }
    case 'EXPUNGE': {
      if (!uid) return args.length === 0 ? { name, uid } : { error: INVALID };
      // RFC 4315 §2.1: UID EXPUNGE takes a UID set.
      const set = parseSequenceSet(asAtom(args[0]) ?? '');
      if (args.length !== 1) return { error: INVALID };
      return set ? { name, uid, set } : { error: 'Invalid messageset' };
    }
  }
  return { error: INVALID };
}

function buildAppend(args: readonly Argument[]): ImapCommand | { error: string } {
  const mailbox = asAstring(args[0]);
  if (mailbox === undefined) return { error: INVALID };
  let at = 1;
  let flags: string[] = [];
  const flagList = args[at];
  if (flagList?.kind === 'list') {
    const names = flagList.items.map(asAtom);
    if (names.some((n) => n === undefined)) return { error: 'Flags list contains non-atoms.' };
    const parsed = parseFlags(names as string[]);
    if ('error' in parsed) return parsed;
    flags = parsed;
    at += 1;
  }
  let internalDate: number | undefined;
  const maybeDate = args[at];
  if (maybeDate?.kind === 'string' && !maybeDate.literal) {
    internalDate = parseDateTime(maybeDate.value);
    if (internalDate === undefined) return { error: 'Invalid internal date.' };
    at += 1;
  }
  const message = args[at];
  if (message?.kind !== 'string' || !message.literal || args.length !== at + 1) {
    return { error: INVALID };
  }
  return {
    name: 'APPEND',
    mailbox,
    flags,
    ...(internalDate !== undefined ? { internalDate } : {}),
    message: message.value,
  };
}

function buildStore(uid: boolean, args: readonly Argument[]): ImapCommand | { error: string } {
  const set = parseSequenceSet(asAtom(args[0]) ?? '');
  const item = asAtom(args[1])?.toUpperCase();
  if (item === undefined || args.length < 3) return { error: INVALID };
  if (!set) return { error: 'Invalid messageset' };
  const match = /^([+-]?)FLAGS(\.SILENT)?$/.exec(item);
  if (!match) return { error: `Invalid arguments.` };
  // RFC 3501 §6.4.6: the flags come as one list, or (leniently) as bare atoms.
  const rest = args.slice(2);
  const names =
    rest.length === 1 && rest[0]?.kind === 'list' ? rest[0].items.map(asAtom) : rest.map(asAtom);
  if (names.some((n) => n === undefined)) return { error: 'Flags list contains non-atoms.' };
  const flags = parseFlags(names as string[]);
  if ('error' in flags) return flags;
  const action = match[1] === '+' ? 'add' : match[1] === '-' ? 'remove' : 'replace';
  return { name: 'STORE', uid, set, action, silent: match[2] !== undefined, flags };
}

/** The command variant that carries this name (`CommandOf<'SELECT'>` has `mailbox`). */
export type CommandOf<N extends CommandName> = ImapCommand extends infer C
  ? C extends { readonly name: infer M }
    ? N extends M
      ? C & { readonly name: N }
      : never
    : never
  : never;

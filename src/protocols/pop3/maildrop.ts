import type { MailStore } from '../mailbox/store';
import { parseLineCount, parseMessageNumber } from './message-number';
import { R, type Pop3Reply } from './replies';
import { capabilitiesAfterLogin } from './capabilities';

/** One message as numbered at login (RFC 1939 §4: the numbers stay fixed for the session). */
export interface MaildropEntry {
  readonly uid: number;
  readonly size: number;
}

/** The TRANSACTION state's view of the mailbox: the login snapshot and the session's marks. */
export interface Maildrop {
  readonly user: string;
  readonly uidValidity: number;
  readonly messages: readonly MaildropEntry[];
  /** 0-based indexes marked by DELE, removed only in UPDATE (RFC 1939 §6). */
  readonly deleted: ReadonlySet<number>;
  /** 0-based indexes retrieved by RETR while not \Seen; Dovecot commits \Seen at QUIT. */
  readonly seen: ReadonlySet<number>;
  /** Dovecot's highest_expunged_fetch_msgnum: asking twice for a vanished message is an error. */
  readonly highestExpungedFetch: number;
}

/** What a command did: its reply, the new maildrop, and whether Dovecot counts it as bad. */
export interface CommandResult {
  reply: Pop3Reply;
  maildrop: Maildrop;
  bad: boolean;
}

/** Snapshot of INBOX at login. */
export function openMaildrop(store: MailStore, user: string): Maildrop {
  const messages = (store.messages(user, 'INBOX') ?? []).map(({ uid, size }) => ({ uid, size }));
  return {
    user,
    uidValidity: store.status(user, 'INBOX')?.uidValidity ?? 0,
    messages,
    deleted: new Set(),
    seen: new Set(),
    highestExpungedFetch: -1,
  };
}

/** Dovecot's default pop3_uidl_format %08Xu%08Xv: UID then UIDVALIDITY, 8 upper-case hex digits. */
export function uidl(maildrop: Maildrop, index: number): string {
  const hex = (value: number) => value.toString(16).toUpperCase().padStart(8, '0');
  return hex(maildrop.messages[index]?.uid ?? 0) + hex(maildrop.uidValidity);
}

/** RFC 1939 §3: a line of a multi-line response that starts with "." gets one more. */
export function stuffDots(line: string): string {
  return line.startsWith('.') ? `.${line}` : line;
}

/** CRLF lines of a raw message; a final CRLF does not start an extra empty line. */
function messageLines(raw: string): string[] {
  const lines = raw.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** TOP n k (RFC 1939 §7): the header, the empty line, then at most k lines of the body. */
function topLines(raw: string, bodyLines: number): string[] {
  const lines = messageLines(raw);
  const blank = lines.indexOf('');
  if (blank === -1) return lines;
  return lines.slice(0, blank + 1 + bodyLines);
}

const done = (reply: Pop3Reply, maildrop: Maildrop, bad = false): CommandResult => ({
  reply,
  maildrop,
  bad,
});

const activeIndexes = (maildrop: Maildrop) =>
  maildrop.messages.map((_, index) => index).filter((index) => !maildrop.deleted.has(index));

type Handler = (maildrop: Maildrop, args: string, store: MailStore) => CommandResult;

/** Reads one message for RETR or TOP; a message expunged meanwhile (over IMAP) is reported. */
function fetch(
  maildrop: Maildrop,
  index: number,
  store: MailStore,
  render: (raw: string) => Pop3Reply,
): CommandResult {
  const entry = maildrop.messages[index];
  const message =
    entry === undefined ? undefined : store.message(maildrop.user, 'INBOX', entry.uid);
  if (message === undefined) {
    const again = index <= maildrop.highestExpungedFetch;
    const next = {
      ...maildrop,
      highestExpungedFetch: Math.max(index, maildrop.highestExpungedFetch),
    };
    return done(R.messageExpunged(index + 1), next, again);
  }
  return done(render(message.raw), maildrop);
}

/**
 * The TRANSACTION commands, by verb (RFC 1939 §5, §7). QUIT is not here: it is a transition
 * of the session machine into UPDATE.
 */
export const TRANSACTION_COMMANDS: Readonly<Partial<Record<string, Handler>>> = {
  CAPA: (maildrop) => done(R.capa(capabilitiesAfterLogin()), maildrop),

  // RFC 1939 §5: deleted messages are not counted.
  STAT: (maildrop) => {
    const indexes = activeIndexes(maildrop);
    const octets = indexes.reduce((sum, index) => sum + (maildrop.messages[index]?.size ?? 0), 0);
    return done(R.stat(indexes.length, octets), maildrop);
  },

  LIST: (maildrop, args) => {
    if (args === '') {
      const indexes = activeIndexes(maildrop);
      const lines = indexes.map((index) => `${index + 1} ${maildrop.messages[index]?.size ?? 0}`);
      return done(R.list(indexes.length, lines), maildrop);
    }
    const parsed = parseMessageNumber(args, maildrop.messages.length, maildrop.deleted, false);
    if (!parsed.ok) return done(parsed.reply, maildrop, true);
    return done(R.listOne(parsed.value + 1, maildrop.messages[parsed.value]?.size ?? 0), maildrop);
  },

  UIDL: (maildrop, args) => {
    if (args === '') {
      const lines = activeIndexes(maildrop).map((index) => `${index + 1} ${uidl(maildrop, index)}`);
      return done(R.uidl(lines), maildrop);
    }
    const parsed = parseMessageNumber(args, maildrop.messages.length, maildrop.deleted, false);
    if (!parsed.ok) return done(parsed.reply, maildrop, true);
    return done(R.uidlOne(parsed.value + 1, uidl(maildrop, parsed.value)), maildrop);
  },

  RETR: (maildrop, args, store) => {
    const parsed = parseMessageNumber(args, maildrop.messages.length, maildrop.deleted, false);
    if (!parsed.ok) return done(parsed.reply, maildrop, true);
    const index = parsed.value;
    const result = fetch(maildrop, index, store, (raw) =>
      R.retr(maildrop.messages[index]?.size ?? 0, messageLines(raw).map(stuffDots)),
    );
    if (result.reply.code !== '+OK') return result;
    const uid = maildrop.messages[index]?.uid ?? 0;
    const alreadySeen = store.message(maildrop.user, 'INBOX', uid)?.flags.includes('\\Seen');
    if (alreadySeen === true) return result;
    return { ...result, maildrop: { ...maildrop, seen: new Set([...maildrop.seen, index]) } };
  },

  TOP: (maildrop, args, store) => {
    const parsed = parseMessageNumber(args, maildrop.messages.length, maildrop.deleted, true);
    if (!parsed.ok) return done(parsed.reply, maildrop, true);
    const lines = parseLineCount(parsed.rest);
    if (!lines.ok) return done(lines.reply, maildrop, true);
    return fetch(maildrop, parsed.value, store, (raw) =>
      R.top(topLines(raw, lines.value).map(stuffDots)),
    );
  },

  // RFC 1939 §5: DELE only marks; the message goes in UPDATE.
  DELE: (maildrop, args) => {
    const parsed = parseMessageNumber(args, maildrop.messages.length, maildrop.deleted, false);
    if (!parsed.ok) return done(parsed.reply, maildrop, true);
    return done(R.dele, { ...maildrop, deleted: new Set([...maildrop.deleted, parsed.value]) });
  },

  // RFC 1939 §5: RSET unmarks every message (Dovecot also forgets the pending \Seen).
  RSET: (maildrop) => done(R.rset, { ...maildrop, deleted: new Set(), seen: new Set() }),

  NOOP: (maildrop) => done(R.noop, maildrop),
};

import type { Step, Timeline } from '../../world/timeline/step';
import { atCursor, perTimelineAndKey } from './per-timeline';
import { isFailure, replyClass } from './reply-class';

/** Alice's mail client: composing, sending, sent, or an error with the server's words. */
export type SenderScreen =
  | { status: 'composing' }
  | { status: 'sending' }
  | { status: 'sent'; reply: Step }
  | { status: 'error'; reply: Step };

const COMPOSING: SenderScreen = { status: 'composing' };
const SENDING: SenderScreen = { status: 'sending' };

/**
 * The sender's screen after every step, from the first connection the sending device opened:
 * a failure reply shows an error; a reply after the message (DATA) says it was sent; a
 * connection that ends otherwise than by QUIT shows an error too.
 */
const senderScreens = perTimelineAndKey((timeline: Timeline, host: string): SenderScreen[] => {
  const screens: SenderScreen[] = [];
  let conn: string | null = null;
  let failure: SenderScreen | null = null;
  let accepted: SenderScreen | null = null;
  let refused: SenderScreen | null = null;
  let carried = false;
  for (const step of timeline) {
    if (conn === null && step.kind === 'connect' && step.from === host) conn = step.conn;
    if (conn !== null && step.conn === conn) {
      if (failure === null && step.kind === 'reply' && isFailure(replyClass(step)))
        failure = { status: 'error', reply: step };
      if (step.kind === 'data') carried = true;
      if (carried && accepted === null && step.kind === 'reply')
        accepted = { status: 'sent', reply: step };
      if (refused === null && step.kind === 'close' && step.closeReason !== 'quit')
        refused = { status: 'error', reply: step };
    }
    screens.push(conn === null ? COMPOSING : (failure ?? accepted ?? refused ?? SENDING));
  }
  return screens;
});

/** What the sender sees, from the first connection the sending device opened. */
export function senderScreen(timeline: Timeline, cursor: number, host: string): SenderScreen {
  return atCursor(senderScreens(timeline, host), cursor, COMPOSING);
}

/** The copy a sending client files in its Sent folder over IMAP (APPEND), once answered. */
export interface SentCopy {
  saved: boolean;
  /** The tagged reply to APPEND: `OK [APPENDUID …]`, or `NO [OVERQUOTA] …`. */
  reply: Step;
}

/** After every step: the sending device's APPEND and its tagged reply (RFC 3501 §6.3.11). */
const sentCopies = perTimelineAndKey((timeline: Timeline, host: string): (SentCopy | null)[] => {
  const copies: (SentCopy | null)[] = [];
  let append: Step | null = null;
  let copy: SentCopy | null = null;
  for (const step of timeline) {
    if (append === null && step.kind === 'command' && step.from === host)
      if (step.command?.verb === 'APPEND') append = step;
    if (copy === null && append !== null && step.kind === 'reply' && step.conn === append.conn) {
      const tag = append.text.split(' ')[0];
      if (step.text.startsWith(`${tag} `))
        copy = { saved: replyClass(step) === 'success', reply: step };
    }
    copies.push(copy);
  }
  return copies;
});

export function sentCopy(timeline: Timeline, cursor: number, host: string): SentCopy | null {
  return atCursor(sentCopies(timeline, host), cursor, null);
}

/** One device of the recipient: whether it has listed the message and whether it was read. */
export interface DeviceInbox {
  host: string;
  connected: boolean;
  listed: boolean;
  read: boolean;
  /** The IMAP flags the server last reported to this device (`\Seen`, `\Flagged`…). */
  flags: string[];
  /** The server told this device the message was expunged: it is gone from its list. */
  expunged: boolean;
}

const LISTING_VERBS = new Set(['SELECT', 'EXAMINE', 'STAT', 'LIST', 'UIDL', 'STATUS']);
const READING_VERBS = new Set(['FETCH', 'UID FETCH', 'RETR', 'TOP']);
/** RFC 3501 §7.4.2: an untagged FETCH that carries the message's flags. */
const FETCH_FLAGS = /^\* \d+ FETCH \(.*?FLAGS \(([^)]*)\)/;
/** RFC 3501 §6.4.6: `+FLAGS.SILENT (…)` changes flags without the server repeating them. */
const SILENT_ADD = /\+FLAGS\.SILENT \(([^)]*)\)/;

function flagList(text: string): string[] {
  return text.split(' ').filter((flag) => flag !== '');
}

/** A command of one of the device's connections and what its replies so far say. */
interface Exchange {
  verb: string;
  /** IMAP's LIST names the folders, not the messages (RFC 3501 §6.3.8); POP3's lists messages. */
  listsMessages: boolean;
  /** Flags a `+FLAGS.SILENT` store adds once it succeeds. */
  silentFlags: string[];
  /** The last reply so far is a success. */
  succeeded: boolean;
  /** A reply brought content back (a multi-line response). */
  content: boolean;
}

function sameFlags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((flag, index) => flag === b[index]);
}

/**
 * What one device shows after every step. The message is listed once a listing command
 * succeeds after the delivery, and read once a reading command brings content back: a
 * multi-line response (RETR's message, FETCH's BODY[] literal), not a FETCH of flags alone.
 * A command counts by its last reply so far, as a client reads untagged data, then the
 * tagged or final line. Over IMAP it also shows the flags the server reported (\Seen is read,
 * whoever set it), and loses the message at EXPUNGE.
 */
const deviceInboxes = perTimelineAndKey((timeline: Timeline, host: string): DeviceInbox[] => {
  const inboxes: DeviceInbox[] = [];
  const conns = new Set<string>();
  const current = new Map<string, Exchange>();
  let delivered = false;
  let listing = 0;
  let reading = 0;
  let flags: string[] = [];
  let expunged = false;
  const counts = (exchange: Exchange, sign: 1 | -1) => {
    if (!exchange.succeeded) return;
    if (LISTING_VERBS.has(exchange.verb) && exchange.listsMessages) listing += sign;
    if (READING_VERBS.has(exchange.verb) && exchange.content) reading += sign;
  };
  let inbox: DeviceInbox = emptyInbox(host);
  for (const step of timeline) {
    if (step.kind === 'deliver') delivered = true;
    if (step.kind === 'connect' && step.from === host && step.conn !== null) conns.add(step.conn);
    if (step.conn !== null && conns.has(step.conn)) {
      if (step.kind === 'command') {
        const verb = step.command?.verb ?? '';
        current.set(step.conn, {
          verb,
          listsMessages: !(verb === 'LIST' && step.protocol === 'imap'),
          silentFlags: flagList(SILENT_ADD.exec(step.text)?.[1] ?? ''),
          succeeded: false,
          content: false,
        });
      }
      const exchange = current.get(step.conn);
      if (step.kind === 'reply') {
        const reported = FETCH_FLAGS.exec(step.text);
        if (reported !== null) flags = flagList(reported[1] ?? '');
        // RFC 3501 §7.4.1: the engine names the untagged response that says a message is gone.
        if (step.reply?.key === 'imap.data.EXPUNGE') expunged = true;
      }
      if (step.kind === 'reply' && exchange !== undefined) {
        counts(exchange, -1);
        exchange.succeeded = replyClass(step) === 'success';
        exchange.content ||= step.text.includes('\n');
        counts(exchange, 1);
        if (exchange.succeeded && delivered && exchange.silentFlags.length > 0)
          flags = [...new Set([...flags, ...exchange.silentFlags])];
      }
    }
    const connected = conns.size > 0;
    const read = (delivered && reading > 0) || flags.includes('\\Seen');
    const listed = ((delivered && reading > 0) || (delivered && listing > 0)) && !expunged;
    if (
      connected !== inbox.connected ||
      listed !== inbox.listed ||
      read !== inbox.read ||
      expunged !== inbox.expunged ||
      !sameFlags(flags, inbox.flags)
    )
      inbox = { host, connected, listed, read, flags, expunged };
    inboxes.push(inbox);
  }
  return inboxes;
});

function emptyInbox(host: string): DeviceInbox {
  return { host, connected: false, listed: false, read: false, flags: [], expunged: false };
}

/** What one device of the recipient shows at the cursor. */
export function deviceInbox(timeline: Timeline, cursor: number, host: string): DeviceInbox {
  return atCursor(deviceInboxes(timeline, host), cursor, emptyInbox(host));
}

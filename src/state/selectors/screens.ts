import type { Step, Timeline } from '../../world/timeline/step';
import { isFailure, replyClass } from './reply-class';

/** Alice's mail client: composing, sending, sent, or an error with the server's words. */
export type SenderScreen =
  | { status: 'composing' }
  | { status: 'sending' }
  | { status: 'sent'; reply: Step }
  | { status: 'error'; reply: Step };

/**
 * Each command of one connection with the replies that follow it until the next command: what
 * a POP3 or IMAP client reads back (untagged data, then the tagged or final line).
 */
function responses(steps: readonly Step[], conn: string): { command: Step; replies: Step[] }[] {
  const groups: { command: Step; replies: Step[] }[] = [];
  for (const step of steps) {
    if (step.conn !== conn) continue;
    if (step.kind === 'command') groups.push({ command: step, replies: [] });
    else if (step.kind === 'reply') groups.at(-1)?.replies.push(step);
  }
  return groups;
}

/** What the sender sees, from the first connection the sending device opened. */
export function senderScreen(timeline: Timeline, cursor: number, host: string): SenderScreen {
  const steps = timeline.slice(0, cursor + 1);
  const connect = steps.find((step) => step.kind === 'connect' && step.from === host);
  if (connect === undefined || connect.conn === null) return { status: 'composing' };
  const own = steps.filter((step) => step.conn === connect.conn);
  const failure = own.find((step) => step.kind === 'reply' && isFailure(replyClass(step)));
  if (failure !== undefined) return { status: 'error', reply: failure };
  const data = own.findIndex((step) => step.kind === 'data');
  const accepted = data < 0 ? undefined : own.slice(data).find((step) => step.kind === 'reply');
  if (accepted !== undefined) return { status: 'sent', reply: accepted };
  const refused = own.find((step) => step.kind === 'close' && step.closeReason !== 'quit');
  if (refused !== undefined) return { status: 'error', reply: refused };
  return { status: 'sending' };
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

/**
 * What one device of the recipient shows. The message is listed once a listing command
 * succeeds after the delivery, and read once a reading command brings content back: a
 * multi-line response (RETR's message, FETCH's BODY[] literal), not a FETCH of flags alone.
 * Over IMAP it also shows the flags the server reported (\Seen is read, whoever set it), and
 * loses the message at EXPUNGE.
 */
export function deviceInbox(timeline: Timeline, cursor: number, host: string): DeviceInbox {
  const steps = timeline.slice(0, cursor + 1);
  const delivered = steps.some((step) => step.kind === 'deliver');
  const conns = new Set(
    steps
      .filter((step) => step.kind === 'connect' && step.from === host && step.conn !== null)
      .map((step) => step.conn as string),
  );
  let listed = false;
  let read = false;
  let flags: string[] = [];
  let expunged = false;
  for (const conn of conns) {
    for (const { command, replies } of responses(steps, conn)) {
      for (const reply of replies) {
        const reported = FETCH_FLAGS.exec(reply.text);
        if (reported !== null) flags = flagList(reported[1] ?? '');
        if (/^\* \d+ EXPUNGE$/.test(reply.text)) expunged = true;
      }
      const last = replies.at(-1);
      if (!delivered || last === undefined || replyClass(last) !== 'success') continue;
      const verb = command.command?.verb ?? '';
      const silent = SILENT_ADD.exec(command.text);
      if (silent !== null) flags = [...new Set([...flags, ...flagList(silent[1] ?? '')])];
      // IMAP's LIST names the folders, not the messages (RFC 3501 §6.3.8); POP3's lists messages.
      const foldersOnly = verb === 'LIST' && command.protocol === 'imap';
      if (LISTING_VERBS.has(verb) && !foldersOnly) listed = true;
      if (READING_VERBS.has(verb) && replies.some((reply) => reply.text.includes('\n'))) {
        listed = true;
        read = true;
      }
    }
  }
  // IMAP: \Seen set on another device shows the message as read here too.
  const seen = read || flags.includes('\\Seen');
  return {
    host,
    connected: conns.size > 0,
    listed: listed && !expunged,
    read: seen,
    flags,
    expunged,
  };
}

import type { CloseReason, Step, Timeline } from '../../../src/world/timeline/step';
import { LONG_WAIT_MS } from '../../../src/state/selectors/clock';
import type { LogLine } from '../../../src/state/selectors/logs';
import type { MapLink, MapState } from '../../../src/state/selectors/map';
import { isFailure, replyClass } from '../../../src/state/selectors/reply-class';
import type { DeviceInbox, SenderScreen } from '../../../src/state/selectors/screens';
import type { MessageSnapshot } from '../../../src/state/selectors/message-at';
import { connectPort, type TranscriptGroup } from '../../../src/state/selectors/transcript';
import {
  SESSION_PROTOCOLS,
  clientActor,
  serverActor,
  type SessionAt,
} from '../../../src/state/selectors/session-state';

/**
 * The selectors as they were first written: each rereads the timeline up to the cursor. The
 * views now read indexes built once per timeline; these say what those indexes must give.
 */

const FAILED_TO_OPEN = new Set<CloseReason>(['refused', 'timeout', 'unreachable']);

/** The links used up to the cursor, with what happened on them. */
export function mapStateByScan(timeline: Timeline, cursor: number): MapState {
  const steps = timeline.slice(0, cursor + 1);
  const links = new Map<string, MapLink>();
  const ends = new Map<string, { from: string; to: string }>();
  const replied = new Set<string>();
  const queued = new Set<string>();
  const delivered = new Set<string>();
  for (const step of steps) {
    if (step.kind === 'connect' && step.conn !== null)
      ends.set(step.conn, { from: step.from, to: step.to });
    const end = step.conn === null ? undefined : ends.get(step.conn);
    const pair =
      end ??
      (step.kind === 'dns-answer'
        ? { from: step.to, to: step.from }
        : { from: step.from, to: step.to });
    if (pair.from !== pair.to) {
      const id = `${pair.from}→${pair.to}`;
      const link = links.get(id) ?? {
        id,
        ...pair,
        kind: step.protocol === 'dns' ? 'dns' : 'connection',
        tls: false,
        failed: null,
      };
      if (step.kind === 'connect') link.failed = null;
      if (step.kind === 'tls') link.tls = true;
      if (step.kind === 'reply' && step.conn !== null) replied.add(step.conn);
      if (
        step.kind === 'close' &&
        step.closeReason !== undefined &&
        FAILED_TO_OPEN.has(step.closeReason) &&
        step.conn !== null &&
        !replied.has(step.conn)
      )
        link.failed = step.closeReason;
      links.set(id, link);
    }
    // The queue manager's log says what happened: a message entered, was sent, or was removed.
    if (step.kind === 'queue') {
      const event = step.explain[0] ?? '';
      if (event === 'queue.removed' || event.startsWith('queue.status.sent'))
        queued.delete(step.from);
      else queued.add(step.from);
    }
    if (step.kind === 'connect') queued.delete(step.from);
    if (step.kind === 'deliver') delivered.add(step.from);
  }
  return { links: [...links.values()], queued: [...queued], delivered: [...delivered] };
}

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
export function senderScreenByScan(timeline: Timeline, cursor: number, host: string): SenderScreen {
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
 */
export function deviceInboxByScan(timeline: Timeline, cursor: number, host: string): DeviceInbox {
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

/** A connection's protocol: that of its first step that speaks one (its connect step is TCP). */
function protocolOf(timeline: Timeline, conn: string): string | null {
  return (
    timeline.find((s) => s.conn === conn && SESSION_PROTOCOLS.has(s.protocol ?? ''))?.protocol ??
    null
  );
}

/**
 * The session to draw at the cursor: the current step's connection when it carries a protocol
 * session, else the last such connection seen. States are read from the current step's
 * `states`, where the world records each connection as `<conn>:server` and `<conn>:client`.
 */
export function sessionAtByScan(timeline: Timeline, cursor: number): SessionAt | null {
  const current = timeline[cursor];
  if (current === undefined) return null;
  let conn: string | null = null;
  let protocol: string | null = null;
  for (let i = cursor; i >= 0 && protocol === null; i--) {
    const candidate = timeline[i]?.conn ?? null;
    if (candidate === null) continue;
    conn = candidate;
    protocol = protocolOf(timeline, candidate);
  }
  if (conn === null || protocol === null) return null;
  // A top-level state is what the chart draws (`authorization`, not `authorization.ready`).
  const top = (value: string | undefined) =>
    value === undefined ? null : (value.split('.')[0] ?? null);
  return {
    conn,
    protocol,
    server: top(current.states[serverActor(conn)]),
    client: top(current.states[clientActor(conn)]),
  };
}

const ENVELOPE_VERBS = new Set(['MAIL', 'RCPT']);

/**
 * A stand-in for the world's `messageAt(timeline, cursor)`: reads the `data` steps of the
 * message up to the cursor. The headers a delivery agent adds at final delivery (Return-Path,
 * Delivered-To) appear once the timeline carries the stored message.
 */
export function messageAtByScan(
  timeline: Timeline,
  cursor: number,
  messageId?: string,
): MessageSnapshot | null {
  const steps = timeline.slice(0, cursor + 1);
  const carried = steps.filter(
    (step) => step.kind === 'data' && (messageId === undefined || step.messageId === messageId),
  );
  const last = carried.at(-1);
  if (last === undefined) return null;
  const envelope = steps.filter(
    (step) =>
      step.conn === last.conn &&
      step.kind === 'command' &&
      ENVELOPE_VERBS.has(step.command?.verb ?? ''),
  );
  return {
    raw: last.text,
    seq: last.seq,
    envelope,
    previousRaw: carried.at(-2)?.text ?? null,
    hop: carried.length,
  };
}

/** Every log line written up to the cursor, in timeline order. */
export function logLinesAtByScan(timeline: Timeline, cursor: number): LogLine[] {
  const lines: LogLine[] = [];
  for (const step of timeline.slice(0, cursor + 1))
    if (step.kind === 'log') lines.push({ seq: step.seq, host: step.from, text: step.text });
  return lines;
}

/** The first step after the cursor that comes after a long wait, and how long that wait is. */
export function nextEventAfterWaitByScan(
  timeline: Timeline,
  cursor: number,
): { seq: number; wait: number } | null {
  for (let seq = Math.max(1, cursor + 1); seq < timeline.length; seq++) {
    const wait = (timeline[seq]?.time ?? 0) - (timeline[seq - 1]?.time ?? 0);
    if (wait >= LONG_WAIT_MS) return { seq, wait };
  }
  return null;
}

function groupKey(step: Step): string {
  if (step.conn !== null) return step.conn;
  return step.protocol === 'dns'
    ? `dns:${step.kind === 'dns-query' ? step.from : step.to}`
    : `host:${step.from}`;
}

export function transcriptGroupsByScan(timeline: Timeline, cursor: number): TranscriptGroup[] {
  const groups: TranscriptGroup[] = [];
  const ports = new Map<string, number | null>();
  const ends = new Map<string, { from: string; to: string; protocol: Step['protocol'] }>();
  for (const step of timeline.slice(0, cursor + 1)) {
    if (step.kind === 'log') continue;
    const key = groupKey(step);
    if (step.kind === 'connect' && step.conn !== null) {
      ports.set(step.conn, connectPort(step));
      ends.set(step.conn, { from: step.from, to: step.to, protocol: step.protocol });
    }
    const end = ends.get(key);
    // A connection's protocol is that of its first non-TCP step.
    if (
      end !== undefined &&
      end.protocol === 'tcp' &&
      step.protocol !== 'tcp' &&
      step.protocol !== null
    )
      end.protocol = step.protocol;
    const last = groups.at(-1);
    if (last !== undefined && last.id === key) {
      last.steps.push(step);
      if (end !== undefined) last.protocol = end.protocol;
      continue;
    }
    const [from, to] =
      step.protocol === 'dns' && step.kind === 'dns-answer'
        ? [step.to, step.from]
        : [step.from, step.to];
    groups.push({
      id: key,
      conn: step.conn,
      from: end?.from ?? from,
      to: end?.to ?? to,
      protocol: end?.protocol ?? step.protocol,
      port: step.conn === null ? null : (ports.get(step.conn) ?? null),
      steps: [step],
    });
  }
  return groups;
}

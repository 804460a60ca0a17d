import type { MessageView } from '../mailbox/store';
import type { Output } from '../wire';
import type { CommandName, CommandOf } from './command-parser';
import { fetchData, setsSeen } from './fetch-response';
import { formatFlags } from './flags';
import { data, R, statusLine, untagged } from './responses';
import { matches } from './search';
import { formatSet, highestNamed, includes, type SequenceSet } from './sequence-set';
import type {
  HandlerResult,
  ImapContext,
  SelectedContext,
  SelectedMailbox,
} from './session-context';

type Command<N extends CommandName> = CommandOf<N>;

interface Target {
  readonly sequence: number;
  readonly uid: number;
}

/**
 * The messages a set names. Sequence numbers above EXISTS are a client error (Dovecot:
 * `Invalid messageset`); UIDs that do not exist are simply skipped (RFC 3501 §6.4.8).
 */
function resolveSet(
  selected: SelectedMailbox,
  set: SequenceSet,
  uid: boolean,
): Target[] | { error: string } {
  const count = selected.uids.length;
  if (!uid) {
    if (highestNamed(set, count) > count) return { error: 'Invalid messageset' };
    return selected.uids
      .map((value, index) => ({ sequence: index + 1, uid: value }))
      .filter((target) => includes(set, target.sequence, count));
  }
  const highest = selected.uids[count - 1] ?? 0;
  return selected.uids
    .map((value, index) => ({ sequence: index + 1, uid: value }))
    .filter((target) => includes(set, target.uid, highest));
}

/** `Error in IMAP command FETCH: Invalid messageset`, counted as an invalid command. */
export function commandError(
  context: ImapContext,
  tag: string,
  verb: string,
  reason: string,
): HandlerResult {
  return {
    outputs: [statusLine(tag, R.commandError, { extraText: `${verb}: ${reason}` })],
    patch: { badCommands: context.badCommands + 1 },
  };
}

function presentMessages(context: SelectedContext): Map<number, MessageView> {
  const messages = context.config.store.messages(context.user, context.selected.name) ?? [];
  return new Map(messages.map((message) => [message.uid, message]));
}

export function check(_context: ImapContext, tag: string): HandlerResult {
  return { outputs: [statusLine(tag, R.checkCompleted)] };
}

/** CLOSE (RFC 3501 §6.4.2): expunges \Deleted messages without a word, then deselects. */
export function close(context: SelectedContext, tag: string): HandlerResult {
  const { selected } = context;
  if (!selected.readOnly) context.config.store.expunge(context.user, selected.name);
  return { outputs: [statusLine(tag, R.closeCompleted)], patch: { selected: null } };
}

/** UNSELECT (RFC 3691): deselects and leaves \Deleted messages where they are. */
export function unselect(_context: ImapContext, tag: string): HandlerResult {
  return { outputs: [statusLine(tag, R.unselectCompleted)], patch: { selected: null } };
}

/** Reports our own expunges: each `* n EXPUNGE` renumbers the messages after it. */
function reportExpunged(selected: SelectedMailbox, removed: readonly number[]) {
  const uids = [...selected.uids];
  const flags = new Map(selected.flags);
  const outputs: Output[] = [];
  for (const uid of removed) {
    const index = uids.indexOf(uid);
    if (index === -1) continue;
    outputs.push(data(`${index + 1} EXPUNGE`, 'EXPUNGE'));
    uids.splice(index, 1);
    flags.delete(uid);
  }
  const recent = selected.recent.filter((uid) => !removed.includes(uid));
  return { outputs, selected: { ...selected, uids, flags, recent } };
}

/** EXPUNGE (RFC 3501 §6.4.3) and UID EXPUNGE (RFC 4315 §2.1): only \Deleted messages go. */
export function expunge(
  context: SelectedContext,
  tag: string,
  command: Command<'EXPUNGE'>,
): HandlerResult {
  const { selected } = context;
  if (selected.readOnly) return { outputs: [statusLine(tag, R.readOnly)] };
  let uids: number[] | undefined;
  if (command.set) {
    const targets = resolveSet(selected, command.set, true);
    if ('error' in targets) return commandError(context, tag, 'UID EXPUNGE', targets.error);
    uids = targets.map((target) => target.uid);
  }
  const result = context.config.store.expunge(context.user, selected.name, uids ? { uids } : {});
  const removed = result.ok ? result.value : [];
  const report = reportExpunged(selected, removed);
  return {
    outputs: [...report.outputs, statusLine(tag, R.expungeCompleted)],
    patch: { selected: report.selected },
  };
}

/** SEARCH (RFC 3501 §6.4.4): sequence numbers, or UIDs after UID SEARCH. */
export function search(
  context: SelectedContext,
  tag: string,
  command: Command<'SEARCH'>,
): HandlerResult {
  const { selected } = context;
  const present = presentMessages(context);
  const scope = {
    messageCount: selected.uids.length,
    highestUid: selected.uids[selected.uids.length - 1] ?? 0,
  };
  const found: number[] = [];
  selected.uids.forEach((uid, index) => {
    const message = present.get(uid);
    if (message === undefined) return;
    const target = { message, sequence: index + 1, recent: selected.recent.includes(uid) };
    if (matches(target, command.key, scope)) found.push(command.uid ? uid : index + 1);
  });
  const list = found.length === 0 ? 'SEARCH' : `SEARCH ${found.join(' ')}`;
  return { outputs: [data(list, 'SEARCH'), statusLine(tag, R.searchCompleted)] };
}

/**
 * FETCH (RFC 3501 §6.4.5). BODY[…] without .PEEK sets \Seen, and the response then carries
 * the new FLAGS even when they were not asked for.
 */
export function fetch(
  context: SelectedContext,
  tag: string,
  command: Command<'FETCH'>,
): HandlerResult {
  const { selected } = context;
  const verb = command.uid ? 'UID FETCH' : 'FETCH';
  const targets = resolveSet(selected, command.set, command.uid);
  if ('error' in targets) return commandError(context, tag, verb, targets.error);
  const { store } = context.config;
  const present = presentMessages(context);
  const marksSeen = setsSeen(command.items) && !selected.readOnly;
  const flags = new Map(selected.flags);
  const outputs: Output[] = [];
  for (const target of targets) {
    let message = present.get(target.uid);
    if (message === undefined) continue;
    let changed = false;
    if (marksSeen && !message.flags.includes('\\Seen')) {
      const updated = store.setFlags(context.user, selected.name, target.uid, ['\\Seen'], 'add');
      if (updated.ok && updated.value) message = updated.value;
      changed = true;
    }
    const recent = selected.recent.includes(target.uid);
    const asked = command.items.some((item) => item.kind === 'FLAGS');
    if (changed || asked) flags.set(target.uid, formatFlags(message.flags, recent));
    const text = fetchData(message, command.items, {
      recent,
      includeUid: command.uid,
      includeFlags: changed,
    });
    outputs.push(data(`${target.sequence} FETCH ${text}`, 'FETCH'));
  }
  outputs.push(statusLine(tag, R.fetchCompleted));
  return { outputs, patch: { selected: { ...selected, flags } } };
}

/** STORE (RFC 3501 §6.4.6): FLAGS replaces, +FLAGS adds, -FLAGS removes; .SILENT says nothing. */
export function store(
  context: SelectedContext,
  tag: string,
  command: Command<'STORE'>,
): HandlerResult {
  const { selected } = context;
  const verb = command.uid ? 'UID STORE' : 'STORE';
  const targets = resolveSet(selected, command.set, command.uid);
  if ('error' in targets) return commandError(context, tag, verb, targets.error);
  if (selected.readOnly) return { outputs: [statusLine(tag, R.readOnly)] };
  const flags = new Map(selected.flags);
  const outputs: Output[] = [];
  for (const target of targets) {
    const result = context.config.store.setFlags(
      context.user,
      selected.name,
      target.uid,
      command.flags,
      command.action,
    );
    if (!result.ok || result.value === undefined) continue;
    const shown = formatFlags(result.value.flags, selected.recent.includes(target.uid));
    flags.set(target.uid, shown);
    if (command.silent) continue;
    const uidPart = command.uid ? `UID ${target.uid} ` : '';
    outputs.push(data(`${target.sequence} FETCH (${uidPart}FLAGS ${shown})`, 'FETCH'));
  }
  outputs.push(statusLine(tag, R.storeCompleted));
  return { outputs, patch: { selected: { ...selected, flags } } };
}

/**
 * COPY (RFC 3501 §6.4.7) and MOVE (RFC 6851), with COPYUID (RFC 4315 §3). A missing target
 * gets `[TRYCREATE]` so the client can offer to create it.
 */
export function copy(
  context: SelectedContext,
  tag: string,
  command: Command<'COPY' | 'MOVE'>,
): HandlerResult {
  const { selected } = context;
  const verb = `${command.uid ? 'UID ' : ''}${command.name}`;
  const targets = resolveSet(selected, command.set, command.uid);
  if ('error' in targets) return commandError(context, tag, verb, targets.error);
  const { store } = context.config;
  const user = context.user;
  if (command.name === 'MOVE' && selected.readOnly)
    return { outputs: [statusLine(tag, R.readOnly)] };
  if (!store.folderExists(user, command.mailbox)) {
    return { outputs: [statusLine(tag, R.tryCreate, { extraText: command.mailbox })] };
  }
  const present = presentMessages(context);
  const uids = targets.map((target) => target.uid).filter((uid) => present.has(uid));
  if (uids.length === 0) return { outputs: [statusLine(tag, R.noMessagesCopied)] };
  const result =
    command.name === 'COPY'
      ? store.copy(user, selected.name, uids, command.mailbox)
      : store.move(user, selected.name, uids, command.mailbox);
  if (!result.ok) {
    return {
      outputs: [
        result.error === 'overQuota'
          ? statusLine(tag, R.overQuota)
          : statusLine(tag, R.tryCreate, { extraText: command.mailbox }),
      ],
    };
  }
  const { uidValidity, pairs } = result.value;
  const codeArgs = `${uidValidity} ${formatSet(pairs.map(([from]) => from))} ${formatSet(pairs.map(([, to]) => to))}`;
  if (command.name === 'COPY') {
    return { outputs: [statusLine(tag, R.copyCompleted, { codeArgs })] };
  }
  const report = reportExpunged(
    selected,
    pairs.map(([from]) => from),
  );
  return {
    outputs: [untagged(R.movedUids, codeArgs), ...report.outputs, statusLine(tag, R.moveCompleted)],
    patch: { selected: report.selected },
  };
}

import { INBOX, isWithin, normalizeFolderName, SEPARATOR } from '../mailbox/folder-names';
import type { StoreError } from '../mailbox/store';
import type { Output } from '../wire';
import type { CommandName, CommandOf } from './command-parser';
import { formatFlags, SYSTEM_FLAGS } from './flags';
import { astring } from './imap-strings';
import { data, R, statusLine, untagged, type ResponseSpec } from './responses';
import type {
  HandlerResult,
  ImapContext,
  LoggedInContext,
  SelectedMailbox,
} from './session-context';

type Command<N extends CommandName> = CommandOf<N>;

/** Whether SELECT/EXAMINE names an existing mailbox (RFC 3501 §6.3.1). */
export function isSelectable(context: ImapContext, mailbox: string): boolean {
  return context.user !== null && context.config.store.folderExists(context.user, mailbox);
}

/**
 * SELECT and EXAMINE (RFC 3501 §6.3.1–§6.3.2). A mailbox already selected is closed first,
 * even when the new one does not exist: Dovecot says so with `* OK [CLOSED]`.
 */
export function select(
  context: LoggedInContext,
  tag: string,
  command: Command<'SELECT' | 'EXAMINE'>,
): HandlerResult {
  const { store } = context.config;
  const user = context.user;
  const outputs: Output[] = [];
  if (context.selected !== null) outputs.push(untagged(R.previousClosed));
  const status = store.status(user, command.mailbox);
  if (status === undefined) {
    outputs.push(statusLine(tag, R.mailboxDoesNotExist, { extraText: command.mailbox }));
    return { outputs, patch: { selected: null } };
  }
  const readOnly = command.name === 'EXAMINE';
  const messages = store.messages(user, status.name) ?? [];
  // EXAMINE keeps \Recent for the next SELECT (Dovecot opens with KEEP_RECENT).
  const recent = readOnly ? [] : store.claimRecent(user, status.name);
  const recentCount = readOnly ? status.recent : recent.length;
  const keywords = [
    ...new Set(messages.flatMap((m) => m.flags.filter((flag) => !flag.startsWith('\\')))),
  ];
  const flagList = `(${[...SYSTEM_FLAGS, ...keywords].join(' ')})`;
  outputs.push(data(`FLAGS ${flagList}`, 'FLAGS'));
  if (readOnly) outputs.push(untagged(R.readOnlyMailbox, '()'));
  else
    outputs.push(
      untagged(R.flagsPermitted, `(${[...SYSTEM_FLAGS, ...keywords, '\\*'].join(' ')})`),
    );
  outputs.push(data(`${messages.length} EXISTS`, 'EXISTS'));
  outputs.push(data(`${recentCount} RECENT`, 'RECENT'));
  const firstUnseen = messages.findIndex((message) => !message.flags.includes('\\Seen'));
  if (firstUnseen !== -1) outputs.push(untagged(R.firstUnseen, String(firstUnseen + 1)));
  outputs.push(untagged(R.uidsValid, String(status.uidValidity)));
  outputs.push(untagged(R.predictedNextUid, String(status.uidNext)));
  outputs.push(statusLine(tag, readOnly ? R.examineCompleted : R.selectCompleted));
  const selected: SelectedMailbox = {
    name: status.name,
    readOnly,
    uidValidity: status.uidValidity,
    uids: messages.map((message) => message.uid),
    flags: new Map(
      messages.map((message) => [
        message.uid,
        formatFlags(message.flags, recent.includes(message.uid)),
      ]),
    ),
    recent,
  };
  return { outputs, patch: { selected } };
}

/** Store errors as Dovecot words them (lib-storage mail-error.h, imap-commands-util.c). */
function storeFailure(
  tag: string,
  error: StoreError,
  name: string,
  notFound: ResponseSpec = R.mailboxNonexistent,
): Output {
  switch (error) {
    case 'noSuchFolder':
      return statusLine(tag, notFound, { extraText: name });
    case 'alreadyExists':
      return statusLine(tag, R.alreadyExists);
    case 'cannotDeleteInbox':
      return statusLine(tag, R.inboxNotDeletable);
    case 'hasChildren':
      return statusLine(tag, R.hasChildren);
    case 'overQuota':
      return statusLine(tag, R.overQuota);
    default:
      return statusLine(tag, R.invalidMailboxName);
  }
}

export function create(
  context: LoggedInContext,
  tag: string,
  command: Command<'CREATE'>,
): HandlerResult {
  const result = context.config.store.createFolder(context.user, command.mailbox, context.now);
  return {
    outputs: [
      result.ok
        ? statusLine(tag, R.createCompleted)
        : storeFailure(tag, result.error, command.mailbox),
    ],
  };
}

export function remove(
  context: LoggedInContext,
  tag: string,
  command: Command<'DELETE'>,
): HandlerResult {
  const result = context.config.store.deleteFolder(context.user, command.mailbox);
  return {
    outputs: [
      result.ok
        ? statusLine(tag, R.deleteCompleted)
        : storeFailure(tag, result.error, command.mailbox),
    ],
  };
}

/** RENAME (RFC 3501 §6.3.5): a selected mailbox stays selected under its new name. */
export function rename(
  context: LoggedInContext,
  tag: string,
  command: Command<'RENAME'>,
): HandlerResult {
  const from = normalizeFolderName(command.from);
  const result = context.config.store.renameFolder(
    context.user,
    command.from,
    command.to,
    context.now,
  );
  if (!result.ok) return { outputs: [storeFailure(tag, result.error, command.from)] };
  const { selected } = context;
  const moved =
    selected !== null && from !== undefined && from !== INBOX && isWithin(selected.name, from);
  return {
    outputs: [statusLine(tag, R.renameCompleted)],
    ...(moved
      ? {
          patch: {
            selected: { ...selected, name: result.value + selected.name.slice(from.length) },
          },
        }
      : {}),
  };
}

/** SUBSCRIBE (RFC 3501 §6.3.6): Dovecot refuses a name that does not exist. */
export function subscribe(
  context: LoggedInContext,
  tag: string,
  command: Command<'SUBSCRIBE'>,
): HandlerResult {
  const { store } = context.config;
  if (!store.folderExists(context.user, command.mailbox)) {
    return { outputs: [statusLine(tag, R.mailboxDoesNotExist, { extraText: command.mailbox })] };
  }
  store.subscribe(context.user, command.mailbox);
  return { outputs: [statusLine(tag, R.subscribeCompleted)] };
}

export function unsubscribe(
  context: LoggedInContext,
  tag: string,
  command: Command<'UNSUBSCRIBE'>,
): HandlerResult {
  const { store } = context.config;
  const removed = store.unsubscribe(context.user, command.mailbox);
  if (!removed && !store.folderExists(context.user, command.mailbox)) {
    return { outputs: [statusLine(tag, R.mailboxNonexistent, { extraText: command.mailbox })] };
  }
  return { outputs: [statusLine(tag, R.unsubscribeCompleted)] };
}

/** RFC 3501 §6.3.8: `*` matches anything, `%` anything but the hierarchy separator. */
function patternMatcher(reference: string, pattern: string): RegExp {
  const escaped = [...`${reference}${pattern}`]
    .map((char) =>
      char === '*' ? '.*' : char === '%' ? '[^.]*' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${escaped}$`);
}

/** LIST and LSUB (RFC 3501 §6.3.8–§6.3.9), with CHILDREN attributes (RFC 3348). */
export function list(
  context: LoggedInContext,
  tag: string,
  command: Command<'LIST' | 'LSUB'>,
): HandlerResult {
  const { store } = context.config;
  const user = context.user;
  const done = command.name === 'LIST' ? R.listCompleted : R.lsubCompleted;
  if (command.name === 'LIST' && command.pattern === '') {
    // An empty pattern asks for the hierarchy separator only.
    return {
      outputs: [data(`LIST (\\Noselect) "${SEPARATOR}" ""`, 'LIST'), statusLine(tag, done)],
    };
  }
  const matcher = patternMatcher(command.reference, command.pattern);
  const folders = store.folders(user);
  const names = command.name === 'LIST' ? folders : store.subscriptions(user);
  const outputs: Output[] = [];
  for (const name of names) {
    if (!matcher.test(name)) continue;
    let attributes: string;
    if (command.name === 'LSUB') {
      attributes = folders.includes(name) ? '()' : '(\\Noselect)';
    } else {
      const hasChildren = folders.some((other) => other.startsWith(`${name}${SEPARATOR}`));
      attributes = hasChildren ? '(\\HasChildren)' : '(\\HasNoChildren)';
    }
    outputs.push(
      data(`${command.name} ${attributes} "${SEPARATOR}" ${astring(name)}`, command.name),
    );
  }
  outputs.push(statusLine(tag, done));
  return { outputs };
}

/** STATUS (RFC 3501 §6.3.10): the items in the order asked. */
export function status(
  context: LoggedInContext,
  tag: string,
  command: Command<'STATUS'>,
): HandlerResult {
  const result = context.config.store.status(context.user, command.mailbox);
  if (result === undefined) {
    return { outputs: [statusLine(tag, R.mailboxDoesNotExist, { extraText: command.mailbox })] };
  }
  const values: Record<string, number> = {
    MESSAGES: result.messages,
    RECENT: result.recent,
    UIDNEXT: result.uidNext,
    UIDVALIDITY: result.uidValidity,
    UNSEEN: result.unseen,
  };
  const items = command.items.map((item) => `${item} ${values[item] ?? 0}`).join(' ');
  return {
    outputs: [
      data(`STATUS ${astring(result.name)} (${items})`, 'STATUS'),
      statusLine(tag, R.statusCompleted),
    ],
  };
}

/**
 * APPEND (RFC 3501 §6.3.11) with UIDPLUS (RFC 4315 §3): `[APPENDUID uidvalidity uid]`, or
 * `[TRYCREATE]` when the mailbox is missing, `[OVERQUOTA]` when it does not fit.
 */
export function append(
  context: LoggedInContext,
  tag: string,
  command: Command<'APPEND'>,
): HandlerResult {
  const result = context.config.store.append(
    context.user,
    command.mailbox,
    command.message,
    command.internalDate ?? context.now,
    command.flags,
  );
  if (!result.ok) {
    return { outputs: [storeFailure(tag, result.error, command.mailbox, R.tryCreate)] };
  }
  return {
    outputs: [
      statusLine(tag, R.appendCompleted, {
        codeArgs: `${result.value.uidValidity} ${result.value.uid}`,
      }),
    ],
  };
}

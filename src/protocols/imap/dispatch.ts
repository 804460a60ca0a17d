import type { Output } from '../wire';
import type { CommandName, ImapCommand, ParseResult } from './command-parser';
import { authenticate, capability, enable, id, login, logout, startTls } from './login-commands';
import { syncMailbox } from './mailbox-sync';
import {
  append,
  create,
  list,
  remove,
  rename,
  select,
  status,
  subscribe,
  unsubscribe,
} from './mailbox-commands';
import {
  check,
  close,
  commandError,
  copy,
  expunge,
  fetch,
  search,
  store,
  unselect,
} from './message-commands';
import { continuation, R, statusLine } from './responses';
import {
  hasSelected,
  isLoggedIn,
  type HandlerResult,
  type ImapContext,
  type LoggedInContext,
  type SelectedContext,
} from './session-context';

/** Commands after which the session's view is not brought up to date before the tagged line. */
const NO_SYNC = new Set<CommandName>(['SELECT', 'EXAMINE', 'CLOSE', 'UNSELECT', 'LOGOUT', 'IDLE']);

/** Dovecot's CLIENT_MAX_BAD_COMMANDS: 3 in imap-login, 20 in imap. */
export const PRE_LOGIN_BAD_LIMIT = 3;
export const POST_LOGIN_BAD_LIMIT = 20;

// `never`: each handler takes its own command variant; `run` picks it by name.
type Handler<C> = (context: C, tag: string, command: never) => HandlerResult;
type Table<C> = Partial<Record<CommandName, Handler<C>>>;

const noop = (_context: ImapContext, tag: string): HandlerResult => ({
  outputs: [statusLine(tag, R.noopCompleted)],
});

/** The commands imap-login knows (Dovecot `imap_login_commands`); others wait for login. */
const notAuthenticatedCommands: Table<ImapContext> = {
  CAPABILITY: capability,
  NOOP: noop,
  LOGOUT: logout,
  STARTTLS: startTls,
  ID: id,
  ENABLE: enable,
  LOGIN: login,
  AUTHENTICATE: authenticate,
};

/** The imap process's commands (RFC 3501 §6.1, §6.3); it has no LOGIN nor STARTTLS. */
const authenticatedCommands: Table<LoggedInContext> = {
  CAPABILITY: capability,
  NOOP: noop,
  LOGOUT: logout,
  ID: id,
  ENABLE: enable,
  SELECT: select,
  EXAMINE: select,
  CREATE: create,
  DELETE: remove,
  RENAME: rename,
  SUBSCRIBE: subscribe,
  UNSUBSCRIBE: unsubscribe,
  LIST: list,
  LSUB: list,
  STATUS: status,
  APPEND: append,
  IDLE: (context, tag) => ({
    outputs: [continuation('idling', 'idling')],
    patch: { pending: { tag }, lastIdleNotice: context.now },
  }),
};

/** RFC 3501 §6.4: the selected state's commands. */
const selectedCommands: Table<SelectedContext> = {
  CHECK: check,
  CLOSE: close,
  UNSELECT: unselect,
  EXPUNGE: expunge,
  SEARCH: search,
  FETCH: fetch,
  STORE: store,
  COPY: copy,
  MOVE: copy,
};

function run<C>(handler: Handler<C>, context: C, tag: string, command: ImapCommand): HandlerResult {
  return handler(context, tag, command as never);
}

/** The line's echo for the timeline: what the server understood (never sent on the wire). */
export function echo(parsed: ParseResult, text: string): Output {
  const verb = parsed.kind === 'command' || parsed.kind === 'invalid' ? parsed.verb : '';
  const known = parsed.kind === 'command' || parsed.kind === 'invalid';
  const name = verb.startsWith('UID') ? 'UID' : verb;
  return {
    kind: 'command',
    text,
    command: { verb, key: known ? `imap.command.${name}` : 'imap.command.unknown' },
  };
}

/** imap-login answers `LOGIN BAD First parameter…` when the client forgot the tag. */
function isMissingTag(parsed: ParseResult): boolean {
  if (parsed.kind !== 'unknown' && parsed.kind !== 'command' && parsed.kind !== 'invalid') {
    return false;
  }
  // imap-login looks the name up before reading arguments: only a login command escapes.
  const name = parsed.kind === 'command' ? parsed.command.name : parsed.verb;
  const loginCommand = (notAuthenticatedCommands as Record<string, unknown>)[name] !== undefined;
  return parsed.tag.toUpperCase() === 'LOGIN' && !loginCommand;
}

/** Whether imap-login counts this line as an invalid command. */
export function isPreLoginBad(parsed: ParseResult): boolean {
  if (parsed.kind === 'empty' || isMissingTag(parsed)) return false;
  return parsed.kind !== 'command' || notAuthenticatedCommands[parsed.command.name] === undefined;
}

function preLogin(context: ImapContext, parsed: ParseResult): HandlerResult {
  if (parsed.kind === 'empty') return { outputs: [] };
  if (isMissingTag(parsed) && parsed.kind !== 'badTag') {
    return { outputs: [statusLine(parsed.tag, R.missingTag)] };
  }
  const handler =
    parsed.kind === 'command' ? notAuthenticatedCommands[parsed.command.name] : undefined;
  if (parsed.kind === 'command' && handler)
    return run(handler, context, parsed.tag, parsed.command);
  const tag = parsed.kind === 'badTag' ? '*' : parsed.tag;
  return {
    outputs: [statusLine(tag, R.errorPreLogin)],
    patch: { badCommands: context.badCommands + 1 },
  };
}

/** Inserts the session's pending untagged updates just before the tagged status line. */
function withSync(
  context: ImapContext,
  tag: string,
  result: HandlerResult,
  reportExpunges: boolean,
): HandlerResult {
  const next = { ...context, ...result.patch };
  if (next.selected === null || next.user === null) return result;
  const synced = syncMailbox(context.config.store, next.user, next.selected, { reportExpunges });
  if (synced.outputs.length === 0)
    return { ...result, patch: { ...result.patch, selected: synced.selected } };
  const outputs = [...result.outputs];
  const taggedAt = outputs.findIndex(
    (output) => output.kind === 'line' && output.text.startsWith(`${tag} `),
  );
  outputs.splice(taggedAt === -1 ? outputs.length : taggedAt, 0, ...synced.outputs);
  return { outputs, patch: { ...result.patch, selected: synced.selected } };
}

function postLogin(context: LoggedInContext, parsed: ParseResult): HandlerResult {
  switch (parsed.kind) {
    case 'empty':
      return { outputs: [] };
    case 'badTag':
      return {
        outputs: [statusLine('*', R.errorPreLogin)],
        patch: { badCommands: context.badCommands + 1 },
      };
    case 'unknown':
      return commandError(context, parsed.tag, parsed.verb, R.unknownCommand.text);
    case 'invalid':
      return commandError(context, parsed.tag, parsed.verb, parsed.reason);
  }
  const { tag, command } = parsed;
  let result: HandlerResult;
  const forSelected = selectedCommands[command.name];
  const forAuthenticated = authenticatedCommands[command.name];
  if (forSelected) {
    if (!hasSelected(context)) return { outputs: [statusLine(tag, R.noMailboxSelected)] };
    result = run(forSelected, context, tag, command);
  } else if (forAuthenticated) {
    result = run(forAuthenticated, context, tag, command);
  } else {
    return commandError(context, tag, parsed.verb, R.unknownCommand.text);
  }
  if (NO_SYNC.has(command.name)) return result;
  // RFC 3501 §7.4.1: no EXPUNGE while FETCH, STORE or SEARCH by sequence number runs.
  const byUid = 'uid' in command && command.uid;
  const reportExpunges = byUid || !['FETCH', 'STORE', 'SEARCH'].includes(command.name);
  return withSync(context, tag, result, reportExpunges);
}

/** Runs one framed command in the current state and returns what goes on the wire. */
export function executeCommand(
  context: ImapContext,
  parsed: ParseResult,
  text: string,
): HandlerResult {
  if (parsed.kind === 'empty') return { outputs: [] };
  const result = isLoggedIn(context) ? postLogin(context, parsed) : preLogin(context, parsed);
  return {
    outputs: [echo(parsed, text), ...result.outputs],
    ...(result.patch ? { patch: result.patch } : {}),
  };
}

/** Untagged updates while idling (RFC 2177): sent as soon as the store changes. */
export function idleUpdates(context: ImapContext): HandlerResult {
  if (context.selected === null || context.user === null) return { outputs: [] };
  const synced = syncMailbox(context.config.store, context.user, context.selected, {
    reportExpunges: true,
  });
  return { outputs: synced.outputs, patch: { selected: synced.selected } };
}

/** The line that ends IDLE: `DONE`, or anything else, which Dovecot refuses. */
export function endIdle(context: ImapContext, line: string): HandlerResult {
  const tag = context.pending?.tag ?? '*';
  const done = line.toUpperCase() === 'DONE';
  const echoed: Output = {
    kind: 'command',
    text: line,
    command: {
      verb: done ? 'DONE' : (line.split(' ')[0] ?? '').toUpperCase(),
      key: done ? 'imap.command.DONE' : 'imap.command.unknown',
    },
  };
  const updates = idleUpdates(context);
  return {
    outputs: [echoed, ...updates.outputs, statusLine(tag, done ? R.idleCompleted : R.expectedDone)],
    patch: { ...updates.patch, pending: null },
  };
}

/** Whether this command leaves the selected state for the authenticated one. */
export function isDeselecting(parsed: ParseResult): boolean {
  return (
    parsed.kind === 'command' &&
    (parsed.command.name === 'CLOSE' || parsed.command.name === 'UNSELECT')
  );
}

export function commandName(parsed: ParseResult): CommandName | undefined {
  return parsed.kind === 'command' ? parsed.command.name : undefined;
}

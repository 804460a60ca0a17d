import type { Output } from '../wire';

/** Status responses (RFC 3501 §7.1); `+` is a continuation request (§7.5). */
export type ImapStatus = 'OK' | 'NO' | 'BAD' | 'BYE' | 'PREAUTH';

/** One entry of the response catalogue: Dovecot 2.3.19's text and its explanation key. */
export interface ResponseSpec {
  readonly status: ImapStatus;
  /** The bracketed response code's name (RFC 3501 §7.1, RFC 5530), when there is one. */
  readonly code?: string;
  readonly text: string;
  readonly key: string;
}

const spec = (status: ImapStatus, text: string, key: string, code?: string): ResponseSpec => ({
  status,
  text,
  key: `imap.reply.${key}`,
  ...(code ? { code } : {}),
});

/**
 * Every status response the engine sends, with Dovecot's exact text (imap-login,
 * login-common, imap/cmd-*.c). Tagged OK texts are given without the timing suffix
 * `(0.001 + 0.000 secs)` that Dovecot 2.3 inserts after login.
 */
export const R = {
  greeting: spec('OK', 'Dovecot (Debian) ready.', 'greeting', 'CAPABILITY'),
  capabilityCompleted: spec('OK', 'Capability completed.', 'capabilityCompleted'),
  capabilityPreLogin: spec(
    'OK',
    'Pre-login capabilities listed, post-login capabilities have more.',
    'capabilityPreLogin',
  ),
  noopCompleted: spec('OK', 'NOOP completed.', 'noopCompleted'),
  checkCompleted: spec('OK', 'Check completed.', 'checkCompleted'),
  idCompleted: spec('OK', 'ID completed.', 'idCompleted'),
  enableIgnored: spec('OK', 'ENABLE ignored in non-authenticated state.', 'enableIgnored'),
  enabled: spec('OK', 'Enabled.', 'enabled'),
  loggingOut: spec('BYE', 'Logging out', 'loggingOut'),
  logoutCompleted: spec('OK', 'Logout completed.', 'logoutCompleted'),
  beginTls: spec('OK', 'Begin TLS negotiation now.', 'beginTls'),
  tlsAlreadyActive: spec('BAD', 'TLS is already active.', 'tlsAlreadyActive'),
  tlsUnavailable: spec('BAD', "TLS support isn't enabled.", 'tlsUnavailable'),
  loggedIn: spec('OK', 'Logged in', 'loggedIn', 'CAPABILITY'),
  authenticationFailed: spec(
    'NO',
    'Authentication failed.',
    'authenticationFailed',
    'AUTHENTICATIONFAILED',
  ),
  plaintextExposed: spec(
    'BAD',
    'Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.',
    'plaintextExposed',
    'ALERT',
  ),
  plaintextDisallowed: spec(
    'NO',
    'Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    'plaintextDisallowed',
    'PRIVACYREQUIRED',
  ),
  plaintextDisabled: spec(
    'NO',
    'Plaintext authentication disabled.',
    'plaintextDisabled',
    'PRIVACYREQUIRED',
  ),
  unsupportedMechanism: spec(
    'NO',
    'Unsupported authentication mechanism.',
    'unsupportedMechanism',
    'ALERT',
  ),
  authenticationAborted: spec('BAD', 'Authentication aborted by client.', 'authenticationAborted'),
  invalidBase64Initial: spec('BAD', 'Invalid base64 data in initial response', 'invalidBase64'),
  invalidBase64Continued: spec('BAD', 'Invalid base64 data in continued response', 'invalidBase64'),
  errorPreLogin: spec('BAD', 'Error in IMAP command received by server.', 'errorPreLogin'),
  tooManyInvalid: spec('BYE', 'Too many invalid IMAP commands.', 'tooManyInvalid'),
  missingTag: spec(
    'BAD',
    "First parameter in line is IMAP's command tag, not the command name. Add that before the command, like: a login user pass",
    'missingTag',
  ),
  noMailboxSelected: spec('BAD', 'No mailbox selected.', 'noMailboxSelected'),
  selectCompleted: spec('OK', 'Select completed.', 'selectCompleted', 'READ-WRITE'),
  examineCompleted: spec('OK', 'Examine completed.', 'examineCompleted', 'READ-ONLY'),
  previousClosed: spec('OK', 'Previous mailbox closed.', 'previousClosed', 'CLOSED'),
  flagsPermitted: spec('OK', 'Flags permitted.', 'flagsPermitted', 'PERMANENTFLAGS'),
  readOnlyMailbox: spec('OK', 'Read-only mailbox.', 'readOnlyMailbox', 'PERMANENTFLAGS'),
  firstUnseen: spec('OK', 'First unseen.', 'firstUnseen', 'UNSEEN'),
  uidsValid: spec('OK', 'UIDs valid', 'uidsValid', 'UIDVALIDITY'),
  predictedNextUid: spec('OK', 'Predicted next UID', 'predictedNextUid', 'UIDNEXT'),
  mailboxDoesNotExist: spec('NO', "Mailbox doesn't exist: ", 'mailboxDoesNotExist'),
  mailboxNonexistent: spec('NO', "Mailbox doesn't exist: ", 'mailboxNonexistent', 'NONEXISTENT'),
  tryCreate: spec('NO', "Mailbox doesn't exist: ", 'tryCreate', 'TRYCREATE'),
  alreadyExists: spec('NO', 'Mailbox already exists', 'alreadyExists', 'ALREADYEXISTS'),
  invalidMailboxName: spec('NO', 'Invalid mailbox name', 'invalidMailboxName', 'CANNOT'),
  inboxNotDeletable: spec('NO', "INBOX can't be deleted.", 'inboxNotDeletable', 'CANNOT'),
  // lib-storage reports it as MAIL_ERROR_EXISTS, which imap answers with [ALREADYEXISTS].
  hasChildren: spec(
    'NO',
    'Mailbox has children, delete them first',
    'hasChildren',
    'ALREADYEXISTS',
  ),
  overQuota: spec('NO', 'Quota exceeded (mailbox for user is full)', 'overQuota', 'OVERQUOTA'),
  readOnly: spec('NO', 'Mailbox is read-only.', 'readOnly'),
  createCompleted: spec('OK', 'Create completed.', 'createCompleted'),
  deleteCompleted: spec('OK', 'Delete completed.', 'deleteCompleted'),
  renameCompleted: spec('OK', 'Rename completed.', 'renameCompleted'),
  subscribeCompleted: spec('OK', 'Subscribe completed.', 'subscribeCompleted'),
  unsubscribeCompleted: spec('OK', 'Unsubscribe completed.', 'unsubscribeCompleted'),
  listCompleted: spec('OK', 'List completed.', 'listCompleted'),
  lsubCompleted: spec('OK', 'Lsub completed.', 'lsubCompleted'),
  statusCompleted: spec('OK', 'Status completed.', 'statusCompleted'),
  appendCompleted: spec('OK', 'Append completed.', 'appendCompleted', 'APPENDUID'),
  idleCompleted: spec('OK', 'Idle completed.', 'idleCompleted'),
  expectedDone: spec('BAD', 'Expected DONE.', 'expectedDone'),
  stillHere: spec('OK', 'Still here', 'stillHere'),
  closeCompleted: spec('OK', 'Close completed.', 'closeCompleted'),
  unselectCompleted: spec('OK', 'Unselect completed.', 'unselectCompleted'),
  expungeCompleted: spec('OK', 'Expunge completed.', 'expungeCompleted'),
  searchCompleted: spec('OK', 'Search completed.', 'searchCompleted'),
  fetchCompleted: spec('OK', 'Fetch completed.', 'fetchCompleted'),
  storeCompleted: spec('OK', 'Store completed.', 'storeCompleted'),
  copyCompleted: spec('OK', 'Copy completed.', 'copyCompleted', 'COPYUID'),
  noMessagesCopied: spec('OK', 'No messages found.', 'noMessagesFound'),
  movedUids: spec('OK', 'Moved UIDs.', 'movedUids', 'COPYUID'),
  moveCompleted: spec('OK', 'Move completed.', 'moveCompleted'),
  disconnectedForInactivity: spec(
    'BYE',
    'Disconnected for inactivity.',
    'disconnectedForInactivity',
  ),
  /** `Error in IMAP command FOO: <reason>`: the reason comes after the command name. */
  commandError: spec('BAD', 'Error in IMAP command ', 'commandError'),
  unknownCommand: spec('BAD', 'Unknown command.', 'unknownCommand'),
} as const satisfies Record<string, ResponseSpec>;

/** Builds the line `<tag> <status> [<code> <args>] <text><extra>` CRLF with its reply info. */
export function statusLine(
  tag: string,
  response: ResponseSpec,
  options: { codeArgs?: string; extraText?: string; prefixText?: string } = {},
): Output {
  const code =
    response.code === undefined
      ? ''
      : `[${response.code}${options.codeArgs ? ` ${options.codeArgs}` : ''}] `;
  const text = `${options.prefixText ?? ''}${response.text}${options.extraText ?? ''}`;
  return {
    kind: 'line',
    text: `${tag} ${response.status} ${code}${text}\r\n`,
    reply: {
      code: response.status,
      key: response.key,
      ...(response.code ? { enhanced: response.code } : {}),
    },
  };
}

/** An untagged status line (`* OK [UIDNEXT 3] Predicted next UID`). */
export function untagged(response: ResponseSpec, codeArgs?: string): Output {
  return statusLine('*', response, codeArgs === undefined ? {} : { codeArgs });
}

/** Kinds of untagged server data the engine sends; each has an `imap.data.<kind>` explanation. */
export const DATA_KINDS = [
  'CAPABILITY',
  'ID',
  'ENABLED',
  'FLAGS',
  'EXISTS',
  'RECENT',
  'EXPUNGE',
  'FETCH',
  'SEARCH',
  'LIST',
  'LSUB',
  'STATUS',
] as const;

export type DataKind = (typeof DATA_KINDS)[number];

/** Continuation requests (RFC 3501 §7.5), each with an `imap.reply.<kind>` explanation. */
export const CONTINUATION_KINDS = ['literalContinue', 'saslChallenge', 'idling'] as const;

export type ContinuationKind = (typeof CONTINUATION_KINDS)[number];

/**
 * Untagged server data (RFC 3501 §7.2–§7.4): `* 3 EXISTS`, `* 1 FETCH (…)`. `code` is `*` and
 * the key names the data kind, `imap.data.EXISTS`.
 */
export function data(text: string, kind: DataKind): Output {
  return {
    kind: 'line',
    text: `* ${text}\r\n`,
    reply: { code: '*', key: `imap.data.${kind}` },
  };
}

/** A continuation request (RFC 3501 §7.5): `+ idling`, `+ OK`, or the empty SASL challenge `+ `. */
export function continuation(text: string, key: ContinuationKind): Output {
  return { kind: 'line', text: `+ ${text}\r\n`, reply: { code: '+', key: `imap.reply.${key}` } };
}

import { decodeBase64Text, isBase64 } from '../encoding/base64';
import type { Output } from '../wire';
import type { CommandName, CommandOf } from './command-parser';
import { POST_LOGIN_CAPABILITIES, preLoginCapabilities } from './capabilities';
import { continuation, data, R, statusLine } from './responses';
import {
  plaintextAllowed,
  type HandlerResult,
  type ImapContext,
  type PendingContinuation,
} from './session-context';

type Command<N extends CommandName> = CommandOf<N>;

export function capabilityList(context: ImapContext): string {
  return context.user === null
    ? preLoginCapabilities({
        tlsAvailable: context.config.tlsAvailable,
        tlsActive: context.tlsActive,
        plaintextAllowed: plaintextAllowed(context),
      })
    : POST_LOGIN_CAPABILITIES;
}

/** CAPABILITY (RFC 3501 §6.1.1): imap-login and imap answer with different texts. */
export function capability(context: ImapContext, tag: string): HandlerResult {
  return {
    outputs: [
      data(`CAPABILITY ${capabilityList(context)}`, 'CAPABILITY'),
      statusLine(tag, context.user === null ? R.capabilityPreLogin : R.capabilityCompleted),
    ],
  };
}

/** ID (RFC 2971): Dovecot's default imap_id_send is `name *`. */
export function id(_context: ImapContext, tag: string): HandlerResult {
  return { outputs: [data('ID ("name" "Dovecot")', 'ID'), statusLine(tag, R.idCompleted)] };
}

/** ENABLE (RFC 5161): none of the extensions it turns on is offered, so none is enabled. */
export function enable(context: ImapContext, tag: string): HandlerResult {
  return {
    outputs: [
      data('ENABLED', 'ENABLED'),
      statusLine(tag, context.user === null ? R.enableIgnored : R.enabled),
    ],
  };
}

/** LOGOUT (RFC 3501 §6.1.3): BYE first, then the tagged OK, then the connection closes. */
export function logout(_context: ImapContext, tag: string): HandlerResult {
  return {
    outputs: [
      statusLine('*', R.loggingOut),
      statusLine(tag, R.logoutCompleted),
      { kind: 'close', reason: 'quit' },
    ],
  };
}

/** STARTTLS (RFC 3501 §6.2.1): after the OK the transport starts the TLS handshake. */
export function startTls(context: ImapContext, tag: string): HandlerResult {
  if (context.tlsActive) return { outputs: [statusLine(tag, R.tlsAlreadyActive)] };
  if (!context.config.tlsAvailable) return { outputs: [statusLine(tag, R.tlsUnavailable)] };
  return { outputs: [statusLine(tag, R.beginTls), { kind: 'tlsStart' }] };
}

export function canStartTls(context: ImapContext): boolean {
  return !context.tlsActive && context.config.tlsAvailable;
}

function loggedIn(tag: string, user: string): HandlerResult {
  return {
    outputs: [statusLine(tag, R.loggedIn, { codeArgs: POST_LOGIN_CAPABILITIES })],
    patch: { user, pending: null, badCommands: 0 },
  };
}

/** Whether LOGIN would succeed: cleartext allowed here and the passdb accepts the pair. */
export function isLoginAccepted(context: ImapContext, command: Command<'LOGIN'>): boolean {
  return (
    plaintextAllowed(context) && context.config.store.checkLogin(command.user, command.password)
  );
}

/**
 * LOGIN (RFC 3501 §6.2.3). On a connection where cleartext is refused Dovecot warns that the
 * password has already crossed the network, then refuses.
 */
export function login(context: ImapContext, tag: string, command: Command<'LOGIN'>): HandlerResult {
  if (!plaintextAllowed(context)) {
    return {
      outputs: [statusLine('*', R.plaintextExposed), statusLine(tag, R.plaintextDisallowed)],
    };
  }
  if (context.config.store.checkLogin(command.user, command.password)) {
    return loggedIn(tag, command.user);
  }
  return { outputs: [statusLine(tag, R.authenticationFailed)] };
}

const MECHANISMS = new Set(['PLAIN', 'LOGIN']);

/** PLAIN's message (RFC 4616 §2): authzid NUL authcid NUL passwd. */
function plainCredentials(text: string): { user: string; password: string } | undefined {
  const [, user, password, ...extra] = text.split('\0');
  if (user === undefined || password === undefined || extra.length > 0) return undefined;
  return { user, password };
}

function decode(response: string): string | undefined {
  // RFC 4959 §3: "=" is an empty initial response.
  if (response === '=') return '';
  return isBase64(response) ? decodeBase64Text(response) : undefined;
}

function checkCredentials(
  context: ImapContext,
  tag: string,
  credentials: { user: string; password: string } | undefined,
): HandlerResult {
  if (credentials && context.config.store.checkLogin(credentials.user, credentials.password)) {
    return loggedIn(tag, credentials.user);
  }
  return { outputs: [statusLine(tag, R.authenticationFailed)], patch: { pending: null } };
}

/** Whether AUTHENTICATE waits for a continuation line (no initial response, RFC 4959). */
export function isSaslStarting(context: ImapContext, command: Command<'AUTHENTICATE'>): boolean {
  if (!MECHANISMS.has(command.mechanism) || !plaintextAllowed(context)) return false;
  if (command.initialResponse === undefined) return true;
  // LOGIN's initial response is the user name: the password is still to come.
  return command.mechanism === 'LOGIN' && decode(command.initialResponse) !== undefined;
}

/** Whether AUTHENTICATE with an initial response logs in at once (SASL-IR, RFC 4959). */
export function isSaslAcceptedAtOnce(
  context: ImapContext,
  command: Command<'AUTHENTICATE'>,
): boolean {
  if (command.mechanism !== 'PLAIN' || !plaintextAllowed(context)) return false;
  const text = command.initialResponse === undefined ? undefined : decode(command.initialResponse);
  const credentials = text === undefined ? undefined : plainCredentials(text);
  return (
    credentials !== undefined &&
    context.config.store.checkLogin(credentials.user, credentials.password)
  );
}

/** AUTHENTICATE (RFC 3501 §6.2.2) with PLAIN (RFC 4616) or LOGIN. */
export function authenticate(
  context: ImapContext,
  tag: string,
  command: Command<'AUTHENTICATE'>,
): HandlerResult {
  if (!MECHANISMS.has(command.mechanism)) {
    return { outputs: [statusLine(tag, R.unsupportedMechanism)] };
  }
  if (!plaintextAllowed(context)) return { outputs: [statusLine(tag, R.plaintextDisabled)] };
  const mechanism = command.mechanism as 'PLAIN' | 'LOGIN';
  if (command.initialResponse === undefined) {
    // LOGIN asks "Username:" in base64; PLAIN sends an empty challenge.
    const challenge = mechanism === 'LOGIN' ? 'VXNlcm5hbWU6' : '';
    return {
      outputs: [continuation(challenge, 'saslChallenge')],
      patch: { pending: { tag, mechanism } },
    };
  }
  const text = decode(command.initialResponse);
  if (text === undefined) return { outputs: [statusLine(tag, R.invalidBase64Initial)] };
  if (mechanism === 'LOGIN') {
    return {
      outputs: [continuation('UGFzc3dvcmQ6', 'saslChallenge')],
      patch: { pending: { tag, mechanism, user: text } },
    };
  }
  return checkCredentials(context, tag, plainCredentials(text));
}

/** Whether this continuation line completes a successful SASL exchange. */
export function isSaslContinuationAccepted(context: ImapContext, line: string): boolean {
  const pending = context.pending;
  if (!pending?.mechanism || line === '*') return false;
  const text = decode(line);
  if (text === undefined) return false;
  if (pending.mechanism === 'PLAIN') {
    const credentials = plainCredentials(text);
    return (
      credentials !== undefined &&
      context.config.store.checkLogin(credentials.user, credentials.password)
    );
  }
  return pending.user !== undefined && context.config.store.checkLogin(pending.user, text);
}

/** Whether this line is LOGIN's user name, so the exchange goes on with the password. */
export function isSaslContinuationPending(context: ImapContext, line: string): boolean {
  const pending = context.pending;
  return (
    pending?.mechanism === 'LOGIN' &&
    pending.user === undefined &&
    line !== '*' &&
    decode(line) !== undefined
  );
}

/** One client line during AUTHENTICATE: `*` cancels (RFC 3501 §6.2.2), else base64. */
export function saslContinuation(context: ImapContext, line: string): HandlerResult {
  const result = saslStep(context, line);
  const echo: Output = {
    kind: 'command',
    text: line,
    command: { verb: '', key: 'imap.command.saslResponse' },
  };
  return { ...result, outputs: [echo, ...result.outputs] };
}

function saslStep(context: ImapContext, line: string): HandlerResult {
  const pending = context.pending as PendingContinuation;
  const { tag } = pending;
  if (line === '*') {
    return { outputs: [statusLine(tag, R.authenticationAborted)], patch: { pending: null } };
  }
  const text = decode(line);
  if (text === undefined) {
    return { outputs: [statusLine(tag, R.invalidBase64Continued)], patch: { pending: null } };
  }
  if (pending.mechanism === 'LOGIN' && pending.user === undefined) {
    return {
      outputs: [continuation('UGFzc3dvcmQ6', 'saslChallenge')],
      patch: { pending: { ...pending, user: text } },
    };
  }
  if (pending.mechanism === 'LOGIN') {
    return checkCredentials(context, tag, { user: pending.user ?? '', password: text });
  }
  return checkCredentials(context, tag, plainCredentials(text));
}

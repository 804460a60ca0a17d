/**
 * The SMTP server session (RFC 5321, Postfix 3.7.11 personality) and its LMTP mode (RFC 2033,
 * Dovecot LMTP texts). States are the protocol's own: awaitingHello → ready → inMail → inRcpt
 * → inData (or inBdat) → closed. TLS and AUTH are context flags (RFC 3207 §4.2, RFC 4954 §4).
 * Replies are emitted as `reply` events; the wire adapter turns them into lines.
 */
import { assign, enqueueActions, setup } from 'xstate';
import { KNOWN_VERBS, type Command, type KnownVerb, type MailParameters } from './command-parser';
import { REPLY_NAMES, reply, type Reply, type ReplyName } from './replies';
import { decodeSaslResponse } from '../encoding/base64';
import { LOGIN_PASSWORD_PROMPT, LOGIN_USERNAME_PROMPT, parsePlain } from './sasl';
import type { CloseReason } from '../wire';
import type { ServerConfig, TransactionRecord } from './server-config';
import {
  capabilities,
  checkMailParameters,
  checkRecipient,
  countHops,
  isAuthOffered,
  isLocalRecipient,
  isStartTlsOffered,
  mailboxExists,
  withProtocol,
} from './server-policy';

export interface ServerContext {
  config: ServerConfig;
  /** The EHLO/HELO/LHLO name; null before hello and after STARTTLS. */
  helo: string | null;
  /** EHLO (or LHLO) rather than HELO: the "with" word is ESMTP. */
  esmtp: boolean;
  tls: boolean;
  /** The SASL user once AUTH succeeded (once per session, RFC 4954 §4). */
  user: string | null;
  mailFrom: string;
  mailParameters: MailParameters;
  recipients: string[];
  /** BDAT chunks received so far in this transaction (RFC 3030), decoded only at LAST. */
  chunks: Uint8Array[];
  chunkOctets: number;
  /** AUTH exchange in progress. */
  sasl: { mechanism: 'PLAIN' | 'LOGIN'; username: string | null } | null;
  errors: number;
  junk: number;
}

/** The message as the wire adapter framed it after `<CRLF>.<CRLF>`. */
export interface DataEnd {
  content: string;
  octets: number;
  bareLf: boolean;
}

/** Postfix 3.7 knows neither EXPN nor HELP (HELP came in 3.9): they are unknown commands. */
const UNIMPLEMENTED_VERBS: ReadonlySet<string> = new Set(['EXPN', 'HELP']);

/** The verbs the session has an event for. */
type SessionVerb = Exclude<KnownVerb, 'EXPN' | 'HELP'>;
const SESSION_VERBS = KNOWN_VERBS.filter(
  (verb): verb is SessionVerb => !UNIMPLEMENTED_VERBS.has(verb),
);

export type ServerEvent =
  | { type: 'net.open' }
  /** A line that names no verb the server implements: unknown, forbidden, empty, EXPN, HELP. */
  | { type: 'smtp.command'; command: Command }
  | { type: `smtp.${SessionVerb}`; command: Command }
  | { type: 'smtp.chunk'; command: Command; chunk: Uint8Array }
  | { type: 'smtp.authResponse'; line: string }
  | ({ type: 'smtp.dataEnd' } & DataEnd)
  | { type: 'smtp.bareLfCommand' }
  | { type: 'smtp.errorLimit' }
  | { type: 'net.timeout' }
  | { type: 'net.disconnect' }
  | { type: 'tls.established' };

export type ServerEmitted =
  { type: 'reply'; reply: Reply } | { type: 'tlsStart' } | { type: 'close'; reason: CloseReason };

/** The part of XState's `enqueue` the reply helpers use. */
interface Enqueue {
  emit(event: ServerEmitted): void;
  assign(values: Partial<ServerContext>): void;
  raise(event: ServerEvent): void;
}

/** Commands allowed before STARTTLS when TLS is mandatory (Postfix `smtpd_tls_security_level = encrypt`). */
const PRE_TLS_VERBS = new Set(['EHLO', 'HELO', 'LHLO', 'STARTTLS', 'NOOP', 'QUIT']);
const SASL_MECHANISMS = new Set(['PLAIN', 'LOGIN']);

const commandOf = (event: ServerEvent): Command =>
  'command' in event ? event.command : { verb: 'empty' };

/**
 * The event a command line becomes: its verb's own event, so the verb's transitions run in
 * one step; a line that names no implemented verb is `smtp.command`.
 */
export function commandEvent(command: Command): ServerEvent {
  const verb = command.verb;
  if (verb === 'unknown' || verb === 'forbidden' || verb === 'empty') {
    return { type: 'smtp.command', command };
  }
  if (UNIMPLEMENTED_VERBS.has(verb)) return { type: 'smtp.command', command };
  return { type: `smtp.${verb as SessionVerb}`, command };
}

/**
 * Whether the server answers an AUTH line or a SASL response with another 334 (RFC 4954 §4):
 * no initial response yet, or LOGIN's user name just given. Anything else ends the exchange.
 */
function isChallengeNext(
  mechanism: 'PLAIN' | 'LOGIN',
  username: string | null,
  line: string | undefined,
): boolean {
  if (line === undefined) return true;
  return (
    mechanism === 'LOGIN' && username === null && line !== '*' && decodeSaslResponse(line) !== null
  );
}

const saslMechanism = (mechanism: string) => (mechanism === 'LOGIN' ? 'LOGIN' : 'PLAIN');

const args = (context: ServerContext) => ({
  host: context.config.hostname,
  banner: context.config.banner,
});

/**
 * Emits replies in order and keeps Postfix's error counter: every 4xx/5xx counts, and at
 * `smtpd_hard_error_limit` the session ends with 421 (RFC 5321 §3.8 allows 421 at any time).
 */
function respond(enqueue: Enqueue, context: ServerContext, ...replies: Reply[]): void {
  let errors = context.errors;
  for (const value of replies) {
    enqueue.emit({ type: 'reply', reply: value });
    if (value.code >= 400 && value.code !== 421) errors++;
  }
  if (errors !== context.errors) enqueue.assign({ errors });
  if (errors >= context.config.hardErrorLimit && context.errors < context.config.hardErrorLimit) {
    enqueue.emit({ type: 'reply', reply: reply('tooManyErrors', args(context)) });
    enqueue.emit({ type: 'close', reason: 'error' });
    enqueue.raise({ type: 'smtp.errorLimit' });
  }
}

const sayAction = (name: ReplyName) =>
  enqueueActions<
    ServerContext,
    ServerEvent,
    undefined,
    ServerEvent,
    never,
    never,
    never,
    never,
    ServerEmitted
  >(({ context, enqueue }) => respond(enqueue, context, reply(name, args(context))));

/** One named action per catalogue reply: `say.needMail` answers `503 5.5.1 Error: need MAIL command`. */
const sayActions = Object.fromEntries(
  REPLY_NAMES.map((name) => [`say.${name}`, sayAction(name)]),
) as { [Name in ReplyName as `say.${Name}`]: ReturnType<typeof sayAction> };

const EMPTY_TRANSACTION = {
  mailFrom: '',
  mailParameters: {},
  recipients: [],
  chunks: [],
  chunkOctets: 0,
} satisfies Partial<ServerContext>;

function transactionRecord(
  context: ServerContext,
  content: string,
  octets: number,
): TransactionRecord {
  return {
    mailFrom: context.mailFrom,
    mailParameters: context.mailParameters,
    recipients: [...context.recipients],
    content,
    octets,
    helo: context.helo,
    peerIp: context.config.client.ip,
    tls: context.tls,
    authenticatedUser: context.user,
    withProtocol: withProtocol(context),
  };
}

/**
 * End of a transaction (RFC 5321 §4.1.1.4, RFC 3030 LAST): the checks Postfix's cleanup makes,
 * then the caller's queue (SMTP: one reply) or mailbox store (LMTP: one reply per recipient,
 * in RCPT order, RFC 2033 §4.2).
 */
function finishMessage(
  enqueue: Enqueue,
  context: ServerContext,
  content: string,
  octets: number,
  bareLf: boolean,
): void {
  const { config } = context;
  const record = transactionRecord(context, content, octets);
  let refusal: Reply | null = null;
  if (bareLf && config.bareNewline === 'reject') refusal = reply('bareLf', args(context));
  else if (config.messageSizeLimit > 0 && octets > config.messageSizeLimit) {
    refusal = reply('messageTooBig');
  } else if (countHops(content) > config.hopCountLimit) refusal = reply('tooManyHops');
  else refusal = config.contentHook?.(record) ?? null;
  if (config.lmtp) {
    const replies = context.recipients.map((address) => {
      if (refusal) return refusal;
      const verdict = config.deliver(record, address);
      return 'reply' in verdict
        ? verdict.reply
        : reply('lmtpSaved', { address, sessionId: verdict.sessionId });
    });
    respond(enqueue, context, ...replies);
  } else if (refusal) {
    respond(enqueue, context, refusal);
  } else {
    const verdict = config.queue(record);
    respond(
      enqueue,
      context,
      'reply' in verdict ? verdict.reply : reply('queued', { queueId: verdict.queueId }),
    );
  }
  enqueue.assign(EMPTY_TRANSACTION);
}

/**
 * What every command meets before its verb's own rules, in Postfix's order: a verb of the other
 * protocol (HELO in LMTP, LHLO in SMTP) is unknown; under `smtpd_tls_security_level = encrypt`
 * only the pre-TLS verbs pass before STARTTLS.
 */
const COMMAND_CHECKS = [
  { guard: 'isUnknownCommand', actions: 'replyNotRecognized' },
  { guard: 'isTlsRequiredFirst', actions: 'say.mustStartTls' },
] as const;

/** After a refusal greeting every command but QUIT is refused (`refused` adds QUIT). */
const REFUSED_COMMANDS = Object.fromEntries(
  [...SESSION_VERBS.map((verb) => `smtp.${verb}`), 'smtp.command', 'smtp.chunk'].map((type) => [
    type,
    { actions: 'denyAccess' },
  ]),
) as Record<`smtp.${SessionVerb}` | 'smtp.command' | 'smtp.chunk', { actions: 'denyAccess' }>;

export const smtpServerMachine = setup({
  types: {
    context: {} as ServerContext,
    events: {} as ServerEvent,
    input: {} as { config: ServerConfig },
    emitted: {} as ServerEmitted,
  },
  guards: {
    isGreetingRefused: ({ context }) => context.config.greeting === 'refuse',
    isGreetingBusy: ({ context }) => context.config.greeting === 'busy',
    isLmtp: ({ context }) => context.config.lmtp,
    isForbiddenCommand: ({ event }) => commandOf(event).verb === 'forbidden',
    isEmptyLine: ({ event }) => commandOf(event).verb === 'empty',
    isUnknownCommand: ({ context, event }) => {
      const verb = commandOf(event).verb;
      if (verb === 'unknown' || UNIMPLEMENTED_VERBS.has(verb)) return true;
      // LMTP has LHLO and no HELO/EHLO (RFC 2033 §4.1); SMTP has no LHLO.
      return context.config.lmtp ? verb === 'EHLO' || verb === 'HELO' : verb === 'LHLO';
    },
    isTlsRequiredFirst: ({ context, event }) =>
      context.config.tlsSecurityLevel === 'encrypt' &&
      !context.tls &&
      !PRE_TLS_VERBS.has(commandOf(event).verb),
    hasSyntaxFault: ({ event }) => commandOf(event).fault !== undefined,
    isHeloRequired: ({ context }) => context.config.heloRequired,
    /** No EHLO/HELO yet, or none since STARTTLS (Postfix `state->helo_name == 0`). */
    isHelloMissing: ({ context }) => context.helo === null,
    isQuit: ({ event }) => commandOf(event).verb === 'QUIT',
    isMailRefused: ({ context, event }) => {
      const command = commandOf(event);
      return (
        command.verb === 'MAIL' &&
        checkMailParameters(context, command.path.address, command.parameters) !== null
      );
    },
    hasTooManyRecipients: ({ context }) =>
      context.recipients.length >= context.config.recipientLimit,
    hasRecipients: ({ context }) => context.recipients.length > 0,
    isLastChunk: ({ event }) => {
      const command = commandOf(event);
      return command.verb === 'BDAT' && command.last;
    },
    isChunkingOff: ({ context }) => !context.config.extensions.chunking,
    isTlsActive: ({ context }) => context.tls,
    isStartTlsUnavailable: ({ context }) => !isStartTlsOffered(context),
    isAuthUnavailable: ({ context }) => !isAuthOffered(context),
    isAuthenticated: ({ context }) => context.user !== null,
    isMechanismUnsupported: ({ context, event }) => {
      const command = commandOf(event);
      // The simulator speaks PLAIN and LOGIN only, whatever else the config lists.
      return (
        command.verb === 'AUTH' &&
        !(
          context.config.authMechanisms.includes(command.mechanism) &&
          SASL_MECHANISMS.has(command.mechanism)
        )
      );
    },
    /** AUTH or its response leads to another 334 challenge: the exchange goes on in inAuth. */
    isSaslChallengeNext: ({ context, event }) => {
      if (event.type === 'smtp.authResponse') {
        const sasl = context.sasl;
        return sasl !== null && isChallengeNext(sasl.mechanism, sasl.username, event.line);
      }
      const command = commandOf(event);
      return (
        command.verb === 'AUTH' &&
        isChallengeNext(saslMechanism(command.mechanism), null, command.initialResponse)
      );
    },
    isVrfyDisabled: ({ context }) => !context.config.vrfyEnabled,
  },
  actions: {
    ...sayActions,
    refuseBusy: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({
        type: 'reply',
        reply: reply('greetingBusy', {
          host: context.config.hostname,
          ip: context.config.client.ip,
        }),
      });
      enqueue.emit({ type: 'close', reason: 'refused' });
    }),
    denyAccess: enqueueActions(({ context, enqueue }) => {
      const { ip, reverseName } = context.config.client;
      respond(
        enqueue,
        context,
        reply('accessDenied', { ip, clientName: reverseName ?? 'unknown' }),
      );
    }),
    replyForbidden: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: reply('forbiddenCommand') });
      enqueue.emit({ type: 'close', reason: 'policy' });
    }),
    replyBareLfCommand: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: reply('bareLf', args(context)) });
      enqueue.emit({ type: 'close', reason: 'policy' });
    }),
    replyNotRecognized: enqueueActions(({ context, enqueue }) =>
      respond(
        enqueue,
        context,
        reply(context.config.lmtp ? 'lmtpUnknownCommand' : 'notRecognized'),
      ),
    ),
    replyFault: enqueueActions(({ context, event, enqueue }) => {
      const fault = commandOf(event).fault;
      if (fault) respond(enqueue, context, reply(fault.reply, { argument: fault.argument ?? '' }));
    }),
    /**
     * Postfix `smtpd_junk_command_limit` (NOOP, VRFY, ETRN, RSET, whatever their answer): past
     * it, every junk command counts as an error.
     */
    countJunk: assign(({ context }) => {
      const junk = context.junk + 1;
      return {
        junk,
        errors: junk > context.config.junkCommandLimit ? context.errors + 1 : context.errors,
      };
    }),
    replyOk: enqueueActions(({ context, enqueue }) =>
      respond(enqueue, context, reply(context.config.lmtp ? 'lmtpOk' : 'ok')),
    ),
    clearTransaction: enqueueActions(({ enqueue }) => enqueue.assign(EMPTY_TRANSACTION)),
    quit: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: reply('bye') });
      enqueue.emit({ type: 'close', reason: 'quit' });
    }),
    timeOut: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: reply('timeout', args(context)) });
      enqueue.emit({ type: 'close', reason: 'timeout' });
    }),
    hello: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'EHLO' && command.verb !== 'HELO' && command.verb !== 'LHLO') return;
      const esmtp = command.verb !== 'HELO';
      const facts = { ...context, helo: command.domain, esmtp };
      enqueue.assign({ ...EMPTY_TRANSACTION, helo: command.domain, esmtp });
      const host = context.config.hostname;
      const name: ReplyName =
        command.verb === 'LHLO' ? 'lmtpLhlo' : command.verb === 'EHLO' ? 'ehlo' : 'helo';
      respond(enqueue, context, reply(name, { host, capabilities: capabilities(facts) }));
    }),
    startTransaction: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'MAIL') return;
      enqueue.assign({
        ...EMPTY_TRANSACTION,
        mailFrom: command.path.address,
        mailParameters: command.parameters,
      });
      respond(enqueue, context, reply(context.config.lmtp ? 'lmtpMailOk' : 'mailOk'));
    }),
    refuseMail: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'MAIL') return;
      const refusal = checkMailParameters(context, command.path.address, command.parameters);
      if (refusal) respond(enqueue, context, refusal);
    }),
    /** RCPT: the restrictions run once; an accepted recipient joins the envelope. */
    addRecipient: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'RCPT') return;
      const refusal = checkRecipient(context, context.mailFrom, context.mailParameters, command);
      if (refusal) {
        respond(enqueue, context, refusal);
        return;
      }
      enqueue.assign({ recipients: [...context.recipients, command.path.address] });
      respond(enqueue, context, reply(context.config.lmtp ? 'lmtpRcptOk' : 'rcptOk'));
    }),
    startData: enqueueActions(({ context, enqueue }) =>
      respond(enqueue, context, reply(context.config.lmtp ? 'lmtpDataStart' : 'dataStart')),
    ),
    finishData: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'smtp.dataEnd') return;
      finishMessage(enqueue, context, event.content, event.octets, event.bareLf);
    }),
    addChunk: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'smtp.chunk') return;
      const chunks = [...context.chunks, event.chunk];
      const octets = context.chunkOctets + event.chunk.length;
      enqueue.assign({ chunks, chunkOctets: octets });
      const command = event.command;
      if (command.verb === 'BDAT' && command.last) {
        // Decoded once: a UTF-8 character may straddle two chunks.
        const content = new TextDecoder().decode(joinChunks(chunks, octets));
        finishMessage(enqueue, { ...context, chunks, chunkOctets: octets }, content, octets, false);
      } else {
        respond(enqueue, context, reply('bdatOk', { bytes: event.chunk.length }));
      }
    }),
    startTls: enqueueActions(({ context, enqueue }) => {
      respond(enqueue, context, reply('readyToStartTls'));
      enqueue.emit({ type: 'tlsStart' });
    }),
    /** RFC 3207 §4.2: after the handshake both sides forget everything learnt before it. */
    enterTls: enqueueActions(({ enqueue }) =>
      enqueue.assign({ ...EMPTY_TRANSACTION, tls: true, helo: null, esmtp: false, user: null }),
    ),
    refuseMechanism: enqueueActions(({ context, enqueue }) =>
      respond(
        enqueue,
        context,
        reply('authFailed', { reason: 'Invalid authentication mechanism' }),
      ),
    ),
    startAuth: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'AUTH') return;
      const mechanism = saslMechanism(command.mechanism);
      const initial = command.initialResponse;
      if (initial === undefined) {
        enqueue.assign({ sasl: { mechanism, username: null } });
        respond(
          enqueue,
          context,
          reply('authChallenge', { challenge: mechanism === 'LOGIN' ? LOGIN_USERNAME_PROMPT : '' }),
        );
        return;
      }
      continueAuth(
        enqueue,
        { ...context, sasl: { mechanism, username: null } },
        initial,
        'initial',
      );
    }),
    continueAuth: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'smtp.authResponse') return;
      continueAuth(enqueue, context, event.line, 'continued');
    }),
    vrfy: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'VRFY') return;
      const address = command.argument.replace(/^<(.*)>$/, '$1');
      const unknown =
        address.includes('@') &&
        isLocalRecipient(context.config, address) &&
        !mailboxExists(context.config, address);
      respond(
        enqueue,
        context,
        unknown ? reply('userUnknown', { address }) : reply('vrfy', { argument: command.argument }),
      );
    }),
    etrn: enqueueActions(({ context, event, enqueue }) => {
      const command = commandOf(event);
      if (command.verb !== 'ETRN') return;
      const domain = command.argument.replace(/^[@#]/, '').toLowerCase();
      respond(
        enqueue,
        context,
        context.config.etrnDomains.includes(domain)
          ? reply('etrnOk')
          : reply('etrnUnavailable', { domain }),
      );
    }),
  },
}).createMachine({
  id: 'smtp',
  context: ({ input }) => ({
    config: input.config,
    helo: null,
    esmtp: false,
    // Postfix smtpd_tls_wrappermode (port 465, RFC 8314 §3): TLS from the first byte.
    tls: input.config.tlsWrapperMode,
    user: null,
    ...EMPTY_TRANSACTION,
    sasl: null,
    errors: 0,
    junk: 0,
  }),
  initial: 'awaitingHello',
  on: {
    'net.timeout': { target: '.closed', actions: 'timeOut' },
    'net.disconnect': { target: '.closed', actions: 'clearTransaction' },
    'smtp.errorLimit': { target: '.closed' },
    'smtp.bareLfCommand': { target: '.closed', actions: 'replyBareLfCommand' },
    // The verb table. Each verb's event starts with the checks every command meets (in this
    // order in Postfix's smtpd), here and in every state that has its own rules for the verb.
    'smtp.command': [
      { guard: 'isForbiddenCommand', target: '.closed', actions: 'replyForbidden' },
      { guard: 'isEmptyLine', actions: 'say.badSyntax' },
      { actions: 'replyNotRecognized' },
    ],
    'smtp.EHLO': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
      // RFC 5321 §4.1.4: a new EHLO in any state is RSET plus EHLO.
      { target: '.ready', actions: 'hello' },
    ],
    'smtp.HELO': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
      { target: '.ready', actions: 'hello' },
    ],
    'smtp.LHLO': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
      { target: '.ready', actions: 'hello' },
    ],
    'smtp.NOOP': [...COMMAND_CHECKS, { actions: ['countJunk', 'replyOk'] }],
    'smtp.RSET': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: ['countJunk', 'replyFault'] },
      // RFC 5321 §4.1.1.5: RSET clears the transaction, never the hello.
      { target: '.ready', actions: ['countJunk', 'clearTransaction', 'replyOk'] },
    ],
    'smtp.QUIT': [...COMMAND_CHECKS, { target: '.closed', actions: 'quit' }],
    'smtp.VRFY': [
      ...COMMAND_CHECKS,
      { guard: 'isVrfyDisabled', actions: ['countJunk', 'say.vrfyDisabled'] },
      { guard: 'hasSyntaxFault', actions: ['countJunk', 'replyFault'] },
      { actions: ['countJunk', 'vrfy'] },
    ],
    'smtp.ETRN': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: ['countJunk', 'replyFault'] },
      { actions: ['countJunk', 'etrn'] },
    ],
    'smtp.STARTTLS': [
      ...COMMAND_CHECKS,
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
      { guard: 'isTlsActive', actions: 'say.tlsAlreadyActive' },
      { guard: 'isStartTlsUnavailable', actions: 'say.notImplemented' },
      { target: '.startingTls', actions: 'startTls' },
    ],
    'smtp.AUTH': [
      ...COMMAND_CHECKS,
      // Postfix: AUTH is an ESMTP extension, so it needs EHLO first.
      { guard: 'isHelloMissing', actions: 'say.sendHeloFirst' },
      { guard: 'isAuthUnavailable', actions: 'say.authNotEnabled' },
      { guard: 'isAuthenticated', actions: 'say.alreadyAuthenticated' },
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
      { guard: 'isMechanismUnsupported', actions: 'refuseMechanism' },
      { guard: 'isSaslChallengeNext', target: '.inAuth', actions: 'startAuth' },
      // An initial response that settles the exchange at once (RFC 4954 §4: PLAIN's).
      { target: '.ready', actions: 'startAuth' },
    ],
    // BDAT is framed and becomes `smtp.chunk` unless CHUNKING is off or the line is wrong.
    'smtp.BDAT': [
      ...COMMAND_CHECKS,
      { guard: 'isChunkingOff', actions: 'say.notImplemented' },
      { guard: 'hasSyntaxFault', actions: 'replyFault' },
    ],
  },
  states: {
    awaitingHello: {
      on: {
        'net.open': [
          { guard: 'isGreetingRefused', target: 'refused', actions: 'say.greetingRefused' },
          { guard: 'isGreetingBusy', target: 'closed', actions: 'refuseBusy' },
          { guard: 'isLmtp', actions: 'say.lmtpGreeting' },
          { actions: 'say.greeting' },
        ],
        // Without a hello there is no transaction to clear, and no hello to keep.
        'smtp.RSET': [
          ...COMMAND_CHECKS,
          { guard: 'hasSyntaxFault', actions: ['countJunk', 'replyFault'] },
          { actions: ['countJunk', 'replyOk'] },
        ],
        'smtp.MAIL': [
          ...COMMAND_CHECKS,
          { guard: 'isHeloRequired', actions: 'say.sendHeloFirst' },
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          { guard: 'isMailRefused', actions: 'refuseMail' },
          { target: 'inMail', actions: 'startTransaction' },
        ],
        'smtp.RCPT': [...COMMAND_CHECKS, { actions: 'say.needMail' }],
        'smtp.DATA': [...COMMAND_CHECKS, { actions: 'say.needRcpt' }],
        'smtp.chunk': [
          ...COMMAND_CHECKS,
          { guard: 'isChunkingOff', actions: 'say.notImplemented' },
          { actions: 'say.needRcpt' },
        ],
      },
    },
    ready: {
      on: {
        'smtp.MAIL': [
          ...COMMAND_CHECKS,
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          { guard: 'isMailRefused', actions: 'refuseMail' },
          { target: 'inMail', actions: 'startTransaction' },
        ],
        'smtp.RCPT': [...COMMAND_CHECKS, { actions: 'say.needMail' }],
        'smtp.DATA': [...COMMAND_CHECKS, { actions: 'say.needRcpt' }],
        'smtp.chunk': [
          ...COMMAND_CHECKS,
          { guard: 'isChunkingOff', actions: 'say.notImplemented' },
          { actions: 'say.needRcpt' },
        ],
      },
    },
    inMail: {
      // The recipient checks have effects (greylisting, SPF's DNS queries on the timeline),
      // so they run once, in `addRecipient`, and the first accepted RCPT is read here after it.
      always: { guard: 'hasRecipients', target: 'inRcpt' },
      on: {
        'smtp.MAIL': [...COMMAND_CHECKS, { actions: 'say.nestedMail' }],
        'smtp.AUTH': [
          ...COMMAND_CHECKS,
          { guard: 'isAuthUnavailable', actions: 'say.authNotEnabled' },
          { actions: 'say.authInTransaction' },
        ],
        'smtp.RCPT': [
          ...COMMAND_CHECKS,
          { guard: 'hasTooManyRecipients', actions: 'say.tooManyRecipients' },
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          { actions: 'addRecipient' },
        ],
        'smtp.DATA': [
          ...COMMAND_CHECKS,
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          // RFC 5321 §3.3: MAIL accepted but every RCPT refused; Postfix answers 554.
          { actions: 'say.noValidRecipients' },
        ],
        'smtp.chunk': [
          ...COMMAND_CHECKS,
          { guard: 'isChunkingOff', actions: 'say.notImplemented' },
          { actions: 'say.noValidRecipients' },
        ],
      },
    },
    inRcpt: {
      on: {
        'smtp.MAIL': [...COMMAND_CHECKS, { actions: 'say.nestedMail' }],
        'smtp.AUTH': [
          ...COMMAND_CHECKS,
          { guard: 'isAuthUnavailable', actions: 'say.authNotEnabled' },
          { actions: 'say.authInTransaction' },
        ],
        'smtp.RCPT': [
          ...COMMAND_CHECKS,
          // RFC 5321 §4.5.3.1.10: an implementation limit on recipients is 452, not 552.
          { guard: 'hasTooManyRecipients', actions: 'say.tooManyRecipients' },
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          { actions: 'addRecipient' },
        ],
        'smtp.DATA': [
          ...COMMAND_CHECKS,
          { guard: 'hasSyntaxFault', actions: 'replyFault' },
          { target: 'inData', actions: 'startData' },
        ],
        'smtp.chunk': [
          ...COMMAND_CHECKS,
          { guard: 'isChunkingOff', actions: 'say.notImplemented' },
          { guard: 'isLastChunk', target: 'ready', actions: 'addChunk' },
          { target: 'inBdat', actions: 'addChunk' },
        ],
      },
    },
    inData: {
      on: {
        'smtp.dataEnd': { target: 'ready', actions: 'finishData' },
      },
    },
    /** RFC 3030: BDAT chunks arrived, the last one not yet. */
    inBdat: {
      on: {
        'smtp.MAIL': [...COMMAND_CHECKS, { actions: 'say.mailAfterBdat' }],
        'smtp.RCPT': [...COMMAND_CHECKS, { actions: 'say.rcptAfterBdat' }],
        'smtp.DATA': [...COMMAND_CHECKS, { actions: 'say.dataAfterBdat' }],
        'smtp.AUTH': [...COMMAND_CHECKS, { actions: 'say.authInTransaction' }],
        'smtp.chunk': [
          ...COMMAND_CHECKS,
          { guard: 'isLastChunk', target: 'ready', actions: 'addChunk' },
          { actions: 'addChunk' },
        ],
      },
    },
    /** AUTH exchange (RFC 4954 §4): 334 challenges until 235 or 535/501. */
    inAuth: {
      on: {
        'smtp.authResponse': [
          { guard: 'isSaslChallengeNext', actions: 'continueAuth' },
          { target: 'ready', actions: 'continueAuth' },
        ],
      },
    },
    /** Between `220 2.0.0 Ready to start TLS` and the end of the handshake (RFC 3207 §4). */
    startingTls: {
      on: {
        'tls.established': { target: 'awaitingHello', actions: 'enterTls' },
      },
    },
    /** Refusal greeting 554 (RFC 5321 §3.1): wait for QUIT, refuse everything else. */
    refused: {
      on: {
        ...REFUSED_COMMANDS,
        'smtp.QUIT': { target: 'closed', actions: 'quit' },
      },
    },
    closed: { type: 'final' },
  },
});

function joinChunks(chunks: readonly Uint8Array[], octets: number): Uint8Array {
  const joined = new Uint8Array(octets);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * One step of PLAIN or LOGIN. Dovecot checks the credentials; Postfix words the failure
 * (`smtpd_sasl_glue.c`), "(reason unavailable)" when Dovecot gives none.
 */
function continueAuth(
  enqueue: Enqueue,
  context: ServerContext,
  line: string,
  phase: 'initial' | 'continued',
): void {
  const sasl = context.sasl;
  if (sasl === null) return;
  const finish = (value: Reply, user: string | null = null) => {
    enqueue.assign({ sasl: null, ...(user === null ? {} : { user }) });
    respond(enqueue, context, value);
  };
  // RFC 4954 §4: a "*" line cancels the exchange, answered with 501.
  if (line === '*') return finish(reply('authAborted'));
  const decoded = decodeSaslResponse(line);
  if (decoded === null) {
    return finish(reply('authFailed', { reason: `Invalid base64 data in ${phase} response` }));
  }
  const check = (user: string, password: string) =>
    context.config.checkCredentials(user, password)
      ? finish(reply('authSuccessful'), user)
      : finish(reply('authFailed'));
  if (sasl.mechanism === 'PLAIN') {
    const credentials = parsePlain(decoded);
    return credentials === null
      ? finish(reply('authFailed'))
      : check(credentials.user, credentials.password);
  }
  if (sasl.username === null) {
    enqueue.assign({ sasl: { mechanism: 'LOGIN', username: decoded } });
    respond(enqueue, context, reply('authChallenge', { challenge: LOGIN_PASSWORD_PROMPT }));
    return;
  }
  return check(sasl.username, decoded);
}

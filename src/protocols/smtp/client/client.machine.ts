import { and, assign, emit, enqueueActions, not, setup } from 'xstate';
import type { CloseReason } from '../../wire';
import { CLIENT_TIMEOUTS } from './client-timeouts';
import {
  commandLine,
  initialContext,
  line,
  queueIdOf,
  replyFailure,
  resultOf,
  withDataEndReply,
  withFailure,
  withRcptReply,
  type ClientContext,
} from './client-context';
import type {
  ClientFailure,
  ClientOptions,
  ClientOutput,
  ClientStep,
  Credentials,
} from './client-types';
import { encodeBase64 } from '../../encoding/base64';
import { AUTH_RESPONSE_KEY, FAILURE_KEYS } from './client-keys';
import { NO_EXTENSIONS, offersMechanism, parseExtensions, sizeLimit } from './extensions';
import {
  AUTH_NOT_SUPPORTED,
  NO_SUITABLE_MECHANISM,
  lostConnection,
  malformedReply,
  messageTooBig,
  timedOut,
  tlsNotOffered,
} from './failure-words';
import { toMailData } from './mail-data';
import { octetLength } from '../../encoding/utf8';
import { replyClass, type ServerReply } from './server-reply';

/**
 * How long the client waits for each reply (Postfix's `smtp_*_timeout`), by the name of the
 * event that ends the wait. Each waiting state starts its wait on entry (`awaitReply`); the
 * caller's clock runs the one timer and sends the event when it expires.
 */
const REPLY_TIMEOUTS = {
  heloTimeout: CLIENT_TIMEOUTS.helo,
  starttlsTimeout: CLIENT_TIMEOUTS.starttls,
  mailTimeout: CLIENT_TIMEOUTS.mail,
  rcptTimeout: CLIENT_TIMEOUTS.rcpt,
  dataInitTimeout: CLIENT_TIMEOUTS.dataInit,
  dataDoneTimeout: CLIENT_TIMEOUTS.dataDone,
  quitTimeout: CLIENT_TIMEOUTS.quit,
} as const;
type ReplyTimeout = keyof typeof REPLY_TIMEOUTS;

export type ClientEvent =
  | { type: 'client.start' }
  | { type: 'smtp.reply'; reply: ServerReply }
  | { type: 'smtp.malformed'; line: string }
  | { type: 'net.tlsEstablished' }
  | { type: 'net.disconnect' }
  | { type: `smtp.${ReplyTimeout}` };

/**
 * Everything the client puts on the wire or reports, emitted as data (never written), and the
 * wait for the next reply: `event` is due `ms` after now unless the machine starts another.
 */
export type ClientEmitted =
  | { type: 'client.output'; output: ClientOutput }
  | { type: 'client.awaitReply'; event: `smtp.${ReplyTimeout}`; ms: number };

const out = (output: ClientOutput): ClientEmitted => ({ type: 'client.output', output });

function replyOf(event: ClientEvent): ServerReply | undefined {
  return event.type === 'smtp.reply' ? event.reply : undefined;
}

function isAnyAccepted(context: ClientContext): boolean {
  return context.recipients.some((recipient) => recipient.status === 'accepted');
}

function clientFailure(
  step: ClientStep,
  temporary: boolean,
  status: string,
  reason: string,
  key: string,
  kind: ClientFailure['kind'] = 'client',
): ClientFailure {
  return { step, kind, temporary, status, reason, key };
}

/** MAIL FROM with the parameters of the extensions the server advertised, and only those. */
function mailFromLine(context: ClientContext): ClientOutput {
  const { envelope } = context.options;
  const params: string[] = [];
  // RFC 1870 §6: SIZE= only when SIZE was advertised; RFC 6152 §2: BODY= only with 8BITMIME.
  if (context.extensions.has('SIZE')) params.push(`SIZE=${context.octets}`);
  if (envelope.body !== undefined && context.extensions.has('8BITMIME')) {
    params.push(`BODY=${envelope.body}`);
  }
  const text = [`MAIL FROM:<${envelope.mailFrom}>`, ...params].join(' ');
  return commandLine('MAIL', text);
}

function rcptToLine(context: ClientContext, index: number): ClientOutput {
  const address = context.options.envelope.rcptTo[index] ?? '';
  return commandLine('RCPT', `RCPT TO:<${address}>`);
}

const AUTH_RESPONSE = { verb: 'AUTH', key: AUTH_RESPONSE_KEY };

/** RFC 4616 §2: PLAIN is authzid NUL authcid NUL password; the authzid is left empty. */
function plainMessage(credentials: Credentials): string {
  return `\0${credentials.username}\0${credentials.password}`;
}

/** The answer to the n-th 334 challenge, or undefined when the client has none to give. */
function saslAnswer(credentials: Credentials | undefined, challenge: number): string | undefined {
  if (credentials === undefined) return undefined;
  // LOGIN asks "Username:" then "Password:", always in this order.
  if (credentials.mechanism === 'LOGIN') {
    return [credentials.username, credentials.password][challenge];
  }
  // PLAIN answers one empty challenge, when its response did not go on the AUTH line.
  return challenge === 0 && credentials.initialResponse === false
    ? plainMessage(credentials)
    : undefined;
}

/** The line that answers a 334; "*" cancels an exchange gone wrong (RFC 4954 §4). */
function saslResponse(context: ClientContext): ClientOutput {
  const answer = saslAnswer(context.options.credentials, context.saslChallenges);
  return line(answer === undefined ? '*' : encodeBase64(answer), AUTH_RESPONSE);
}

/**
 * The client side of an SMTP or LMTP session: Alice's mail client submitting on 587/465, a
 * queue manager relaying to an MX on 25, the MX handing mail to the mailbox server over LMTP.
 * Each state is named for the reply the client waits for; it acts on the reply's code, never
 * its text (RFC 5321 §4.2), and emits what it sends as data.
 */
export const clientMachine = setup({
  types: {
    context: {} as ClientContext,
    events: {} as ClientEvent,
    emitted: {} as ClientEmitted,
    input: {} as ClientOptions,
  },
  guards: {
    isImplicitTls: ({ context }) => context.options.tls === 'implicit',
    isGreeted: ({ context }) => context.greeted,
    isLmtp: ({ context }) => context.options.protocol === 'lmtp',
    isPositive: ({ event }) => {
      const reply = replyOf(event);
      return reply !== undefined && replyClass(reply) === 'positive';
    },
    isIntermediate: ({ event }) => {
      const reply = replyOf(event);
      return reply !== undefined && replyClass(reply) === 'intermediate';
    },
    // RFC 5321 §3.8: 421 may answer any command, and the server closes right after it.
    isClosing: ({ event }) => replyOf(event)?.code === 421,
    isTlsRequired: ({ context }) => context.options.tls === 'starttls',
    shouldStartTls: ({ context }) =>
      (context.options.tls === 'starttls' || context.options.tls === 'starttls-if-offered') &&
      !context.tlsActive &&
      !context.starttlsDeclined &&
      context.extensions.has('STARTTLS'),
    isTlsMissing: ({ context }) => context.options.tls === 'starttls' && !context.tlsActive,
    needsAuth: ({ context }) => context.options.credentials !== undefined && !context.authenticated,
    isAuthOffered: ({ context }) => context.extensions.has('AUTH'),
    isMechanismOffered: ({ context }) =>
      offersMechanism(context.extensions, context.options.credentials?.mechanism ?? ''),
    isTooBigForServer: ({ context }) => {
      const limit = sizeLimit(context.extensions);
      return limit !== undefined && context.octets > limit;
    },
    isPipelined: ({ context }) => context.pipelined,
    hasMoreRecipients: ({ context }) =>
      context.rcptIndex + 1 < context.options.envelope.rcptTo.length,
    // Counts the reply being read: the last RCPT may be the first one accepted.
    isAnyRecipientAccepted: ({ context, event }) => {
      const reply = replyOf(event);
      return isAnyAccepted(context) || (reply !== undefined && replyClass(reply) === 'positive');
    },
    hasAcceptedRecipients: ({ context }) => isAnyAccepted(context),
    // RFC 2033 §4.2: one reply after the final dot for each accepted recipient.
    hasMoreDataEndReplies: ({ context }) =>
      context.dataReplyIndex + 1 < Math.max(1, context.dataFor.length),
  },
  actions: {
    enterStep: assign((_, params: { step: ClientStep }) => ({ step: params.step })),
    enterHelloStep: assign(({ context }) => ({
      step: context.options.protocol === 'lmtp' ? ('LHLO' as const) : ('EHLO' as const),
    })),
    awaitReply: emit((_, params: { timeout: ReplyTimeout }) => ({
      type: 'client.awaitReply' as const,
      event: `smtp.${params.timeout}` as const,
      ms: REPLY_TIMEOUTS[params.timeout],
    })),
    markGreeted: assign({ greeted: true }),
    startTls: emit(out({ kind: 'tlsStart' })),
    // RFC 3207 §4.2: after the handshake the client forgets what it learnt in clear.
    markTlsActive: assign({ tlsActive: true, extensions: NO_EXTENSIONS }),
    sendHello: emit(({ context }) =>
      context.options.protocol === 'lmtp'
        ? out(commandLine('LHLO', `LHLO ${context.options.hostname}`))
        : out(commandLine('EHLO', `EHLO ${context.options.hostname}`)),
    ),
    // RFC 5321 §3.2: a server that does not know EHLO still knows HELO.
    sendHelo: emit(({ context }) => out(commandLine('HELO', `HELO ${context.options.hostname}`))),
    storeExtensions: assign(({ event }) => {
      const reply = replyOf(event);
      return { extensions: reply ? parseExtensions(reply) : NO_EXTENSIONS };
    }),
    // RFC 5321 §4.1.1.1: HELO's reply names no extension.
    forgetExtensions: assign({ extensions: NO_EXTENSIONS }),
    sendStarttls: emit(out(commandLine('STARTTLS', 'STARTTLS'))),
    declineStarttls: assign({ starttlsDeclined: true }),
    sendAuth: enqueueActions(({ context, enqueue }) => {
      const credentials = context.options.credentials;
      if (credentials === undefined) return;
      const withResponse =
        credentials.mechanism === 'PLAIN' && credentials.initialResponse !== false;
      const text = withResponse
        ? `AUTH PLAIN ${encodeBase64(plainMessage(credentials))}`
        : `AUTH ${credentials.mechanism}`;
      enqueue.assign({ saslChallenges: 0 });
      enqueue.emit(out(commandLine('AUTH', text)));
    }),
    answerChallenge: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(out(saslResponse(context)));
      enqueue.assign({ saslChallenges: context.saslChallenges + 1 });
    }),
    markAuthenticated: assign({ authenticated: true }),
    // RFC 2920 §3.1: MAIL and RCPT may sit anywhere in a group, DATA must end it.
    sendTransaction: enqueueActions(({ context, enqueue }) => {
      const pipelined = context.options.pipelining && context.extensions.has('PIPELINING');
      enqueue.assign({ pipelined, rcptIndex: 0 });
      enqueue.emit(out(mailFromLine(context)));
      if (!pipelined) return;
      context.options.envelope.rcptTo.forEach((_, index) => {
        enqueue.emit(out(rcptToLine(context, index)));
      });
      enqueue.emit(out(commandLine('DATA', 'DATA')));
    }),
    sendNextRcpt: emit(({ context }) => out(rcptToLine(context, context.rcptIndex))),
    recordRcpt: assign(({ context, event }) => {
      const reply = replyOf(event);
      return {
        recipients: reply ? withRcptReply(context, context.rcptIndex, reply) : context.recipients,
        rcptIndex: context.rcptIndex + 1,
      };
    }),
    sendData: emit(out(commandLine('DATA', 'DATA'))),
    sendMessage: enqueueActions(({ context, enqueue }) => {
      const full = toMailData(context.options.message);
      const text = context.options.omitFinalDot === true ? full.slice(0, -'.\r\n'.length) : full;
      enqueue.assign({
        dataFor: context.recipients.flatMap((recipient, index) =>
          recipient.status === 'accepted' ? [index] : [],
        ),
        dataReplyIndex: 0,
      });
      enqueue.emit(out({ kind: 'data', octets: octetLength(text), text }));
    }),
    // RFC 2920 §3.1: DATA accepted although no RCPT was: send only the dot, expect a refusal.
    sendLoneDot: enqueueActions(({ enqueue }) => {
      enqueue.assign({ dataFor: [], dataReplyIndex: 0 });
      enqueue.emit(out({ kind: 'data', octets: 3, text: '.\r\n' }));
    }),
    recordDataEnd: assign(({ context, event }) => {
      const reply = replyOf(event);
      if (reply === undefined) return {};
      const lmtp = context.options.protocol === 'lmtp';
      const index = context.dataFor[context.dataReplyIndex];
      const indexes = lmtp ? (index === undefined ? [] : [index]) : context.dataFor;
      const queueId = replyClass(reply) === 'positive' && !lmtp ? queueIdOf(reply) : undefined;
      return {
        recipients: withDataEndReply(context, indexes, reply),
        dataReplyIndex: context.dataReplyIndex + 1,
        ...(queueId !== undefined ? { queueId } : {}),
      };
    }),
    sendQuit: emit(out(commandLine('QUIT', 'QUIT'))),
    failWithReply: assign(({ context, event }) => {
      const reply = replyOf(event);
      return reply ? withFailure(context, replyFailure(context.options, context.step, reply)) : {};
    }),
    failTlsNotOffered: assign(({ context }) =>
      withFailure(
        context,
        clientFailure(
          context.step,
          true,
          '4.7.4',
          tlsNotOffered(context.options.peer),
          FAILURE_KEYS.tlsNotOffered,
        ),
      ),
    ),
    failAuthNotOffered: assign(({ context }) =>
      withFailure(
        context,
        clientFailure('AUTH', false, '5.7.0', AUTH_NOT_SUPPORTED, FAILURE_KEYS.authNotOffered),
      ),
    ),
    failNoMechanism: assign(({ context }) =>
      withFailure(
        context,
        clientFailure(
          'AUTH',
          false,
          '5.7.0',
          NO_SUITABLE_MECHANISM,
          FAILURE_KEYS.noSuitableMechanism,
        ),
      ),
    ),
    failTooBig: assign(({ context }) =>
      withFailure(
        context,
        clientFailure(
          'MAIL',
          false,
          '5.3.4',
          messageTooBig(context.octets, sizeLimit(context.extensions) ?? 0, context.options.peer),
          FAILURE_KEYS.messageTooBig,
        ),
      ),
    ),
    // Postfix smtp_trouble.c: a timeout or a lost connection is 4.4.2, the mail stays queued.
    failTimeout: assign(({ context }) =>
      withFailure(
        context,
        clientFailure(
          context.step,
          true,
          '4.4.2',
          timedOut(context.options.peer, context.step),
          FAILURE_KEYS.timeout,
          'timeout',
        ),
      ),
    ),
    failLostConnection: assign(({ context }) =>
      withFailure(
        context,
        clientFailure(
          context.step,
          true,
          '4.4.2',
          lostConnection(context.options.peer, context.step),
          FAILURE_KEYS.lostConnection,
          'lostConnection',
        ),
      ),
    ),
    failMalformed: assign(({ context, event }) =>
      withFailure(
        context,
        clientFailure(
          context.step,
          true,
          '4.5.0',
          malformedReply(context.options.peer, event.type === 'smtp.malformed' ? event.line : ''),
          FAILURE_KEYS.malformed,
          'malformed',
        ),
      ),
    ),
    finish: enqueueActions(({ context, enqueue }, params: { reason: CloseReason }) => {
      enqueue.emit(out({ kind: 'result', result: resultOf(context) }));
      enqueue.emit(out({ kind: 'close', reason: params.reason }));
    }),
  },
}).createMachine({
  id: 'smtpClient',
  context: ({ input }) => initialContext(input),
  initial: 'connecting',
  on: {
    'net.disconnect': {
      target: '.done',
      actions: ['failLostConnection', { type: 'finish', params: { reason: 'drop' } }],
    },
    'smtp.malformed': {
      target: '.done',
      actions: ['failMalformed', { type: 'finish', params: { reason: 'error' } }],
    },
  },
  states: {
    connecting: {
      on: {
        'client.start': [
          // RFC 8314 §3: on 465 TLS starts before any SMTP byte, the greeting included.
          { guard: 'isImplicitTls', target: 'awaitingTlsHandshake', actions: 'startTls' },
          { target: 'awaitingGreeting' },
        ],
      },
    },
    awaitingTlsHandshake: {
      entry: [
        { type: 'enterStep', params: { step: 'TLS' } },
        { type: 'awaitReply', params: { timeout: 'starttlsTimeout' } },
      ],
      on: {
        'net.tlsEstablished': [
          // RFC 3207 §4.2: the first command under TLS is a new EHLO.
          {
            guard: 'isGreeted',
            target: 'awaitingEhlo',
            actions: ['markTlsActive', 'sendHello'],
          },
          { target: 'awaitingGreeting', actions: 'markTlsActive' },
        ],
        'smtp.starttlsTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingGreeting: {
      entry: [
        { type: 'enterStep', params: { step: 'greeting' } },
        { type: 'awaitReply', params: { timeout: 'heloTimeout' } },
      ],
      on: {
        'smtp.reply': [
          { guard: 'isPositive', target: 'awaitingEhlo', actions: ['markGreeted', 'sendHello'] },
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'refused' } }],
          },
          // RFC 5321 §3.1: after a 554 greeting the server still waits for QUIT.
          { target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
        ],
        'smtp.heloTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingEhlo: {
      entry: ['enterHelloStep', { type: 'awaitReply', params: { timeout: 'heloTimeout' } }],
      on: {
        'smtp.reply': [
          { guard: 'isPositive', target: 'negotiating', actions: 'storeExtensions' },
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          // RFC 2033 §4.1: an LMTP server must know LHLO; there is nothing to fall back to.
          { guard: 'isLmtp', target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
          { target: 'awaitingHelo', actions: 'sendHelo' },
        ],
        'smtp.heloTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingHelo: {
      entry: [
        { type: 'enterStep', params: { step: 'HELO' } },
        { type: 'awaitReply', params: { timeout: 'heloTimeout' } },
      ],
      on: {
        'smtp.reply': [
          { guard: 'isPositive', target: 'negotiating', actions: 'forgetExtensions' },
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          { target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
        ],
        'smtp.heloTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    // Decides what follows the handshake, in the order Postfix's smtp_helo() does.
    negotiating: {
      always: [
        { guard: 'shouldStartTls', target: 'awaitingStarttls', actions: 'sendStarttls' },
        {
          guard: 'isTlsMissing',
          target: 'awaitingQuit',
          actions: ['failTlsNotOffered', 'sendQuit'],
        },
        // RFC 4954 §4 (and RFC 5321 §2.2.2): never use an extension that was not advertised.
        {
          guard: and(['needsAuth', not('isAuthOffered')]),
          target: 'awaitingQuit',
          actions: ['failAuthNotOffered', 'sendQuit'],
        },
        {
          guard: and(['needsAuth', not('isMechanismOffered')]),
          target: 'awaitingQuit',
          actions: ['failNoMechanism', 'sendQuit'],
        },
        { guard: 'needsAuth', target: 'awaitingAuth', actions: 'sendAuth' },
        // RFC 1870 §6: a message over the advertised SIZE is not even offered.
        { guard: 'isTooBigForServer', target: 'awaitingQuit', actions: ['failTooBig', 'sendQuit'] },
        { target: 'awaitingMail', actions: 'sendTransaction' },
      ],
    },
    awaitingStarttls: {
      entry: [
        { type: 'enterStep', params: { step: 'STARTTLS' } },
        { type: 'awaitReply', params: { timeout: 'starttlsTimeout' } },
      ],
      on: {
        'smtp.reply': [
          { guard: 'isPositive', target: 'awaitingTlsHandshake', actions: 'startTls' },
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          {
            guard: 'isTlsRequired',
            target: 'awaitingQuit',
            actions: ['failWithReply', 'sendQuit'],
          },
          // Opportunistic TLS (RFC 3207 §4.1, Postfix "may"): go on in clear.
          { target: 'negotiating', actions: 'declineStarttls' },
        ],
        'smtp.starttlsTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingAuth: {
      entry: [
        { type: 'enterStep', params: { step: 'AUTH' } },
        { type: 'awaitReply', params: { timeout: 'heloTimeout' } },
      ],
      on: {
        'smtp.reply': [
          { guard: 'isPositive', target: 'negotiating', actions: 'markAuthenticated' },
          // RFC 4954 §4: 334 is a challenge; the client answers each one on its own line.
          { guard: 'isIntermediate', target: 'awaitingAuth', actions: 'answerChallenge' },
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          { target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
        ],
        'smtp.heloTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingMail: {
      entry: [
        { type: 'enterStep', params: { step: 'MAIL' } },
        { type: 'awaitReply', params: { timeout: 'mailTimeout' } },
      ],
      on: {
        'smtp.reply': [
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          { guard: and(['isPositive', 'isPipelined']), target: 'awaitingRcpt' },
          { guard: 'isPositive', target: 'awaitingRcpt', actions: 'sendNextRcpt' },
          // RFC 2920 §3.1: the RCPT and DATA replies of the group still come; read them all.
          { guard: 'isPipelined', target: 'awaitingRcpt', actions: 'failWithReply' },
          { target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
        ],
        'smtp.mailTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingRcpt: {
      entry: [
        { type: 'enterStep', params: { step: 'RCPT' } },
        { type: 'awaitReply', params: { timeout: 'rcptTimeout' } },
      ],
      on: {
        'smtp.reply': [
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          {
            guard: and(['hasMoreRecipients', 'isPipelined']),
            target: 'awaitingRcpt',
            reenter: true,
            actions: 'recordRcpt',
          },
          {
            guard: 'hasMoreRecipients',
            target: 'awaitingRcpt',
            reenter: true,
            actions: ['recordRcpt', 'sendNextRcpt'],
          },
          { guard: 'isPipelined', target: 'awaitingData', actions: 'recordRcpt' },
          {
            guard: 'isAnyRecipientAccepted',
            target: 'awaitingData',
            actions: ['recordRcpt', 'sendData'],
          },
          // RFC 5321 §3.3: with no recipient accepted there is nothing to send DATA for.
          { target: 'awaitingQuit', actions: ['recordRcpt', 'sendQuit'] },
        ],
        'smtp.rcptTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingData: {
      entry: [
        { type: 'enterStep', params: { step: 'DATA' } },
        { type: 'awaitReply', params: { timeout: 'dataInitTimeout' } },
      ],
      on: {
        'smtp.reply': [
          {
            guard: 'isClosing',
            target: 'done',
            actions: ['failWithReply', { type: 'finish', params: { reason: 'drop' } }],
          },
          {
            guard: and(['isIntermediate', 'hasAcceptedRecipients']),
            target: 'awaitingDataEnd',
            actions: 'sendMessage',
          },
          { guard: 'isIntermediate', target: 'awaitingDataEnd', actions: 'sendLoneDot' },
          { target: 'awaitingQuit', actions: ['failWithReply', 'sendQuit'] },
        ],
        'smtp.dataInitTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingDataEnd: {
      entry: [
        { type: 'enterStep', params: { step: 'end of data' } },
        { type: 'awaitReply', params: { timeout: 'dataDoneTimeout' } },
      ],
      on: {
        'smtp.reply': [
          {
            guard: 'isClosing',
            target: 'done',
            actions: [
              'recordDataEnd',
              'failWithReply',
              { type: 'finish', params: { reason: 'drop' } },
            ],
          },
          {
            guard: and(['isLmtp', 'hasMoreDataEndReplies']),
            target: 'awaitingDataEnd',
            reenter: true,
            actions: 'recordDataEnd',
          },
          { guard: 'isLmtp', target: 'awaitingQuit', actions: ['recordDataEnd', 'sendQuit'] },
          { guard: 'isPositive', target: 'awaitingQuit', actions: ['recordDataEnd', 'sendQuit'] },
          {
            target: 'awaitingQuit',
            actions: ['recordDataEnd', 'failWithReply', 'sendQuit'],
          },
        ],
        'smtp.dataDoneTimeout': {
          target: 'done',
          actions: ['failTimeout', { type: 'finish', params: { reason: 'timeout' } }],
        },
      },
    },
    awaitingQuit: {
      entry: [
        { type: 'enterStep', params: { step: 'QUIT' } },
        { type: 'awaitReply', params: { timeout: 'quitTimeout' } },
      ],
      on: {
        'smtp.reply': { target: 'done', actions: { type: 'finish', params: { reason: 'quit' } } },
        'net.disconnect': {
          target: 'done',
          actions: { type: 'finish', params: { reason: 'drop' } },
        },
        'smtp.malformed': {
          target: 'done',
          actions: { type: 'finish', params: { reason: 'error' } },
        },
        'smtp.quitTimeout': {
          target: 'done',
          actions: { type: 'finish', params: { reason: 'timeout' } },
        },
      },
    },
    done: { type: 'final' },
  },
});

import { enqueueActions, setup } from 'xstate';
import type { MailStore } from '../mailbox/store';
import type { CloseReason, Output } from '../wire';
import { advertisedMechanisms, capabilitiesBeforeLogin } from './capabilities';
import type { Pop3Command } from './command-parser';
import { openMaildrop, TRANSACTION_COMMANDS, type Maildrop } from './maildrop';
import { R, replyText, type Pop3Reply } from './replies';
import { beginSasl, continueSasl, type SaslExchange, type SaslStep } from './sasl';

/** What the world configures for one POP3 server (Dovecot setting names in comments). */
export interface Pop3Policy {
  /** A certificate is installed, so STLS can be offered (`ssl = yes`). */
  tlsAvailable: boolean;
  /** Cleartext passwords need TLS or a trusted peer (`disable_plaintext_auth`, default yes). */
  disablePlaintextAuth: boolean;
  /** One POP3 session per mailbox at a time (`pop3_lock_session`, default no). */
  lockSession: boolean;
}

export interface Pop3SessionInput {
  store: MailStore;
  policy: Pop3Policy;
  /** Implicit TLS (port 995, RFC 8314): TLS is active from the first byte. */
  tlsActive: boolean;
  /** A loopback or trusted peer counts as secured, as in Dovecot (`login_trusted_networks`). */
  trustedPeer: boolean;
}

export interface Pop3Context extends Pop3SessionInput {
  /** The name given by USER, waiting for PASS (Dovecot forgets it after one PASS). */
  pendingUser: string | undefined;
  /** Credentials that passed, waiting for the maildrop to open. */
  authenticatedUser: string | undefined;
  sasl: SaslExchange | undefined;
  maildrop: Maildrop | undefined;
  /** Consecutive bad commands: Dovecot resets the count after any good one. */
  badCommands: number;
  /** The session holds the POP3 lock of `authenticatedUser`. */
  holdsLock: boolean;
}

export type Pop3Event =
  | { type: 'pop3.command'; command: Pop3Command }
  | { type: 'sasl.response'; line: string }
  | { type: 'tls.established' }
  | { type: 'net.timeout' }
  | { type: 'net.lineTooLong' }
  | { type: 'net.drop' };

export type Pop3Emitted = { type: 'output'; output: Output };

/** Dovecot pop3-login: 3 bad commands in a row before login end the connection. */
export const MAX_BAD_COMMANDS_BEFORE_LOGIN = 3;
/** Dovecot pop3: more than 20 bad commands in a row after login end the connection. */
export const MAX_BAD_COMMANDS = 20;

const line = (reply: Pop3Reply): Output => ({
  kind: 'line',
  text: replyText(reply),
  reply: {
    code: reply.code,
    key: reply.key,
    ...(reply.enhanced === undefined ? {} : { enhanced: reply.enhanced }),
  },
});
const say = (reply: Pop3Reply): Pop3Emitted => ({ type: 'output', output: line(reply) });
const close = (reason: CloseReason): Pop3Emitted => ({
  type: 'output',
  output: { kind: 'close', reason },
});

function commandOf(event: Pop3Event): Pop3Command {
  return event.type === 'pop3.command' ? event.command : { keyword: '', verb: undefined, args: '' };
}

/** RFC 8314 / Dovecot: cleartext passwords are fine on TLS, on a trusted peer, or if allowed. */
function isCleartextAllowed(context: Pop3Context): boolean {
  return !context.policy.disablePlaintextAuth || context.tlsActive || context.trustedPeer;
}

/** The SASL step this event leads to (AUTH command or a response line). */
function saslStep(context: Pop3Context, event: Pop3Event): SaslStep | undefined {
  if (event.type === 'pop3.command' && event.command.verb === 'AUTH') {
    return beginSasl(event.command.args, isCleartextAllowed(context));
  }
  if (event.type === 'sasl.response' && context.sasl !== undefined) {
    return continueSasl(context.sasl, event.line);
  }
  return undefined;
}

/** User and password this event offers, from PASS or from a finished SASL exchange. */
function offeredCredentials(
  context: Pop3Context,
  event: Pop3Event,
): { username: string; password: string } | undefined {
  if (event.type === 'pop3.command' && event.command.verb === 'PASS') {
    return context.pendingUser === undefined
      ? undefined
      : { username: context.pendingUser, password: event.command.args };
  }
  const step = saslStep(context, event);
  return step?.kind === 'credentials' ? step : undefined;
}

/**
 * A POP3 server session (RFC 1939 §3): AUTHORIZATION → TRANSACTION → UPDATE, then closed.
 * Replies are emitted as `output` events; the wire adapter turns bytes into events.
 */
export const pop3SessionMachine = setup({
  types: {
    context: {} as Pop3Context,
    events: {} as Pop3Event,
    input: {} as Pop3SessionInput,
    emitted: {} as Pop3Emitted,
  },
  guards: {
    isVerb: ({ event }, params: { verb: string }) => commandOf(event).verb === params.verb,
    isCleartextRefused: ({ context }) => !isCleartextAllowed(context),
    hasNoUsername: ({ context }) => context.pendingUser === undefined,
    isAuthenticating: ({ context }) => context.sasl !== undefined,
    isTlsActive: ({ context }) => context.tlsActive,
    isTlsUnavailable: ({ context }) => !context.policy.tlsAvailable,
    areCredentialsRight: ({ context, event }) => {
      const offered = offeredCredentials(context, event);
      return offered !== undefined && context.store.checkLogin(offered.username, offered.password);
    },
    isMechanismListRequest: ({ event }) => commandOf(event).args === '',
    needsSaslChallenge: ({ context, event }) => saslStep(context, event)?.kind === 'challenge',
    isMaildropLockedByOther: ({ context }) =>
      context.policy.lockSession &&
      context.authenticatedUser !== undefined &&
      context.store.isPop3Locked(context.authenticatedUser),
    isTransactionCommand: ({ event }) =>
      Object.hasOwn(TRANSACTION_COMMANDS, commandOf(event).keyword),
    hasTooManyBadCommandsBeforeLogin: ({ context }) =>
      context.badCommands >= MAX_BAD_COMMANDS_BEFORE_LOGIN,
    hasTooManyBadCommands: ({ context }) => context.badCommands > MAX_BAD_COMMANDS,
  },
  actions: {
    emitReply: enqueueActions(({ enqueue }, params: { reply: Pop3Reply }) => {
      enqueue.emit(say(params.reply));
    }),
    emitClose: enqueueActions(({ enqueue }, params: { reason: CloseReason }) => {
      enqueue.emit(close(params.reason));
    }),
    emitCapabilities: enqueueActions(({ context, enqueue }) => {
      const lines = capabilitiesBeforeLogin({
        tlsAvailable: context.policy.tlsAvailable,
        tlsActive: context.tlsActive,
        cleartextAllowed: isCleartextAllowed(context),
      });
      enqueue.emit(say(R.capa(lines)));
    }),
    emitMechanisms: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(say(R.mechanisms(advertisedMechanisms(isCleartextAllowed(context)))));
    }),
    emitTlsStart: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'output', output: { kind: 'tlsStart' } });
    }),
    rememberUser: enqueueActions(({ enqueue, event }) => {
      enqueue.assign({ pendingUser: commandOf(event).args });
      enqueue.emit(say(R.userOk));
    }),
    forgetUser: enqueueActions(({ enqueue }) => enqueue.assign({ pendingUser: undefined })),
    // RFC 2595 §4: after TLS the server forgets what the client said before.
    startTls: enqueueActions(({ enqueue }) =>
      enqueue.assign({ tlsActive: true, pendingUser: undefined }),
    ),
    acceptCredentials: enqueueActions(({ context, enqueue, event }) => {
      enqueue.assign({
        authenticatedUser: offeredCredentials(context, event)?.username,
        pendingUser: undefined,
        sasl: undefined,
      });
    }),
    // Dovecot waits auth_failure_delay (2 s) before this reply; see the reply's explanation.
    rejectCredentials: enqueueActions(({ enqueue }) => {
      enqueue.assign({ pendingUser: undefined, sasl: undefined });
      enqueue.emit(say(R.authFailed));
    }),
    beginSaslExchange: enqueueActions(({ context, enqueue, event }) => {
      const step = saslStep(context, event);
      if (step?.kind !== 'challenge') return;
      enqueue.assign({ sasl: step.exchange });
      enqueue.emit(say(R.saslChallenge(step.challenge)));
    }),
    failSasl: enqueueActions(({ context, enqueue, event }) => {
      const step = saslStep(context, event);
      enqueue.assign({ sasl: undefined });
      enqueue.emit(say(step?.kind === 'failure' ? step.reply : R.authFailed));
    }),
    emitUnknownCommand: enqueueActions(({ enqueue, event }) => {
      enqueue.emit(say(R.unknown(commandOf(event).keyword)));
    }),
    countBadCommand: enqueueActions(({ context, enqueue }) =>
      enqueue.assign({ badCommands: context.badCommands + 1 }),
    ),
    resetBadCommands: enqueueActions(({ enqueue }) => enqueue.assign({ badCommands: 0 })),
    // RFC 1939 §4: entering TRANSACTION locks the maildrop; the numbers are fixed from here.
    openMaildrop: enqueueActions(({ context, enqueue }) => {
      const user = context.authenticatedUser;
      if (user === undefined) return;
      enqueue.assign({
        maildrop: openMaildrop(context.store, user),
        holdsLock: context.policy.lockSession,
        badCommands: 0,
      });
      enqueue.emit(say(R.loggedIn));
    }),
    // The store is shared with other sessions: changing it is a side effect, kept out of
    // the transition itself (so a model-based walk of the machine changes nothing).
    lockMaildrop: ({ context }) => {
      if (context.holdsLock && context.authenticatedUser !== undefined) {
        context.store.lockPop3(context.authenticatedUser);
      }
    },
    // Dovecot opens INBOX for POP3 with MAILBOX_FLAG_DROP_RECENT: IMAP no longer sees \Recent.
    dropRecent: ({ context }) => {
      if (context.authenticatedUser !== undefined) {
        context.store.claimRecent(context.authenticatedUser, 'INBOX');
      }
    },
    runTransactionCommand: enqueueActions(({ context, enqueue, event }) => {
      const command = commandOf(event);
      const handler = TRANSACTION_COMMANDS[command.keyword];
      if (handler === undefined || context.maildrop === undefined) return;
      const result = handler(context.maildrop, command.args.replace(/^ +/, ''), context.store);
      enqueue.assign({
        maildrop: result.maildrop,
        badCommands: result.bad ? context.badCommands + 1 : 0,
      });
      enqueue.emit(say(result.reply));
    }),
    // RFC 1939 §6: only QUIT from TRANSACTION removes the marked messages.
    applyUpdate: ({ context }) => {
      const maildrop = context.maildrop;
      if (maildrop === undefined) return;
      const uids = (indexes: ReadonlySet<number>) =>
        [...indexes].flatMap((index) => maildrop.messages[index]?.uid ?? []);
      context.store.pop3Update(maildrop.user, {
        deleted: uids(maildrop.deleted),
        seen: uids(maildrop.seen),
      });
    },
    emitLogout: enqueueActions(({ context, enqueue }) => {
      const deleted = context.maildrop?.deleted.size ?? 0;
      enqueue.emit(say(deleted === 0 ? R.logout : R.logoutDeleted));
    }),
    releaseLock: ({ context }) => {
      if (context.holdsLock && context.authenticatedUser !== undefined) {
        context.store.unlockPop3(context.authenticatedUser);
      }
    },
  },
}).createMachine({
  id: 'pop3',
  context: ({ input }) => ({
    ...input,
    pendingUser: undefined,
    authenticatedUser: undefined,
    sasl: undefined,
    maildrop: undefined,
    badCommands: 0,
    holdsLock: false,
  }),
  initial: 'authorization',
  on: {
    // RFC 1939 §3, Dovecot: a dropped or idle connection ends without UPDATE.
    'net.timeout': [
      {
        guard: 'isAuthenticating',
        target: '.closed',
        actions: [
          { type: 'emitReply', params: { reply: R.inactivityDuringAuth } },
          { type: 'emitClose', params: { reason: 'timeout' } },
        ],
      },
      {
        target: '.closed',
        actions: [
          { type: 'emitReply', params: { reply: R.inactivity } },
          { type: 'emitClose', params: { reason: 'timeout' } },
        ],
      },
    ],
    'net.drop': { target: '.closed' },
  },
  states: {
    authorization: {
      initial: 'ready',
      entry: { type: 'emitReply', params: { reply: R.greeting } },
      on: {
        // Dovecot login processes read at most 1024 octets (LOGIN_MAX_INBUF_SIZE).
        'net.lineTooLong': {
          target: 'closed',
          actions: [
            { type: 'emitReply', params: { reply: R.inputBufferFull } },
            { type: 'emitClose', params: { reason: 'error' } },
          ],
        },
      },
      states: {
        ready: {
          always: {
            guard: 'hasTooManyBadCommandsBeforeLogin',
            target: '#pop3.closed',
            actions: [
              { type: 'emitReply', params: { reply: R.tooManyBadBeforeLogin } },
              { type: 'emitClose', params: { reason: 'error' } },
            ],
          },
          on: {
            'pop3.command': [
              {
                guard: { type: 'isVerb', params: { verb: 'CAPA' } },
                actions: ['resetBadCommands', 'emitCapabilities'],
              },
              {
                guard: { type: 'isVerb', params: { verb: 'USER' } },
                actions: 'resetBadCommands',
                target: 'user',
              },
              {
                guard: { type: 'isVerb', params: { verb: 'PASS' } },
                actions: 'resetBadCommands',
                target: 'pass',
              },
              {
                guard: { type: 'isVerb', params: { verb: 'AUTH' } },
                actions: 'resetBadCommands',
                target: 'auth',
              },
              {
                guard: { type: 'isVerb', params: { verb: 'APOP' } },
                actions: [
                  'resetBadCommands',
                  { type: 'emitReply', params: { reply: R.apopDisabled } },
                ],
              },
              {
                guard: { type: 'isVerb', params: { verb: 'STLS' } },
                actions: 'resetBadCommands',
                target: 'stls',
              },
              {
                guard: { type: 'isVerb', params: { verb: 'QUIT' } },
                target: '#pop3.closed',
                actions: [
                  { type: 'emitReply', params: { reply: R.logoutBeforeLogin } },
                  { type: 'emitClose', params: { reason: 'quit' } },
                ],
              },
              {
                actions: [
                  'countBadCommand',
                  { type: 'emitReply', params: { reply: R.unknownBeforeLogin } },
                ],
              },
            ],
          },
        },
        // USER name: Dovecot answers +OK whether the user exists or not.
        user: {
          always: [
            {
              guard: 'isCleartextRefused',
              target: 'ready',
              actions: { type: 'emitReply', params: { reply: R.plaintextDisallowed } },
            },
            { target: 'ready', actions: 'rememberUser' },
          ],
        },
        pass: {
          always: [
            {
              guard: 'isCleartextRefused',
              target: 'ready',
              actions: [
                'forgetUser',
                { type: 'emitReply', params: { reply: R.plaintextDisallowed } },
              ],
            },
            {
              guard: 'hasNoUsername',
              target: 'ready',
              actions: { type: 'emitReply', params: { reply: R.noUsername } },
            },
            {
              guard: 'areCredentialsRight',
              target: 'openingMaildrop',
              actions: 'acceptCredentials',
            },
            { target: 'ready', actions: 'rejectCredentials' },
          ],
        },
        // AUTH mechanism [initial-response] (RFC 5034 §4).
        auth: {
          always: [
            { guard: 'isMechanismListRequest', target: 'ready', actions: 'emitMechanisms' },
            { guard: 'needsSaslChallenge', target: 'saslExchange', actions: 'beginSaslExchange' },
            {
              guard: 'areCredentialsRight',
              target: 'openingMaildrop',
              actions: 'acceptCredentials',
            },
            { target: 'ready', actions: 'failSasl' },
          ],
        },
        saslExchange: {
          tags: ['sasl'],
          on: {
            'sasl.response': [
              { guard: 'needsSaslChallenge', target: 'saslExchange', actions: 'beginSaslExchange' },
              {
                guard: 'areCredentialsRight',
                target: 'openingMaildrop',
                actions: 'acceptCredentials',
              },
              { target: 'ready', actions: 'failSasl' },
            ],
          },
        },
        // STLS (RFC 2595 §4): only before login, only once.
        stls: {
          always: [
            {
              guard: 'isTlsActive',
              target: 'ready',
              actions: { type: 'emitReply', params: { reply: R.tlsActive } },
            },
            {
              guard: 'isTlsUnavailable',
              target: 'ready',
              actions: { type: 'emitReply', params: { reply: R.tlsUnavailable } },
            },
            {
              target: 'tlsNegotiation',
              actions: [{ type: 'emitReply', params: { reply: R.tlsBegin } }, 'emitTlsStart'],
            },
          ],
        },
        tlsNegotiation: {
          tags: ['tlsPending'],
          on: { 'tls.established': { target: 'ready', actions: 'startTls' } },
        },
        openingMaildrop: {
          always: [
            {
              guard: 'isMaildropLockedByOther',
              target: '#pop3.closed',
              actions: [
                { type: 'emitReply', params: { reply: R.locked } },
                { type: 'emitClose', params: { reason: 'policy' } },
              ],
            },
            {
              target: '#pop3.transaction',
              actions: ['openMaildrop', 'lockMaildrop', 'dropRecent'],
            },
          ],
        },
      },
    },
    transaction: {
      exit: 'releaseLock',
      always: {
        guard: 'hasTooManyBadCommands',
        target: 'closed',
        actions: [
          { type: 'emitReply', params: { reply: R.tooManyBad } },
          { type: 'emitClose', params: { reason: 'error' } },
        ],
      },
      on: {
        // Dovecot pop3 reads at most 2048 octets per line (MAX_INBUF_SIZE).
        'net.lineTooLong': {
          target: 'closed',
          actions: [
            { type: 'emitReply', params: { reply: R.lineTooLong } },
            { type: 'emitClose', params: { reason: 'error' } },
          ],
        },
        'pop3.command': [
          { guard: { type: 'isVerb', params: { verb: 'QUIT' } }, target: 'update' },
          { guard: 'isTransactionCommand', actions: 'runTransactionCommand' },
          { actions: ['countBadCommand', 'emitUnknownCommand'] },
        ],
      },
    },
    // RFC 1939 §6: UPDATE removes the marked messages, answers, and closes.
    update: {
      entry: ['applyUpdate', 'emitLogout', { type: 'emitClose', params: { reason: 'quit' } }],
      always: 'closed',
    },
    closed: {
      type: 'final',
    },
  },
});

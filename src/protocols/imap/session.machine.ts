import { assign, emit, enqueueActions, setup } from 'xstate';
import type { ParseResult } from './command-parser';
import {
  commandName,
  echo,
  endIdle,
  executeCommand,
  idleUpdates,
  isDeselecting,
  isPreLoginBad,
  POST_LOGIN_BAD_LIMIT,
  PRE_LOGIN_BAD_LIMIT,
} from './dispatch';
import {
  canStartTls,
  isLoginAccepted,
  isSaslAcceptedAtOnce,
  isSaslContinuationAccepted,
  isSaslContinuationPending,
  isSaslStarting,
  saslContinuation,
} from './login-commands';
import { isSelectable } from './mailbox-commands';
import { R, statusLine, untagged } from './responses';
import {
  DEFAULT_AUTOLOGOUT_MS,
  IDLE_NOTIFY_MS,
  type HandlerResult,
  type ImapConfig,
  type ImapContext,
  type ImapEmitted,
  type ImapEvent,
} from './session-context';

const parsedOf = (event: ImapEvent): ParseResult =>
  event.type === 'imap.command' ? event.parsed : { kind: 'empty' };

const lineOf = (event: ImapEvent): string => (event.type === 'imap.continuation' ? event.line : '');

interface Enqueue {
  assign(patch: Partial<ImapContext>): void;
  emit(event: ImapEmitted): void;
}

/** Applies a handler's result: its context changes, then its outputs as emitted events. */
function enqueueResult(enqueue: Enqueue, result: HandlerResult, patch: Partial<ImapContext> = {}) {
  enqueue.assign({ ...result.patch, ...patch });
  for (const output of result.outputs) enqueue.emit({ type: 'output', output });
}

/**
 * One IMAP4rev1 server session as Dovecot 2.3.19 runs it (RFC 3501 §3): the states are the
 * RFC's own. Login commands are imap-login's; the rest are the imap process's. Every line
 * the client reads is emitted as an `output` event, in order.
 */
export const imapSessionMachine = setup({
  types: {
    context: {} as ImapContext,
    events: {} as ImapEvent,
    input: {} as ImapConfig,
    emitted: {} as ImapEmitted,
  },
  guards: {
    isLogout: ({ event }) => commandName(parsedOf(event)) === 'LOGOUT',
    // imap-login answers the third invalid command with BYE instead of BAD.
    isTooManyBadCommandsBeforeLogin: ({ context, event }) =>
      isPreLoginBad(parsedOf(event)) && context.badCommands + 1 >= PRE_LOGIN_BAD_LIMIT,
    hasTooManyBadCommands: ({ context }) => context.badCommands >= POST_LOGIN_BAD_LIMIT,
    isLoginAccepted: ({ context, event }) => {
      const parsed = parsedOf(event);
      if (parsed?.kind !== 'command') return false;
      const { command } = parsed;
      if (command.name === 'LOGIN') return isLoginAccepted(context, command);
      return command.name === 'AUTHENTICATE' && isSaslAcceptedAtOnce(context, command);
    },
    isSaslStarting: ({ context, event }) => {
      const parsed = parsedOf(event);
      return (
        parsed?.kind === 'command' &&
        parsed.command.name === 'AUTHENTICATE' &&
        isSaslStarting(context, parsed.command)
      );
    },
    isStartTlsAccepted: ({ context, event }) =>
      commandName(parsedOf(event)) === 'STARTTLS' && canStartTls(context),
    isSaslAccepted: ({ context, event }) => isSaslContinuationAccepted(context, lineOf(event)),
    isSaslGoingOn: ({ context, event }) => isSaslContinuationPending(context, lineOf(event)),
    isSelectAccepted: ({ context, event }) => {
      const parsed = parsedOf(event);
      return (
        parsed?.kind === 'command' &&
        (parsed.command.name === 'SELECT' || parsed.command.name === 'EXAMINE') &&
        isSelectable(context, parsed.command.mailbox)
      );
    },
    // RFC 3501 §6.3.1: a failed SELECT leaves no mailbox selected.
    isSelectRefused: ({ context, event }) => {
      const parsed = parsedOf(event);
      return (
        parsed?.kind === 'command' &&
        (parsed.command.name === 'SELECT' || parsed.command.name === 'EXAMINE') &&
        !isSelectable(context, parsed.command.mailbox)
      );
    },
    isDeselecting: ({ event }) => isDeselecting(parsedOf(event)),
    isIdle: ({ event }) => commandName(parsedOf(event)) === 'IDLE',
    isAutologoutDue: ({ context, event }) =>
      event.type === 'clock.tick' &&
      event.now - context.lastActivity >= (context.config.autologoutMs ?? DEFAULT_AUTOLOGOUT_MS),
    isStillHereDue: ({ context, event }) =>
      event.type === 'clock.tick' && event.now - context.lastIdleNotice >= IDLE_NOTIFY_MS,
  },
  actions: {
    runCommand: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'imap.command') return;
      enqueueResult(enqueue, executeCommand(context, event.parsed, event.text), {
        lastActivity: context.now,
      });
    }),
    continueSasl: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'imap.continuation') return;
      enqueueResult(enqueue, saslContinuation(context, event.line), { lastActivity: context.now });
    }),
    finishIdle: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'imap.continuation') return;
      enqueueResult(enqueue, endIdle(context, event.line), { lastActivity: context.now });
    }),
    emitIdleUpdates: enqueueActions(({ context, enqueue }) => {
      enqueueResult(enqueue, idleUpdates(context));
    }),
    echoCommand: emit(({ event }) => ({
      type: 'output' as const,
      output: echo(parsedOf(event), event.type === 'imap.command' ? event.text : ''),
    })),
    emitTooManyInvalid: emit(() => ({
      type: 'output' as const,
      output: statusLine('*', R.tooManyInvalid),
    })),
    emitClose: emit((_, reason: 'policy' | 'timeout') => ({
      type: 'output' as const,
      output: { kind: 'close' as const, reason },
    })),
    emitAutologout: emit(() => ({
      type: 'output' as const,
      output: statusLine('*', R.disconnectedForInactivity),
    })),
    emitStillHere: emit(() => ({ type: 'output' as const, output: untagged(R.stillHere) })),
    recordTime: assign({
      now: ({ context, event }) => (event.type === 'clock.tick' ? event.now : context.now),
    }),
    recordIdleNotice: assign({ lastIdleNotice: ({ context }) => context.now }),
    markTlsActive: assign({ tlsActive: true }),
  },
}).createMachine({
  id: 'imap',
  context: ({ input }) => ({
    config: input,
    tlsActive: input.implicitTls === true,
    user: null,
    selected: null,
    badCommands: 0,
    pending: null,
    now: input.startTime ?? 0,
    lastActivity: input.startTime ?? 0,
    lastIdleNotice: input.startTime ?? 0,
  }),
  initial: 'notAuthenticated',
  on: {
    'clock.tick': [
      {
        guard: 'isAutologoutDue',
        target: '.logout',
        actions: [
          'recordTime',
          'emitAutologout',
          { type: 'emitClose', params: 'timeout' as const },
        ],
      },
      { actions: 'recordTime' },
    ],
    'net.disconnect': '.logout',
  },
  states: {
    notAuthenticated: {
      initial: 'ready',
      states: {
        ready: {
          on: {
            'imap.command': [
              { guard: 'isLogout', target: '#imap.logout', actions: 'runCommand' },
              {
                guard: 'isTooManyBadCommandsBeforeLogin',
                target: '#imap.logout',
                actions: [
                  'echoCommand',
                  'emitTooManyInvalid',
                  { type: 'emitClose', params: 'policy' as const },
                ],
              },
              { guard: 'isLoginAccepted', target: '#imap.authenticated', actions: 'runCommand' },
              { guard: 'isSaslStarting', target: 'authenticating', actions: 'runCommand' },
              { guard: 'isStartTlsAccepted', target: 'negotiatingTls', actions: 'runCommand' },
              { actions: 'runCommand' },
            ],
          },
        },
        authenticating: {
          tags: ['awaitingContinuation'],
          on: {
            'imap.continuation': [
              { guard: 'isSaslAccepted', target: '#imap.authenticated', actions: 'continueSasl' },
              { guard: 'isSaslGoingOn', actions: 'continueSasl' },
              { target: 'ready', actions: 'continueSasl' },
            ],
          },
        },
        // RFC 3501 §6.2.1: nothing more is read until the TLS handshake is over.
        negotiatingTls: {
          tags: ['awaitingTls'],
          on: { 'tls.established': { target: 'ready', actions: 'markTlsActive' } },
        },
      },
    },
    authenticated: {
      initial: 'ready',
      always: {
        guard: 'hasTooManyBadCommands',
        target: 'logout',
        actions: ['emitTooManyInvalid', { type: 'emitClose', params: 'policy' as const }],
      },
      states: {
        ready: {
          on: {
            'imap.command': [
              { guard: 'isLogout', target: '#imap.logout', actions: 'runCommand' },
              { guard: 'isSelectAccepted', target: '#imap.selected', actions: 'runCommand' },
              { guard: 'isIdle', target: 'idling', actions: 'runCommand' },
              { actions: 'runCommand' },
            ],
          },
        },
        idling: {
          tags: ['awaitingContinuation'],
          on: {
            'imap.continuation': { target: 'ready', actions: 'finishIdle' },
            'clock.tick': {
              guard: 'isStillHereDue',
              actions: ['recordTime', 'emitStillHere', 'recordIdleNotice'],
            },
          },
        },
      },
    },
    selected: {
      initial: 'ready',
      always: {
        guard: 'hasTooManyBadCommands',
        target: 'logout',
        actions: ['emitTooManyInvalid', { type: 'emitClose', params: 'policy' as const }],
      },
      states: {
        ready: {
          on: {
            'imap.command': [
              { guard: 'isLogout', target: '#imap.logout', actions: 'runCommand' },
              { guard: 'isSelectRefused', target: '#imap.authenticated', actions: 'runCommand' },
              { guard: 'isDeselecting', target: '#imap.authenticated', actions: 'runCommand' },
              { guard: 'isIdle', target: 'idling', actions: 'runCommand' },
              { actions: 'runCommand' },
            ],
          },
        },
        idling: {
          tags: ['awaitingContinuation'],
          on: {
            'imap.continuation': { target: 'ready', actions: 'finishIdle' },
            'mailbox.changed': { actions: 'emitIdleUpdates' },
            'clock.tick': {
              guard: 'isStillHereDue',
              actions: ['recordTime', 'emitStillHere', 'recordIdleNotice'],
            },
          },
        },
      },
    },
    logout: { type: 'final' },
  },
});

import type { CommandInfo } from '../../wire';
import type {
  ClientFailure,
  ClientOptions,
  ClientOutput,
  ClientResult,
  ClientStep,
  RecipientResult,
  RecipientStatus,
} from './client-types';
import { FAILURE_KEYS, RESULT_KEYS, commandKey, type ClientVerb } from './client-keys';
import { NO_EXTENSIONS, type Extensions } from './extensions';
import { hostSaid, refusedToTalk, saslFailed, tlsRefused } from './failure-words';
import { messageOctets } from './mail-data';
import { replyClass, type ServerReply } from './server-reply';

/** A recipient while the session runs: `accepted` by RCPT, not yet by the end of data. */
export interface RecipientState {
  address: string;
  status: 'pending' | 'accepted' | RecipientStatus;
  reply?: ServerReply;
  failure?: ClientFailure;
}

/** What the client remembers, in the spirit of Go's net/smtp: a handful of named fields. */
export interface ClientContext {
  options: ClientOptions;
  /** The reply the client waits for next answers this step. */
  step: ClientStep;
  /** Extensions of the last EHLO/LHLO reply; forgotten after STARTTLS (RFC 3207 §4.2). */
  extensions: Extensions;
  /** didGreeting: the 220 came (with implicit TLS, the handshake comes before it). */
  greeted: boolean;
  tlsActive: boolean;
  /** The server refused STARTTLS and the client may go on in clear (opportunistic TLS). */
  starttlsDeclined: boolean;
  authenticated: boolean;
  /** How many 334 challenges the client answered in this AUTH exchange. */
  saslChallenges: number;
  /** MAIL, RCPT… and DATA went out as one group (RFC 2920 §3.1). */
  pipelined: boolean;
  /** Index of the recipient whose RCPT reply comes next. */
  rcptIndex: number;
  /** Recipients the end of data is for: one LMTP reply each, in this order (RFC 2033 §4.2). */
  dataFor: number[];
  /** Index in `dataFor` of the next LMTP reply after the final dot. */
  dataReplyIndex: number;
  recipients: RecipientState[];
  /** The message size RFC 1870 §3 counts (SIZE=, the advertised limit), counted once. */
  octets: number;
  failure?: ClientFailure;
  queueId?: string;
}

export function initialContext(options: ClientOptions): ClientContext {
  return {
    options,
    step: 'greeting',
    extensions: NO_EXTENSIONS,
    greeted: false,
    tlsActive: false,
    starttlsDeclined: false,
    authenticated: false,
    saslChallenges: 0,
    pipelined: false,
    rcptIndex: 0,
    dataFor: [],
    dataReplyIndex: 0,
    recipients: options.envelope.rcptTo.map((address) => ({ address, status: 'pending' })),
    octets: messageOctets(options.message),
  };
}

/** A command line to send, with the explanation key the server's adapter gives the same command. */
export function commandLine(
  verb: ClientVerb,
  text: string,
): Extract<ClientOutput, { kind: 'line' }> {
  return line(text, { verb, key: commandKey(verb) });
}

export function line(text: string, command: CommandInfo): Extract<ClientOutput, { kind: 'line' }> {
  return { kind: 'line', text: `${text}\r\n`, command };
}

/** RFC 3463 status of a refusal; Postfix makes it temporary ("4.x.x") when it defers a 5xx. */
function statusOf(reply: ServerReply, temporary: boolean): string {
  const status = reply.enhanced ?? (replyClass(reply) === 'permanent' ? '5.0.0' : '4.0.0');
  return temporary ? `4${status.slice(1)}` : status;
}

const HANDSHAKE_STEPS: readonly ClientStep[] = ['greeting', 'EHLO', 'HELO', 'LHLO'];

/** The failure a refusing reply means at this step, in Postfix's words. */
export function replyFailure(
  options: ClientOptions,
  step: ClientStep,
  reply: ServerReply,
): ClientFailure {
  // Postfix smtp_skip_5xx_greeting: a 5xx greeting is deferred, the next MX may do better.
  const skipped = step === 'greeting' && options.skip5xxGreeting === true;
  const temporary = skipped || replyClass(reply) !== 'permanent';
  const reason = HANDSHAKE_STEPS.includes(step)
    ? refusedToTalk(options.peer, reply)
    : step === 'STARTTLS'
      ? tlsRefused(options.peer, reply)
      : step === 'AUTH'
        ? saslFailed(options.peer, reply)
        : hostSaid(options.peer, reply, step);
  return {
    step,
    kind: 'reply',
    temporary,
    status: statusOf(reply, temporary),
    reply,
    reason,
    key: FAILURE_KEYS.reply,
  };
}

function settled(failure: ClientFailure): RecipientStatus {
  return failure.temporary ? 'deferred' : 'bounced';
}

/**
 * Records a failure that ends the transaction: every recipient not yet decided (pending, or
 * accepted but without a final reply) gets it. The first failure is the session's one.
 */
export function withFailure(
  context: ClientContext,
  failure: ClientFailure,
): Partial<ClientContext> {
  return {
    failure: context.failure ?? failure,
    recipients: context.recipients.map((recipient) =>
      recipient.status === 'pending' || recipient.status === 'accepted'
        ? { address: recipient.address, status: settled(failure), failure }
        : recipient,
    ),
  };
}

/** The RCPT reply for the recipient at `index`: accepted, or refused for this one alone. */
export function withRcptReply(
  context: ClientContext,
  index: number,
  reply: ServerReply,
): RecipientState[] {
  return context.recipients.map((recipient, i) => {
    if (i !== index || recipient.status !== 'pending') return recipient;
    if (replyClass(reply) === 'positive') return { ...recipient, status: 'accepted', reply };
    const failure = replyFailure(context.options, 'RCPT', reply);
    return { address: recipient.address, status: settled(failure), reply, failure };
  });
}

/** The reply after the final dot for the recipients at `indexes`: delivered, or refused. */
export function withDataEndReply(
  context: ClientContext,
  indexes: readonly number[],
  reply: ServerReply,
): RecipientState[] {
  const failure =
    replyClass(reply) === 'positive'
      ? undefined
      : replyFailure(context.options, 'end of data', reply);
  return context.recipients.map((recipient, i) => {
    if (!indexes.includes(i) || recipient.status !== 'accepted') return recipient;
    return failure === undefined
      ? { address: recipient.address, status: 'delivered', reply }
      : { address: recipient.address, status: settled(failure), reply, failure };
  });
}

/** "250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9" → "4Xq2Lk1Z3nz9" (Postfix `smtpd.c`). */
export function queueIdOf(reply: ServerReply): string | undefined {
  const match = /queued as ([^\s]+)/i.exec(reply.lines.join(' '));
  return match?.[1];
}

/**
 * The session's outcome. A recipient still undecided counts as deferred: the mail stays in the
 * queue, as for a transaction cut short (RFC 5321 §3.8).
 */
export function resultOf(context: ClientContext): ClientResult {
  const recipients: RecipientResult[] = context.recipients.map((recipient) => ({
    address: recipient.address,
    status:
      recipient.status === 'pending' || recipient.status === 'accepted'
        ? 'deferred'
        : recipient.status,
    ...(recipient.reply ? { reply: recipient.reply } : {}),
    ...(recipient.failure ? { failure: recipient.failure } : {}),
  }));
  const statuses = new Set(recipients.map((recipient) => recipient.status));
  const [only] = statuses;
  const status = statuses.size === 1 && only !== undefined ? only : 'partial';
  return {
    status,
    key: RESULT_KEYS[status],
    ...(context.queueId !== undefined ? { queueId: context.queueId } : {}),
    recipients,
    ...(context.failure ? { failure: context.failure } : {}),
  };
}

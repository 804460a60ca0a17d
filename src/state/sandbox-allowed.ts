import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { COMMAND_NAMES, type ParseResult } from '../protocols/imap/command-parser';
import { executeCommand, isPreLoginBad } from '../protocols/imap/dispatch';
import { imapSessionMachine } from '../protocols/imap/session.machine';
import type { ImapContext } from '../protocols/imap/session-context';
import { parseCommand as parsePop3, POP3_VERBS } from '../protocols/pop3/command-parser';
import { pop3SessionMachine } from '../protocols/pop3/session.machine';
import { replyDefinition, REPLY_NAMES, type ReplyName } from '../protocols/smtp/replies';
import { smtpServerMachine } from '../protocols/smtp/server.machine';

/**
 * "What can I type now?": the commands a server session takes in its current state, read from
 * the session machine's own definition (its states' transitions and its named guards), never
 * from a list written per state. Guards that need more of the session than the sandbox knows
 * stay open: they are shown as the conditions under which the server would still refuse.
 */

/** What the session waits for, besides commands. */
export type Expecting = 'commands' | 'message' | 'continuation' | 'tls' | 'nothing';

export interface AllowedVerb {
  verb: string;
  /** Guards (named as in the machine) that may still make the server refuse it. */
  unless: string[];
}

export interface AllowedCommands {
  protocol: SessionProtocol;
  state: string;
  expecting: Expecting;
  /** Verbs the session acts on here (a state change, an answer that is not an error). */
  accepted: AllowedVerb[];
  /** Verbs it knows but answers with an error in this state (503, -ERR, BAD). */
  refused: string[];
}

export type SessionProtocol = 'smtp' | 'lmtp' | 'pop3' | 'imap';

/** What the sandbox knows of one session besides its state's name. */
export interface SessionFacts {
  /** The connection runs inside TLS (after STARTTLS / STLS, or on 465, 995, 993). */
  tls: boolean;
  /** The SMTP port's Postfix `smtpd_tls_security_level` (encrypt on submission, may on 25). */
  tlsLevel: 'none' | 'may' | 'encrypt';
  /** The last reply was a continuation `+` (POP3/IMAP SASL, IMAP IDLE). */
  awaitingContinuation: boolean;
}

/** Thrown when a guard reads a part of the session the sandbox does not know. */
class UnknownFact extends Error {}

/** A context where only `facts` can be read: anything else is unknown. */
function partialContext<T extends object>(facts: T): T {
  return new Proxy(facts, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      if (!(key in target)) throw new UnknownFact(key);
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'object' && value !== null ? partialContext(value) : value;
    },
  });
}

type Truth = boolean | 'unknown';

interface GuardRef {
  name: string;
  params: unknown;
}

function guardRef(guard: unknown): GuardRef | null {
  if (guard === undefined) return null;
  if (typeof guard === 'string') return { name: guard, params: undefined };
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    return { name: String(guard.type), params: 'params' in guard ? guard.params : undefined };
  }
  return { name: 'guard', params: undefined };
}

/** A guard's verdict on a probe event, or unknown when it needs more than the facts. */
function truth(machine: AnyStateMachine, ref: GuardRef, context: object, event: object): Truth {
  const guards = machine.implementations.guards as Record<string, unknown>;
  const implementation = guards[ref.name];
  if (typeof implementation !== 'function') return 'unknown';
  try {
    return Boolean(implementation({ context, event }, ref.params));
  } catch {
    // A guard that reads an unknown fact (or a field the probe event leaves out) cannot tell.
    return 'unknown';
  }
}

interface Outcome {
  actions: readonly unknown[];
  target: boolean;
  unless: string[];
}

/**
 * The transitions an event may take from `node`, in the machine's order: the first enabled
 * candidate wins, and when none is, the parent state's handlers are tried (XState's rule).
 */
function outcomes(
  machine: AnyStateMachine,
  node: AnyStateNode,
  event: { type: string },
  context: object,
): Outcome[] {
  const found: Outcome[] = [];
  const unless: string[] = [];
  for (let current: AnyStateNode | undefined = node; current; current = current.parent) {
    const candidates = current.transitions.get(event.type) ?? [];
    for (const candidate of candidates) {
      const ref = guardRef(candidate.guard);
      const verdict = ref === null ? true : truth(machine, ref, context, event);
      if (verdict === false) continue;
      found.push({
        actions: candidate.actions,
        target: (candidate.target ?? []).length > 0,
        unless: [...unless],
      });
      if (verdict === true) return found;
      if (ref !== null) unless.push(ref.name);
    }
  }
  return found;
}

function actionName(action: unknown): string {
  if (typeof action === 'string') return action;
  if (typeof action === 'object' && action !== null && 'type' in action) return String(action.type);
  return '';
}

/** The state node the session is in: a compound state waits in its initial child. */
function stateNode(machine: AnyStateMachine, state: string): AnyStateNode | undefined {
  let node = (machine.root.states as Record<string, AnyStateNode>)[state];
  while (node !== undefined && node.initial?.target[0] !== undefined) node = node.initial.target[0];
  return node;
}

/** Verbs and their outcomes, split into accepted (with conditions) and refused. */
function classify(
  verbs: readonly string[],
  outcomesOf: (verb: string) => Outcome[],
  isRefusal: (outcome: Outcome) => boolean,
): Pick<AllowedCommands, 'accepted' | 'refused'> {
  const accepted: AllowedVerb[] = [];
  const refused: string[] = [];
  for (const verb of verbs) {
    const possible = outcomesOf(verb);
    const success = possible.find((outcome) => !isRefusal(outcome));
    if (success !== undefined) accepted.push({ verb, unless: [...new Set(success.unless)] });
    else if (possible.length > 0) refused.push(verb);
  }
  return { accepted, refused };
}

// SMTP ------------------------------------------------------------------------------------

/** The verbs the SMTP machine has events for (`smtp.EHLO` …), read from its definition. */
function smtpVerbs(): string[] {
  const verbs = new Set<string>();
  const visit = (node: AnyStateNode) => {
    for (const type of node.transitions.keys()) {
      const verb = /^smtp\.([A-Z]+)$/.exec(type)?.[1];
      if (verb !== undefined) verbs.add(verb);
    }
    Object.values(node.states as Record<string, AnyStateNode>).forEach(visit);
  };
  visit(smtpServerMachine.root);
  return [...verbs];
}

/** Actions that answer with an error, besides `say.<reply>` whose catalogue code is ≥ 400. */
const SMTP_REFUSING_ACTIONS = new Set([
  'replyForbidden',
  'replyFault',
  'replyNotRecognized',
  'replyBareLfCommand',
  'refuseMail',
  'refuseMechanism',
  'denyAccess',
]);

/** Bookkeeping that goes with a command's answer, whatever the answer (Postfix's junk count). */
const SMTP_COUNTING_ACTIONS = new Set(['countJunk']);

function isSmtpRefusal(outcome: Outcome): boolean {
  if (outcome.target) return false;
  const names = outcome.actions.map(actionName).filter((name) => !SMTP_COUNTING_ACTIONS.has(name));
  return names.every((name) => {
    if (SMTP_REFUSING_ACTIONS.has(name)) return true;
    const replyName = name.startsWith('say.') ? name.slice(4) : '';
    return (
      (REPLY_NAMES as readonly string[]).includes(replyName) &&
      replyDefinition(replyName as ReplyName).code >= 400
    );
  });
}

function smtpAllowed(protocol: 'smtp' | 'lmtp', state: string, facts: SessionFacts) {
  const machine = smtpServerMachine;
  const node = stateNode(machine, state);
  const context = partialContext({
    tls: facts.tls,
    config: {
      lmtp: protocol === 'lmtp',
      tlsSecurityLevel: facts.tlsLevel,
    },
  });
  if (node === undefined) return { accepted: [], refused: [] };
  return classify(
    smtpVerbs(),
    (verb) => {
      // Each verb is its own event, its transitions led by the checks every command meets.
      // RFC 3030: BDAT carries its chunk, which the machine receives as `smtp.chunk`.
      const type = verb === 'BDAT' ? 'smtp.chunk' : `smtp.${verb}`;
      const event = { type, command: { verb }, chunk: new Uint8Array() };
      return outcomes(machine, node, event, context);
    },
    isSmtpRefusal,
  );
}

// POP3 ------------------------------------------------------------------------------------

/** Actions that count or answer a bad command. */
const POP3_REFUSING_ACTIONS = new Set(['countBadCommand', 'emitUnknownCommand']);

function isPop3Refusal(outcome: Outcome): boolean {
  if (outcome.target) return false;
  return outcome.actions.some((action) => {
    if (POP3_REFUSING_ACTIONS.has(actionName(action))) return true;
    if (actionName(action) !== 'emitReply') return false;
    const params = (action as { params?: { reply?: { code?: string } } }).params;
    return params?.reply?.code === '-ERR';
  });
}

function pop3Allowed(state: string, facts: SessionFacts) {
  const machine = pop3SessionMachine;
  const node = stateNode(machine, state);
  const context = partialContext({ tlsActive: facts.tls });
  if (node === undefined) return { accepted: [], refused: [] };
  return classify(
    POP3_VERBS,
    (verb) =>
      outcomes(machine, node, { type: 'pop3.command', command: parsePop3(verb) } as never, context),
    isPop3Refusal,
  );
}

// IMAP ------------------------------------------------------------------------------------

/**
 * IMAP's machine hands every command of a state to the command tables (`runCommand`), so the
 * tables answer: before login, imap-login's own list; after it, the engine itself is asked with
 * a probe command, and a `BAD` (no mailbox selected, unknown here) means refused.
 */
function imapAllowed(state: string) {
  if (state !== 'notAuthenticated' && state !== 'authenticated' && state !== 'selected') {
    return { accepted: [], refused: [] };
  }
  const accepted: AllowedVerb[] = [];
  const refused: string[] = [];
  for (const name of COMMAND_NAMES) {
    const parsed = { kind: 'command', tag: 'a1', verb: name, command: { name } } as ParseResult;
    let ok: boolean;
    if (state === 'notAuthenticated') ok = !isPreLoginBad(parsed);
    else {
      const context = partialContext({
        user: 'student',
        selected: state === 'selected' ? {} : null,
        badCommands: 0,
      }) as ImapContext;
      try {
        const result = executeCommand(context, parsed, '');
        ok = !result.outputs.some(
          (output) => output.kind === 'line' && output.reply?.code === 'BAD',
        );
      } catch {
        // The command's own handler ran and needed the mailbox: the state accepts it.
        ok = true;
      }
    }
    if (ok) accepted.push({ verb: name, unless: [] });
    else refused.push(name);
  }
  return { accepted, refused };
}

/** The session's machine, for the views that name it. */
export function sessionMachine(protocol: SessionProtocol): AnyStateMachine {
  if (protocol === 'pop3') return pop3SessionMachine;
  if (protocol === 'imap') return imapSessionMachine;
  return smtpServerMachine;
}

function expecting(protocol: SessionProtocol, state: string, facts: SessionFacts): Expecting {
  const node = stateNode(sessionMachine(protocol), state);
  if (node === undefined || node.type === 'final') return 'nothing';
  const events = [...node.transitions.keys()];
  if (events.includes('smtp.dataEnd')) return 'message';
  if (events.includes('smtp.authResponse') || facts.awaitingContinuation) return 'continuation';
  if (events.includes('tls.established')) return 'tls';
  return 'commands';
}

/** What a student can type in a session in `state` (a name from the step's `states`). */
export function allowedCommands(
  protocol: SessionProtocol,
  state: string,
  facts: SessionFacts,
): AllowedCommands {
  const waiting = expecting(protocol, state, facts);
  const lists =
    waiting !== 'commands'
      ? { accepted: [], refused: [] }
      : protocol === 'pop3'
        ? pop3Allowed(state, facts)
        : protocol === 'imap'
          ? imapAllowed(state)
          : smtpAllowed(protocol, state, facts);
  return { protocol, state, expecting: waiting, ...lists };
}

import { decodeSaslResponse } from '../../protocols/encoding/base64';
import type { Step, StepKind, Timeline } from './step';

/**
 * Anchor queries (DESIGN.md, content/): a lesson points at a step by describing it, never by
 * its number, so a lesson survives an engine change that adds or removes steps elsewhere.
 * A query is plain data: every field given must hold for a step to match.
 */

/** Which connection a step belongs to, described by where that connection went. */
export interface ConnQuery {
  /** The host id the connection was opened to. */
  to?: string;
  /** The host id that opened it. */
  from?: string;
  /** The port it was opened on. */
  port?: number;
  /** The n-th such connection (from 0), when there are several. */
  nth?: number;
}

/** A text pattern: a substring, or a regular expression tested against the whole text. */
export type TextPattern = string | RegExp;

export interface StepQuery {
  kind?: StepKind;
  protocol?: Step['protocol'];
  /** The host id the step comes from. */
  from?: string;
  /** The host id the step goes to. */
  to?: string;
  /** The command's verb ("MAIL", "UID FETCH"). */
  verb?: string;
  /** The reply's code ("250", "+OK", "OK"). */
  code?: string;
  /** The reply's enhanced status code ("2.1.5"). */
  enhanced?: string;
  /** The reply's or command's explanation key ("smtp.reply.rcptOk"). */
  key?: string;
  text?: TextPattern;
  encrypted?: boolean;
  conn?: ConnQuery;
  /**
   * A reply answering this command: the reply's connection carries a command with this verb
   * earlier, and this reply is the first one after it with no other reply in between that
   * answered it. Pipelined commands are matched to replies in order (RFC 2920 §3.1).
   */
  after?: { command: string };
  /** Among the steps matching everything else, the n-th (from 0). */
  nth?: number;
}

/** A query that does not match exactly one step. */
export class AnchorError extends Error {
  readonly query: StepQuery;
  readonly matches: number;

  constructor(query: StepQuery, matches: number) {
    super(`anchor ${describeQuery(query)} matches ${matches} steps, expected exactly 1`);
    this.name = 'AnchorError';
    this.query = query;
    this.matches = matches;
  }
}

/** A short readable form of a query, for error messages and test names. */
export function describeQuery(query: StepQuery): string {
  return JSON.stringify(query, (_key, value: unknown) =>
    value instanceof RegExp ? value.toString() : value,
  );
}

function textMatches(text: string, pattern: TextPattern): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

/** The ids of the connections that fit `query`, in the order they were opened. */
function connectionsFitting(timeline: Timeline, query: ConnQuery): Set<string> {
  const ids = timeline
    .filter(
      (step) =>
        step.kind === 'connect' &&
        step.conn !== null &&
        (query.to === undefined || step.to === query.to) &&
        (query.from === undefined || step.from === query.from) &&
        (query.port === undefined || step.text.endsWith(`:${query.port}`)),
    )
    .map((step) => step.conn as string);
  if (query.nth === undefined) return new Set(ids);
  const picked = ids[query.nth];
  return new Set(picked === undefined ? [] : [picked]);
}

/**
 * For every reply, the verb of the command it answers: on each connection, commands wait in
 * order and each reply (but a greeting, an untagged or continuation line) answers the oldest.
 * SASL answer lines (verb AUTH, no new command) are answered like any other command.
 */
function answeredVerbs(timeline: Timeline): Map<number, string> {
  const pending = new Map<string, string[]>();
  const answered = new Map<number, string>();
  for (const step of timeline) {
    if (step.conn === null) continue;
    const queue = pending.get(step.conn) ?? [];
    pending.set(step.conn, queue);
    if (step.kind === 'command' && step.command !== undefined) {
      queue.push(step.command.verb);
    } else if (step.kind === 'reply' && step.reply !== undefined) {
      // IMAP untagged data ("*") is not the end of a command's answer; its tagged line is.
      if (step.reply.code === '*' || step.text.startsWith('* ')) {
        const current = queue[0];
        if (current !== undefined) answered.set(step.seq, current);
        continue;
      }
      const verb = queue.shift();
      if (verb !== undefined) answered.set(step.seq, verb);
    }
  }
  return answered;
}

function fits(step: Step, query: StepQuery): boolean {
  return (
    (query.kind === undefined || step.kind === query.kind) &&
    (query.protocol === undefined || step.protocol === query.protocol) &&
    (query.from === undefined || step.from === query.from) &&
    (query.to === undefined || step.to === query.to) &&
    (query.verb === undefined || step.command?.verb === query.verb) &&
    (query.code === undefined || step.reply?.code === query.code) &&
    (query.enhanced === undefined || step.reply?.enhanced === query.enhanced) &&
    (query.key === undefined || step.reply?.key === query.key || step.command?.key === query.key) &&
    (query.text === undefined || textMatches(step.text, query.text)) &&
    (query.encrypted === undefined || (step.encrypted ?? false) === query.encrypted)
  );
}

/** Every step that fits the query, in timeline order (`nth` then keeps only one of them). */
export function matchAll(timeline: Timeline, query: StepQuery): Step[] {
  const conns = query.conn === undefined ? null : connectionsFitting(timeline, query.conn);
  const answers = query.after === undefined ? null : answeredVerbs(timeline);
  const found = timeline.filter(
    (step) =>
      fits(step, query) &&
      (conns === null || (step.conn !== null && conns.has(step.conn))) &&
      (answers === null || answers.get(step.seq) === query.after?.command),
  );
  if (query.nth === undefined) return found;
  const picked = found[query.nth];
  return picked === undefined ? [] : [picked];
}

export type MatchOne = { ok: true; step: Step } | { ok: false; error: AnchorError };

/** The one step a query names, or an error naming the query when it matches none or several. */
export function findOne(timeline: Timeline, query: StepQuery): MatchOne {
  const found = matchAll(timeline, query);
  const [step] = found;
  if (found.length === 1 && step !== undefined) return { ok: true, step };
  return { ok: false, error: new AnchorError(query, found.length) };
}

/** The one step a query names; throws an `AnchorError` naming the query otherwise. */
export function matchOne(timeline: Timeline, query: StepQuery): Step {
  const result = findOne(timeline, query);
  if (!result.ok) throw result.error;
  return result.step;
}

/**
 * The hosts a message went through, in order of their first connection: for each connection
 * opened, the host that opened it, then the host it reached (orderHops checkpoints read this).
 */
export function hostsInConnectionOrder(timeline: Timeline): string[] {
  const hosts: string[] = [];
  for (const step of timeline) {
    if (step.kind !== 'connect') continue;
    for (const host of [step.from, step.to]) if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/**
 * The text a SASL line carries, decoded (decodeBase64 checkpoints read this): the last word of
 * `AUTH PLAIN <base64>` (RFC 4954 §4, initial response) or a bare answer line after a 334
 * challenge, or the challenge itself (`334 VXNlcm5hbWU6`). Null when that word is not base64.
 */
export function decodedSaslText(step: Step): string | null {
  const word = step.text.trim().split(/\s+/).at(-1) ?? '';
  return decodeSaslResponse(word);
}

import type {
  CommandInfo,
  CloseReason as WireCloseReason,
  Protocol,
  ReplyInfo,
} from '../../protocols/wire';

/** What a step is (DESIGN.md, world/). A `close` says why in `closeReason`. */
export type StepKind =
  | 'connect'
  | 'command'
  | 'reply'
  | 'data'
  | 'dns-query'
  | 'dns-answer'
  | 'tls'
  | 'deliver'
  | 'queue'
  | 'bounce'
  | 'log'
  | 'close';

/** Why a connection ended: the engine's reasons, plus a host that never answered. */
export type CloseReason = WireCloseReason | 'unreachable';

/**
 * One thing that crossed the network or happened inside a server. A timeline is an ordered,
 * JSON-serialisable list of steps; every view is a pure function of (timeline, cursor).
 */
export interface Step {
  /** Position in the timeline, from 0. */
  seq: number;
  /** Simulated time in ms since the world's start. */
  time: number;
  /** The connection it belongs to (`c3`), or null for what happens inside one host. */
  conn: string | null;
  /** Host ids. */
  from: string;
  to: string;
  protocol: Protocol | 'dns' | 'tcp' | null;
  /** The server's port, on the steps of a connection (so no view reads it from the text). */
  port?: number;
  kind: StepKind;
  /** The text as it crossed the wire (CRLF removed), or a short description for other kinds. */
  text: string;
  command?: CommandInfo;
  reply?: ReplyInfo;
  closeReason?: CloseReason;
  /** True when these bytes travelled inside TLS (an eavesdropper sees only ciphertext). */
  encrypted?: boolean;
  /** The world's id of the message this step carries or concerns. */
  messageId?: string;
  /** Every actor's state after this step, by actor id. */
  states: Record<string, string>;
  /** Explanation keys, most specific first. */
  explain: string[];
}

export type Timeline = readonly Step[];

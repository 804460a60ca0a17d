/**
 * The wire adapter contract (DESIGN.md, "protocols/"): the one interface every other layer
 * uses to talk to a protocol session. The world, the loopback servers and the sandbox push
 * bytes in and get outputs back; none of them ever parses protocol text themselves.
 */

/** Which protocol a session speaks; also names the explanation catalogue to read. */
export type Protocol = 'smtp' | 'lmtp' | 'pop3' | 'imap';

/**
 * A reply as the engine produced it, already classified.
 * `code` is the protocol's own status word: "250" (SMTP/LMTP), "+OK" / "-ERR" / "+" (POP3,
 * "+" being a SASL challenge), "OK" / "NO" / "BAD" / "BYE" / "PREAUTH" / "+" (IMAP status and
 * continuation) or "*" (IMAP untagged data such as `* 3 EXISTS`), so no view re-reads the text.
 */
export interface ReplyInfo {
  code: string;
  /** RFC 3463 enhanced status code ("5.1.1"), or a bracketed response code ("AUTH", "OVERQUOTA"). */
  enhanced?: string;
  /** Key of the explanation in the reply catalogue, e.g. "smtp.reply.rcptOk". */
  key: string;
}

/** A command as the server's parser understood it. */
export interface CommandInfo {
  /** The verb in upper case as the protocol names it ("MAIL", "RCPT", "UID FETCH"). */
  verb: string;
  /** Key of the explanation, e.g. "smtp.command.MAIL"; "smtp.command.unknown" when unrecognised. */
  key: string;
}

/** Why a connection ends: the words the timeline and the views use. */
export type CloseReason = 'quit' | 'drop' | 'timeout' | 'refused' | 'error' | 'policy';

/**
 * What a session hands back. Every variant carries `kind` so callers can switch on it.
 * - `line`: text to put on the wire, exactly as sent (every line ends with CRLF). One SMTP
 *   reply, even multi-line, is one `line` output with one `reply`.
 * - `command`: what the server side read and understood (echoed so the timeline can show the
 *   command next to the reply it got, pipelined or not). Never sent on the wire.
 * - `data`: message content the server read (DATA / BDAT / IMAP APPEND literal), in octets.
 * - `tlsStart`: from here the transport must run a TLS handshake before more bytes flow.
 * - `close`: the session is over; the transport closes the connection.
 */
export type Output =
  | { kind: 'line'; text: string; reply?: ReplyInfo }
  | { kind: 'command'; text: string; command: CommandInfo }
  | { kind: 'data'; octets: number; text: string }
  | { kind: 'tlsStart' }
  | { kind: 'close'; reason: CloseReason };

/**
 * One protocol session seen from the transport. Implementations frame lines, DATA content,
 * BDAT chunks and IMAP literals themselves (sizes in octets), so one chunk holding several
 * pipelined commands yields all their replies, in order.
 */
export interface WireSession {
  /** The greeting (or a refusal), sent as soon as the connection is accepted. */
  open(): Output[];
  /** Bytes as they arrive, split anywhere. Strings are taken as UTF-8. */
  receive(chunk: Uint8Array | string): Output[];
  /** The simulated clock moved to `now` (ms): idle timeouts fire from here. */
  tick(now: number): Output[];
  /** The transport finished the TLS handshake asked for by a `tlsStart` output. */
  tlsEstablished(): Output[];
  /** The peer went away without a goodbye (RFC 5321 §3.8, RFC 1939 §6). */
  disconnect(): void;
  /** Unsolicited output (IMAP `* n EXISTS`, IDLE updates); returns the unsubscribe function. */
  subscribe(listener: (outputs: Output[]) => void): () => void;
  /** The protocol state's name, as in the machine ("inRcpt", "transaction", "selected"). */
  readonly state: string;
  readonly closed: boolean;
}

import type { CloseReason, CommandInfo } from '../../wire';
import type { ServerReply } from './server-reply';

/**
 * How the client protects the connection (Postfix `smtp_tls_security_level`, a MUA's
 * "security" setting):
 * - `none`: never STARTTLS;
 * - `starttls`: STARTTLS is required, the client gives up if it is not offered (587);
 * - `starttls-if-offered`: opportunistic, as an MTA relaying to an MX on 25 (RFC 3207 §4.1);
 * - `implicit`: TLS from the first byte, before the greeting (465, RFC 8314 §3).
 */
export type TlsMode = 'none' | 'starttls' | 'starttls-if-offered' | 'implicit';

/** The SASL mechanisms this client speaks: PLAIN (RFC 4616) and the never-standardised LOGIN. */
export type SaslMechanism = 'PLAIN' | 'LOGIN';

export interface Credentials {
  username: string;
  password: string;
  mechanism: SaslMechanism;
  /**
   * PLAIN only: send the response on the AUTH line (RFC 4954 §4), as most clients do.
   * Without it the server asks with an empty `334 ` challenge first. Default true.
   */
  initialResponse?: boolean;
}

export interface Envelope {
  /** The reverse-path, without brackets; "" is the null sender of a bounce (RFC 5321 §4.5.5). */
  mailFrom: string;
  /** The forward-paths, without brackets, in the order RCPT TO is sent. */
  rcptTo: readonly string[];
  /** RFC 6152: BODY=8BITMIME or BODY=7BIT on MAIL FROM, sent only if 8BITMIME was advertised. */
  body?: '7BIT' | '8BITMIME';
}

export interface ClientOptions {
  /** SMTP (EHLO, one reply at the end of data) or LMTP (LHLO, one reply per recipient, RFC 2033). */
  protocol: 'smtp' | 'lmtp';
  /** The name the client gives in EHLO/HELO/LHLO (RFC 5321 §4.1.4). */
  hostname: string;
  /** How logs and bounces name the server: "mx1.b.example[203.0.113.10]". */
  peer: string;
  tls: TlsMode;
  credentials?: Credentials;
  /** Send MAIL, RCPT… and DATA as one group when PIPELINING is advertised (RFC 2920). */
  pipelining: boolean;
  /**
   * Postfix `smtp_skip_5xx_greeting` (default yes in Postfix): a 5xx greeting counts as
   * temporary, so a queue manager tries the next MX or later. A MUA leaves it off.
   */
  skip5xxGreeting?: boolean;
  envelope: Envelope;
  /** The message, RFC 5322 header and body, lines ended by CRLF. */
  message: string;
  /**
   * A fault for the classroom: send the message but never its end-of-data line ".", so the
   * server waits until its own timeout (RFC 5321 §4.1.1.4, §4.5.3.2.5). Default false.
   */
  omitFinalDot?: boolean;
}

/**
 * Where in the conversation something happened: the words a log, a bounce or an error dialog
 * needs ("in reply to RCPT TO command").
 */
export type ClientStep =
  | 'greeting'
  | 'EHLO'
  | 'HELO'
  | 'LHLO'
  | 'STARTTLS'
  | 'TLS'
  | 'AUTH'
  | 'MAIL'
  | 'RCPT'
  | 'DATA'
  | 'end of data'
  | 'QUIT';

/** Why a delivery attempt failed, with the words Postfix would log. */
export interface ClientFailure {
  step: ClientStep;
  /**
   * - `reply`: the server refused (4xx/5xx, or 421 closing);
   * - `client`: the client itself gave up (no STARTTLS, no AUTH, message too big for SIZE);
   * - `timeout`: no reply in time (Postfix `smtp_*_timeout`);
   * - `lostConnection`: the server went away without a reply;
   * - `malformed`: the server sent a line that is not a reply.
   */
  kind: 'reply' | 'client' | 'timeout' | 'lostConnection' | 'malformed';
  /** True for 4xx and everything retried later; false for 5xx and permanent client errors. */
  temporary: boolean;
  /** The RFC 3463 status of the failure (from the reply, or the one Postfix uses). */
  status: string;
  reply?: ServerReply;
  /** Postfix's log words: "host … said: 550 5.1.1 … (in reply to RCPT TO command)". */
  reason: string;
  /** Key of the explanation for the student. */
  key: string;
}

export type RecipientStatus = 'delivered' | 'deferred' | 'bounced';

export interface RecipientResult {
  address: string;
  status: RecipientStatus;
  /** The reply that decided: the 250 at the end of data, or the refusal. */
  reply?: ServerReply;
  /** Set when the recipient was not delivered. */
  failure?: ClientFailure;
}

/**
 * The outcome of one session: `delivered` when every recipient was accepted at the end of
 * data, `deferred` / `bounced` when every recipient failed temporarily / permanently, and
 * `partial` when recipients differ (some accepted, some refused): read `recipients`.
 */
export interface ClientResult {
  status: RecipientStatus | 'partial';
  /** Key of the explanation of this outcome for the student. */
  key: string;
  /** From "250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9". */
  queueId?: string;
  recipients: RecipientResult[];
  /** The failure that ended the transaction early or refused the message, if any. */
  failure?: ClientFailure;
}

/**
 * What the client hands to the transport. It mirrors the wire `Output` of a server session,
 * with the commands the *client* sends carried on `line` outputs (the server's adapter echoes
 * them as `command` outputs on its side):
 * - `line`: a command line to send, CRLF included, with the verb and explanation key;
 * - `data`: the message after 354, dot-stuffed and ended by "<CRLF>.<CRLF>", in octets;
 * - `tlsStart`: run the TLS handshake now, then call `tlsEstablished()`;
 * - `close`: the client is done; the transport closes the connection;
 * - `result`: the session's outcome, once, just before `close`.
 */
export type ClientOutput =
  | { kind: 'line'; text: string; command: CommandInfo }
  | { kind: 'data'; octets: number; text: string }
  | { kind: 'tlsStart' }
  | { kind: 'close'; reason: CloseReason }
  | { kind: 'result'; result: ClientResult };

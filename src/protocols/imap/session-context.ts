import type { MailStore } from '../mailbox/store';
import type { Output } from '../wire';
import type { ParseResult } from './command-parser';

/** What the world decides about one IMAP connection (Dovecot settings and the transport). */
export interface ImapConfig {
  readonly store: MailStore;
  /** The server has a certificate, so STARTTLS can be offered (`ssl = yes`). */
  readonly tlsAvailable: boolean;
  /** The connection is encrypted from the start (993, RFC 8314). */
  readonly implicitTls?: boolean;
  /**
   * Dovecot's `disable_plaintext_auth` (default yes): LOGIN and AUTHENTICATE PLAIN only on a
   * secured connection.
   */
  readonly disablePlaintextAuth: boolean;
  /** Dovecot counts a connection from the server itself (127.0.0.1) as secured without TLS. */
  readonly trustedPeer?: boolean;
  /** The clock (ms) when the connection opens; `tick(now)` moves it. */
  readonly startTime?: number;
  /** RFC 3501 §5.4: at least 30 minutes; Dovecot's IMAP autologout is 30 minutes. */
  readonly autologoutMs?: number;
}

export const DEFAULT_AUTOLOGOUT_MS = 30 * 60 * 1000;
/** Dovecot's imap_idle_notify_interval: `* OK Still here` every 2 minutes while idling. */
export const IDLE_NOTIFY_MS = 2 * 60 * 1000;

/**
 * A selected mailbox as this session knows it. Sequence numbers are this session's own
 * (RFC 3501 §2.3.1.2): `uids[n - 1]` is message n until the session reports an EXPUNGE.
 * `flags` holds the flags last told to the client, so changes made elsewhere are reported
 * once as untagged FETCH.
 */
export interface SelectedMailbox {
  readonly name: string;
  readonly readOnly: boolean;
  readonly uidValidity: number;
  readonly uids: readonly number[];
  readonly flags: ReadonlyMap<number, string>;
  /** UIDs that are \Recent for this session (RFC 3501 §2.3.2). */
  readonly recent: readonly number[];
}

/** SASL steps (RFC 4422): PLAIN takes one response, LOGIN asks for the user then the password. */
export interface PendingContinuation {
  readonly tag: string;
  readonly mechanism?: 'PLAIN' | 'LOGIN';
  readonly user?: string;
}

export interface ImapContext {
  readonly config: ImapConfig;
  readonly tlsActive: boolean;
  readonly user: string | null;
  readonly selected: SelectedMailbox | null;
  /** Invalid commands so far: 3 end the session before login, 20 after (Dovecot). */
  readonly badCommands: number;
  /** An AUTHENTICATE or IDLE waiting for the client's continuation line. */
  readonly pending: PendingContinuation | null;
  readonly now: number;
  readonly lastActivity: number;
  readonly lastIdleNotice: number;
}

/** A context after login: the imap process always knows its user. */
export interface LoggedInContext extends ImapContext {
  readonly user: string;
}

/** A context in the selected state (RFC 3501 §3.3). */
export interface SelectedContext extends LoggedInContext {
  readonly selected: SelectedMailbox;
}

export function isLoggedIn(context: ImapContext): context is LoggedInContext {
  return context.user !== null;
}

export function hasSelected(context: ImapContext): context is SelectedContext {
  return context.user !== null && context.selected !== null;
}

export type ImapEvent =
  | { type: 'imap.command'; parsed: ParseResult; text: string }
  | { type: 'imap.continuation'; line: string }
  | { type: 'tls.established' }
  | { type: 'mailbox.changed' }
  | { type: 'clock.tick'; now: number }
  | { type: 'net.disconnect' };

export type ImapEmitted = { type: 'output'; output: Output };

/** What a command handler returns: lines for the wire and the context fields it changes. */
export interface HandlerResult {
  readonly outputs: Output[];
  readonly patch?: Partial<ImapContext>;
}

function isSecured(context: ImapContext): boolean {
  return context.tlsActive || context.config.trustedPeer === true;
}

export function plaintextAllowed(context: ImapContext): boolean {
  return !context.config.disablePlaintextAuth || isSecured(context);
}

import type { CommandInfo, CloseReason as WireCloseReason } from '../../protocols/wire';

/** What the side that opened a connection (a mail client, a queue manager) does next. */
export type PeerOutput =
  | { kind: 'send'; text: string; command?: CommandInfo }
  | { kind: 'tlsStart' }
  | { kind: 'close'; reason: WireCloseReason };

/** Why a connection could not be made: the words Postfix logs after "connect to …: ". */
export type ConnectFailure = 'refused' | 'timeout' | 'unreachable';

/**
 * The client side of a connection, as the network drives it. Protocol clients (SMTP, LMTP,
 * POP3, IMAP) are wrapped into this shape by the world's actors.
 */
export interface ClientPeer {
  /** TCP (and, for implicit TLS, the handshake) is up: anything to send first? */
  connected(): PeerOutput[];
  /** Bytes from the server. */
  receive(text: string): PeerOutput[];
  /** The TLS handshake the peer asked for is done. */
  tlsEstablished(): PeerOutput[];
  /** The simulated clock reached `now` with nothing received since `idleSince`. */
  timeout(now: number): PeerOutput[];
  /** The connection could not be made. */
  failed(reason: ConnectFailure): void;
  /** The server closed the connection. */
  closed(): void;
  /** How long this side waits for the server before giving up, in ms. */
  readonly patience: number;
  /** The client session's state, as its machine names it, for the timeline. */
  readonly state: string;
  /**
   * A person typing (the sandbox terminal, a real client on a loopback port) has no protocol
   * logic of its own: when the server starts TLS, the handshake simply follows.
   */
  readonly followsServerTls?: boolean;
}

import type { ClientPeer, ConnectFailure, PeerOutput } from '../sim/peer';

/**
 * The client side of a connection driven by a person, as with `telnet host 25` or
 * `openssl s_client`: it sends what is typed and keeps what the server says. It never gives up
 * on its own; TLS follows the server (`openssl s_client -starttls`).
 */
export class TerminalPeer implements ClientPeer {
  readonly followsServerTls = true;
  /** A person is patient: a day of silence before the client side does anything. */
  readonly patience = 24 * 3600 * 1000;
  /** Everything the server sent, in order. */
  readonly received: string[] = [];
  failure: ConnectFailure | null = null;
  private ended = false;
  private readonly listeners: ((text: string) => void)[] = [];

  get state(): string {
    if (this.failure !== null) return this.failure;
    return this.ended ? 'closed' : 'connected';
  }

  /** Called with each piece of text the server sends. */
  onReceive(listener: (text: string) => void): void {
    this.listeners.push(listener);
  }

  connected(): PeerOutput[] {
    return [];
  }

  receive(text: string): PeerOutput[] {
    this.received.push(text);
    for (const listener of this.listeners) listener(text);
    return [];
  }

  tlsEstablished(): PeerOutput[] {
    return [];
  }

  timeout(): PeerOutput[] {
    return [];
  }

  failed(reason: ConnectFailure): void {
    this.failure = reason;
  }

  closed(): void {
    this.ended = true;
  }
}

import type { ClientPeer, ConnectFailure, PeerOutput } from '../sim/peer';

/** What the POP3 and IMAP client sessions have in common, seen from the network. */
export interface ReadingSession<R> {
  readonly state: string;
  receive(text: string): (PeerOutput | { kind: 'result'; result: R })[];
  tlsEstablished(): (PeerOutput | { kind: 'result'; result: R })[];
  disconnect(): (PeerOutput | { kind: 'result'; result: R })[];
}

/** A POP3 or IMAP client session as one end of a network connection. */
export class ReadingClientPeer<R> implements ClientPeer {
  /** Thunderbird's default server timeout is 100 s. */
  readonly patience = 100_000;

  constructor(
    private readonly session: ReadingSession<R>,
    private readonly handlers: {
      onResult(result: R): void;
      onConnectFailure(reason: ConnectFailure): void;
    },
  ) {}

  get state(): string {
    return this.session.state;
  }

  private map(outputs: (PeerOutput | { kind: 'result'; result: R })[]): PeerOutput[] {
    const result: PeerOutput[] = [];
    for (const output of outputs) {
      if (output.kind === 'result') this.handlers.onResult(output.result);
      else result.push(output);
    }
    return result;
  }

  /** The server speaks first (RFC 1939 §4, RFC 3501 §7.1.1). */
  connected(): PeerOutput[] {
    return [];
  }

  receive(text: string): PeerOutput[] {
    return this.map(this.session.receive(text));
  }

  tlsEstablished(): PeerOutput[] {
    return this.map(this.session.tlsEstablished());
  }

  /** The client gives up on a silent server and drops the connection. */
  timeout(): PeerOutput[] {
    return this.map(this.session.disconnect());
  }

  failed(reason: ConnectFailure): void {
    this.handlers.onConnectFailure(reason);
  }

  closed(): void {
    this.map(this.session.disconnect());
  }
}

import {
  Pop3ClientSession,
  type Pop3ClientOptions,
  type Pop3ClientOutput,
  type Pop3ClientResult,
} from '../../protocols/pop3/client-session';
import type { ClientPeer, ConnectFailure, PeerOutput } from '../sim/peer';

/** A POP3 client session as one end of a network connection. */
export class Pop3ClientPeer implements ClientPeer {
  private readonly session: Pop3ClientSession;
  /** Thunderbird's default server timeout is 100 s; the session never lingers longer. */
  readonly patience = 100_000;

  constructor(
    options: Pop3ClientOptions,
    private readonly handlers: {
      onResult(result: Pop3ClientResult): void;
      onConnectFailure(reason: ConnectFailure): void;
    },
  ) {
    this.session = new Pop3ClientSession(options);
  }

  get state(): string {
    return this.session.state;
  }

  private map(outputs: Pop3ClientOutput[]): PeerOutput[] {
    const result: PeerOutput[] = [];
    for (const output of outputs) {
      if (output.kind === 'result') this.handlers.onResult(output.result);
      else result.push(output);
    }
    return result;
  }

  connected(): PeerOutput[] {
    return [];
  }

  receive(text: string): PeerOutput[] {
    return this.map(this.session.receive(text));
  }

  tlsEstablished(): PeerOutput[] {
    return this.map(this.session.tlsEstablished());
  }

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

import type { ClientOptions, ClientResult } from '../../protocols/smtp/client/client-types';
import { SmtpClientSession } from '../../protocols/smtp/client/client-wire-adapter';
import type { ClientPeer, ConnectFailure, PeerOutput } from '../sim/peer';

export interface SmtpClientPeerHandlers {
  /** The session ended with this outcome (delivered, deferred, bounced …). */
  onResult(result: ClientResult): void;
  /** No session at all: the connection could not be made. */
  onConnectFailure(reason: ConnectFailure): void;
}

/**
 * An SMTP or LMTP client session as one end of a network connection: what the session says
 * goes on the wire, its result goes to the actor that opened the connection.
 */
export class SmtpClientPeer implements ClientPeer {
  private started: SmtpClientSession | undefined;
  private reported = false;
  /**
   * How often the network lets the session check its own reply timers (which differ by state,
   * from 120 s to 600 s): every minute of silence.
   */
  readonly patience = 60_000;

  constructor(
    private readonly options: ClientOptions,
    private readonly handlers: SmtpClientPeerHandlers,
    private readonly now: () => number,
  ) {}

  /**
   * The session is made when the connection opens: a queue retrying an unreachable MX every
   * hour for five days never needs one.
   */
  private get session(): SmtpClientSession {
    this.started ??= new SmtpClientSession(this.options);
    return this.started;
  }

  get state(): string {
    return this.session.state;
  }

  private map(outputs: ReturnType<SmtpClientSession['receive']>): PeerOutput[] {
    const result: PeerOutput[] = [];
    for (const output of outputs) {
      switch (output.kind) {
        case 'line':
          result.push({ kind: 'send', text: output.text, command: output.command });
          break;
        case 'data':
          result.push({ kind: 'send', text: output.text });
          break;
        case 'tlsStart':
        case 'close':
          result.push(output);
          break;
        case 'result':
          this.report(output.result);
          break;
      }
    }
    return result;
  }

  private report(result: ClientResult): void {
    if (this.reported) return;
    this.reported = true;
    this.handlers.onResult(result);
  }

  connected(): PeerOutput[] {
    const outputs = this.session.start(this.now());
    // With implicit TLS the network ran the handshake before calling us (RFC 8314 §3).
    if (this.options.tls === 'implicit' && outputs.some((o) => o.kind === 'tlsStart')) {
      return this.map([
        ...outputs.filter((o) => o.kind !== 'tlsStart'),
        ...this.session.tlsEstablished(),
      ]);
    }
    return this.map(outputs);
  }

  receive(text: string): PeerOutput[] {
    return this.map(this.session.receive(text));
  }

  tlsEstablished(): PeerOutput[] {
    return this.map(this.session.tlsEstablished());
  }

  timeout(now: number): PeerOutput[] {
    return this.map(this.session.tick(now));
  }

  failed(reason: ConnectFailure): void {
    this.handlers.onConnectFailure(reason);
  }

  closed(): void {
    this.map(this.session.disconnect());
  }
}

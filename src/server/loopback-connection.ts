import type { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { TLSSocket, type SecureContext } from 'node:tls';
import type { HostConfig } from '../world/config/schema';
import type { Network } from '../world/sim/network';
import type { ClientPeer, PeerOutput } from '../world/sim/peer';

/** What one real connection needs from the server that accepted it. */
export interface ConnectionServices {
  readonly network: Network;
  readonly secureContext: SecureContext;
  /** Runs the world on from the last input (replies, deliveries), then looks at new steps. */
  pump(): void;
  /** The real socket is gone: the session no longer counts against the limit. */
  ended(connection: LoopbackConnection): void;
}

/** Where the simulated connection goes and how the real client speaks. */
export interface ConnectionTarget {
  from: HostConfig;
  to: HostConfig;
  port: number;
  protocol: 'smtp' | 'pop3' | 'imap';
  /** The real socket is already inside TLS (4650, 9950, 9930). */
  implicitTls: boolean;
}

/**
 * One real TCP client bridged to one simulated connection of the world: the bytes it sends go
 * to the world's server session as typed; what the session answers is written back. When the
 * session starts TLS (STARTTLS, STLS), the same socket is upgraded in place.
 */
export class LoopbackConnection implements ClientPeer {
  readonly followsServerTls = true;
  /** The real client keeps its own timers; the world's server times out on its own. */
  readonly patience = 24 * 3600 * 1000;
  readonly conn: string;
  private socket: Socket;
  private decoder = new StringDecoder('utf8');
  private encrypted: boolean;
  private ending = false;
  private gone = false;

  constructor(
    private readonly raw: Socket,
    private readonly target: ConnectionTarget,
    private readonly services: ConnectionServices,
  ) {
    this.socket = raw;
    this.encrypted = target.implicitTls;
    raw.on('error', () => this.hangUp());
    raw.on('close', () => this.hangUp());
    this.listen(raw);
    this.conn = services.network.connect({
      from: target.from,
      to: target.to,
      port: target.port,
      clientTls: target.implicitTls ? 'implicit' : 'none',
      protocol: target.protocol,
      client: this,
    });
  }

  get state(): string {
    return this.ending ? 'closed' : 'connected';
  }

  get peerAddress(): string {
    return this.target.from.ip;
  }

  /** The server session asked for TLS and its `220`/`+OK` is on the wire: upgrade now. */
  startTls(): void {
    if (this.encrypted || this.ending) return;
    this.encrypted = true;
    this.raw.removeAllListeners('data');
    // RFC 3207 §6: what was pipelined after STARTTLS in cleartext is never read as commands
    // (CVE-2011-0411); the engine drops it too, and later bytes are the TLS handshake.
    this.decoder = new StringDecoder('utf8');
    const secure = new TLSSocket(this.raw, {
      isServer: true,
      secureContext: this.services.secureContext,
    });
    secure.on('error', () => this.hangUp());
    this.socket = secure;
    this.listen(secure);
  }

  connected(): PeerOutput[] {
    return [];
  }

  receive(text: string): PeerOutput[] {
    if (!this.ending) this.socket.write(text);
    return [];
  }

  tlsEstablished(): PeerOutput[] {
    return [];
  }

  timeout(): PeerOutput[] {
    return [];
  }

  failed(): void {
    this.ending = true;
    this.raw.destroy();
  }

  /** The server session closed the connection: flush what it said, then close. */
  closed(): void {
    this.ending = true;
    this.socket.end();
  }

  /** Ends the connection from our side (server shutdown), as if the client hung up. */
  destroy(): void {
    this.raw.destroy();
  }

  private listen(socket: Socket): void {
    socket.on('data', (chunk: Buffer) => {
      const text = this.decoder.write(chunk);
      if (text === '' || this.ending) return;
      this.services.network.sendFromClient(this.conn, [{ kind: 'send', text }]);
      this.services.pump();
    });
  }

  private hangUp(): void {
    if (this.gone) return;
    this.gone = true;
    const wasOpen = this.services.network.isOpen(this.conn);
    this.ending = true;
    this.raw.destroy();
    if (wasOpen) {
      this.services.network.sendFromClient(this.conn, [{ kind: 'close', reason: 'drop' }]);
      this.services.pump();
    }
    this.services.ended(this);
  }
}

import type { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { TLSSocket, type SecureContext } from 'node:tls';
import type { HostConfig } from '../world/config/schema';
import type { Network } from '../world/sim/network';
import type { ClientPeer, PeerOutput } from '../world/sim/peer';
import { LoginNameReader } from './login-name';

/** What one real connection needs from the server that accepted it. */
export interface ConnectionServices {
  readonly network: Network;
  readonly secureContext: SecureContext;
  /** Runs the world on from the last input (replies, deliveries), then looks at new steps. */
  pump(): void;
  /** A new simulated connection carries this real one (at accept, or after a login moved it). */
  carries(conn: string, connection: LoopbackConnection): void;
  /** The real socket is gone: the session no longer counts against the limit. */
  ended(connection: LoopbackConnection): void;
  /** Opens the simulated connection (the caller may adjust the server's settings for this peer). */
  open(target: ConnectionTarget, client: ClientPeer): string;
  /** The host keeping `user`'s mailbox, when it is not the one `target` reaches. */
  homeOf(user: string, target: ConnectionTarget): HostConfig | undefined;
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

/** Longer than any login line: past it, a line is passed on without waiting for its end. */
const ROUTING_LINE_LIMIT = 8192;

/** The client end of one simulated connection; a muted one replays without being heard. */
class Leg implements ClientPeer {
  readonly followsServerTls = true;
  /** The real client keeps its own timers; the world's server times out on its own. */
  readonly patience = 24 * 3600 * 1000;
  muted = false;
  conn = '';

  constructor(private readonly owner: LoopbackConnection) {}

  get state(): string {
    return this.owner.state;
  }

  connected(): PeerOutput[] {
    return [];
  }

  receive(text: string): PeerOutput[] {
    if (!this.muted) this.owner.write(text);
    return [];
  }

  tlsEstablished(): PeerOutput[] {
    return [];
  }

  timeout(): PeerOutput[] {
    return [];
  }

  failed(): void {
    if (!this.muted) this.owner.destroy();
  }

  closed(): void {
    if (!this.muted) this.owner.serverClosed();
  }
}

/**
 * One real TCP client bridged to a simulated connection of the world: what it sends goes to
 * the world's server session as typed, what the session answers is written back. When the
 * session starts TLS (STARTTLS, STLS), the same socket is upgraded in place. On POP3 and IMAP a
 * login for a user kept on another host moves the session there, as Dovecot's proxy does.
 */
export class LoopbackConnection {
  private socket: Socket;
  private decoder = new StringDecoder('utf8');
  private encrypted: boolean;
  private ending = false;
  private gone = false;
  private leg: Leg;
  /** POP3 / IMAP before the login: every line so far, to replay on the user's own host. */
  private routing: { reader: LoginNameReader; lines: string[]; partial: string } | null;

  constructor(
    private readonly raw: Socket,
    private target: ConnectionTarget,
    private readonly services: ConnectionServices,
  ) {
    this.socket = raw;
    this.encrypted = target.implicitTls;
    this.routing =
      target.protocol === 'smtp'
        ? null
        : { reader: new LoginNameReader(target.protocol), lines: [], partial: '' };
    raw.on('error', () => this.hangUp());
    raw.on('close', () => this.hangUp());
    this.listen(raw);
    this.leg = this.openLeg(false);
  }

  get conn(): string {
    return this.leg.conn;
  }

  get state(): string {
    return this.ending ? 'closed' : 'connected';
  }

  /** The server session asked for TLS and its `220`/`+OK` is on the wire: upgrade now. */
  startTls(): void {
    if (this.encrypted || this.ending) return;
    this.encrypted = true;
    this.raw.removeAllListeners('data');
    // RFC 3207 §6: what was pipelined after STARTTLS in cleartext is never read as commands
    // (CVE-2011-0411); the engine drops it too, and later bytes are the TLS handshake.
    this.decoder = new StringDecoder('utf8');
    if (this.routing !== null) this.routing.partial = '';
    const secure = new TLSSocket(this.raw, {
      isServer: true,
      secureContext: this.services.secureContext,
    });
    secure.on('error', () => this.hangUp());
    this.socket = secure;
    this.listen(secure);
  }

  write(text: string): void {
    if (!this.ending) this.socket.write(text);
  }

  /** The server session closed the connection: flush what it said, then close. */
  serverClosed(): void {
    this.ending = true;
    this.socket.end();
  }

  /** Ends the connection from our side (server shutdown), as if the client hung up. */
  destroy(): void {
    this.ending = true;
    this.raw.destroy();
  }

  private openLeg(muted: boolean): Leg {
    const leg = new Leg(this);
    leg.muted = muted;
    leg.conn = this.services.open(this.target, leg);
    this.services.carries(leg.conn, this);
    return leg;
  }

  private listen(socket: Socket): void {
    socket.on('data', (chunk: Buffer) => {
      const text = this.decoder.write(chunk);
      if (text === '' || this.ending) return;
      if (this.routing === null) this.send(text);
      else this.route(text);
    });
  }

  private send(text: string): void {
    this.services.network.sendFromClient(this.leg.conn, [{ kind: 'send', text }]);
    this.services.pump();
  }

  /** Before the login, line by line: the login line decides which host serves the session. */
  private route(text: string): void {
    const routing = this.routing as NonNullable<typeof this.routing>;
    const pieces = (routing.partial + text).split(/(?<=\n)/);
    routing.partial = pieces.at(-1)?.endsWith('\n') === true ? '' : (pieces.pop() ?? '');
    if (routing.partial.length > ROUTING_LINE_LIMIT) {
      // No login line is this long: let the engine meet it, and its own line limits.
      this.routing = null;
      this.send(pieces.join('') + routing.partial);
      return;
    }
    const wasEncrypted = this.encrypted;
    for (const [index, line] of pieces.entries()) {
      // STLS / STARTTLS just upgraded the socket: the rest of this cleartext chunk was
      // pipelined before the handshake and is dropped (RFC 2595 §4, CVE-2011-0411).
      if (this.encrypted !== wasEncrypted) return;
      const user = routing.reader.read(line);
      const home = user === undefined ? undefined : this.services.homeOf(user, this.target);
      if (home !== undefined) this.moveTo(home, routing.lines);
      if (user !== undefined) {
        // Logged in (or trying): from here on the bytes go through untouched.
        this.routing = null;
        this.send(pieces.slice(index).join('') + routing.partial);
        return;
      }
      routing.lines.push(line);
      this.send(line);
    }
  }

  /** Replays the session so far on the user's host, unheard, then closes the first leg. */
  private moveTo(home: HostConfig, lines: readonly string[]): void {
    const first = this.leg;
    first.muted = true;
    this.target = { ...this.target, to: home };
    const leg = this.openLeg(true);
    this.leg = leg;
    this.services.pump();
    for (const line of lines) this.send(line);
    leg.muted = false;
    this.services.network.sendFromClient(first.conn, [{ kind: 'close', reason: 'drop' }]);
    this.services.pump();
  }

  private hangUp(): void {
    if (this.gone) return;
    this.gone = true;
    this.ending = true;
    this.raw.destroy();
    if (this.services.network.isOpen(this.leg.conn)) {
      this.services.network.sendFromClient(this.leg.conn, [{ kind: 'close', reason: 'drop' }]);
      this.services.pump();
    }
    this.services.ended(this);
  }
}

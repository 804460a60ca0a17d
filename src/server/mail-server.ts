import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type SecureContext } from 'node:tls';
import { reply, renderReply } from '../protocols/smtp/replies';
import type { HostConfig, WorldConfig } from '../world/config/schema';
import { LiveWorld } from '../world/live-world';
import { outsideHost } from '../world/net/outside-host';
import type { Step } from '../world/timeline/step';
import { selfSignedCertificate, type Certificate } from './certificate';
import { homeFor, hostFor, LISTENER_ROLES, type ListenerRole } from './listener-roles';
import {
  LoopbackConnection,
  type ConnectionServices,
  type ConnectionTarget,
} from './loopback-connection';
import { loopbackWorld } from './loopback-world';
import type { ClientPeer } from '../world/sim/peer';

/** Concurrent sessions over every port; one more gets `421` and is closed. */
export const MAX_SESSIONS = 200;
/**
 * How far past the last input the world runs at once: long enough for a message to cross DNS,
 * SMTP and LMTP into the mailbox, short of the servers' minute-long idle checks, so the shared
 * simulated clock never runs far ahead of the real one.
 */
const SETTLE_WINDOW_MS = 10_000;
/** How often real time moves the simulated clock when no one types (idle timeouts, retries). */
const CLOCK_TICK_MS = 500;

export interface MailServerOptions {
  /** The teacher's world, validated. */
  world: WorldConfig;
  portOffset?: number;
  /** Listen on every interface instead of loopback only. */
  allowRemote?: boolean;
  /** Simulated seconds per real second (1: idle timeouts take their RFC time). */
  clockRate?: number;
  maxSessions?: number;
  /** Each timeline step as a log line (`--log`). */
  log?: (line: string) => void;
}

/** One open port: the role it plays and the host of the world behind it. */
export interface OpenListener {
  readonly role: ListenerRole;
  readonly port: number;
  readonly address: string;
  readonly host: HostConfig;
}

/**
 * The world's servers on real sockets (DESIGN.md, "server/"). Every port is bridged to the
 * same engines as the browser, inside one LiveWorld whose clock follows real time.
 */
export class MailServer implements ConnectionServices {
  readonly world: LiveWorld;
  readonly listeners: OpenListener[] = [];
  private readonly servers: Server[] = [];
  private readonly connections = new Set<LoopbackConnection>();
  private readonly byConn = new Map<string, LoopbackConnection>();
  private readonly realStart: number;
  private readonly clockRate: number;
  private readonly maxSessions: number;
  private readonly log: ((line: string) => void) | undefined;
  private stepsSeen = 0;
  private clock: NodeJS.Timeout | null = null;
  private pumping = false;

  private constructor(
    options: MailServerOptions,
    private readonly certificate: Certificate,
  ) {
    this.realStart = Date.now();
    this.world = new LiveWorld(loopbackWorld(options.world, this.realStart));
    this.clockRate = options.clockRate ?? 1;
    this.maxSessions = options.maxSessions ?? MAX_SESSIONS;
    this.log = options.log;
  }

  static async start(options: MailServerOptions): Promise<MailServer> {
    const names = ['localhost', ...options.world.hosts.map((host) => host.name)];
    const server = new MailServer(options, await selfSignedCertificate(names));
    try {
      await server.listen(options.portOffset ?? 0, options.allowRemote ?? false);
    } catch (error) {
      await server.close();
      throw error;
    }
    // The world's own scripted mail (the classroom's museum trip) is there when the class logs in.
    server.pump();
    server.clock = setInterval(() => server.pump(), CLOCK_TICK_MS);
    server.clock.unref();
    return server;
  }

  get secureContext(): SecureContext {
    return this.certificate.context;
  }

  get network() {
    return this.world.run.network;
  }

  /** Open real sessions right now. */
  get sessionCount(): number {
    return this.connections.size;
  }

  pump(): void {
    // One input can end another connection (a delivery, a close): the outer call finishes it.
    if (this.pumping) return;
    this.pumping = true;
    try {
      const target = (Date.now() - this.realStart) * this.clockRate;
      if (target > this.world.now) this.world.runUntil(target);
      this.world.settle(SETTLE_WINDOW_MS);
      this.readSteps();
    } catch (error) {
      // An engine bug met by one client's bytes must not stop the class's server.
      console.error('mail-server: the world failed on the last input:', error);
    } finally {
      this.pumping = false;
    }
  }

  ended(connection: LoopbackConnection): void {
    this.connections.delete(connection);
    for (const [conn, owner] of this.byConn) if (owner === connection) this.byConn.delete(conn);
  }

  carries(conn: string, connection: LoopbackConnection): void {
    this.byConn.set(conn, connection);
  }

  open(target: ConnectionTarget, client: ClientPeer): string {
    const request = {
      from: target.from,
      to: target.to,
      port: target.port,
      clientTls: target.implicitTls ? ('implicit' as const) : ('none' as const),
      protocol: target.protocol,
      client,
    };
    // Dovecot's loopback rule (127.0.0.1 is secure) comes from the world's mailstore settings.
    return this.network.connect(request);
  }

  homeOf(user: string, target: ConnectionTarget): HostConfig | undefined {
    const home = homeFor(this.world.world, target, user);
    return home === undefined || home.id === target.to.id ? undefined : home;
  }

  async close(): Promise<void> {
    if (this.clock !== null) clearInterval(this.clock);
    this.clock = null;
    for (const connection of [...this.connections]) connection.destroy();
    await Promise.all(
      this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
  }

  private async listen(portOffset: number, allowRemote: boolean): Promise<void> {
    const address = allowRemote ? '0.0.0.0' : '127.0.0.1';
    for (const role of LISTENER_ROLES) {
      const host = hostFor(this.world.world, role);
      if (host === undefined) continue;
      const accept = (socket: Socket) => this.accept(socket, role, host);
      const server =
        role.tls === 'implicit'
          ? createTlsServer({ key: this.certificate.key, cert: this.certificate.cert }, accept)
          : createServer(accept);
      // A client that speaks cleartext to a TLS port, or hangs up mid-handshake, ends there.
      server.on('tlsClientError', (_error: Error, socket: Socket) => socket.destroy());
      this.servers.push(server);
      const port = role.port + portOffset;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, address, () => {
          server.off('error', reject);
          resolve();
        });
      });
      this.listeners.push({ role, port, address, host });
    }
  }

  private accept(socket: Socket, role: ListenerRole, host: HostConfig): void {
    socket.on('error', () => socket.destroy());
    if (this.connections.size >= this.maxSessions) {
      this.refuseBusy(socket, role, host);
      return;
    }
    const ip = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const from = this.world.run.hostByIp(ip) ?? outsideHost('unknown', ip);
    const connection = new LoopbackConnection(
      socket,
      {
        from,
        to: host,
        port: role.worldPort,
        protocol: role.protocol,
        implicitTls: role.tls === 'implicit',
      },
      this,
    );
    this.connections.add(connection);
    this.byConn.set(connection.conn, connection);
    this.pump();
  }

  /**
   * Over the limit: Postfix's answer to a client over its connection count (anvil), then close.
   * Dovecot's login processes simply stop accepting, so POP3 and IMAP clients see the close.
   */
  private refuseBusy(socket: Socket, role: ListenerRole, host: HostConfig): void {
    if (role.protocol !== 'smtp') {
      socket.destroy();
      return;
    }
    const ip = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    socket.end(renderReply(reply('greetingBusy', { host: host.name, ip })));
  }

  private readSteps(): void {
    const steps = this.world.timeline;
    for (; this.stepsSeen < steps.length; this.stepsSeen += 1) {
      const step = steps[this.stepsSeen] as Step;
      // The session's STARTTLS / STLS reply went out: the real socket upgrades here.
      if (step.kind === 'tls' && step.conn !== null) this.byConn.get(step.conn)?.startTls();
      this.log?.(this.logLine(step));
    }
  }

  private logLine(step: Step): string {
    const at = new Date(this.world.run.startMs + step.time).toISOString().slice(11, 23);
    const who = (id: string) => {
      const host = this.world.world.hosts.find((h) => h.id === id);
      if (host !== undefined) return `${host.name}[${host.ip}]`;
      return `unknown[${id.replace(/^outside-/, '')}]`;
    };
    const conn = step.conn === null ? '' : ` ${step.conn}`;
    return `${at}${conn} ${who(step.from)} > ${who(step.to)} ${step.kind}: ${step.text}`;
  }
}

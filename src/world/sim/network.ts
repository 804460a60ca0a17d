import type { Output, Protocol, WireSession } from '../../protocols/wire';
import type { HostConfig, ListenerConfig, WorldConfig } from '../config/schema';
import type { CloseReason, Step, StepKind } from '../timeline/step';
import type { ClientPeer, ConnectFailure, PeerOutput } from './peer';
import type { Recorder } from './recorder';
import type { Scheduler } from './scheduler';

/** Postfix smtp_connect_timeout: how long a connect to a silent host waits (ms). */
export const CONNECT_TIMEOUT_MS = 30_000;
/** A TLS 1.3 handshake: one round trip after the ClientHello. */
const TLS_ROUND_TRIPS = 2;

export interface ServerEndpoint {
  session: WireSession;
  protocol: Protocol;
  /** How long the server waits for the next command before it gives up (ms). */
  patience: number;
}

/** Makes the server session a listener runs for one accepted connection. */
export type ServerFactory = (
  host: HostConfig,
  listener: ListenerConfig,
  peer: { host: HostConfig; connection: string },
) => ServerEndpoint;

export interface ConnectRequest {
  from: HostConfig;
  to: HostConfig;
  port: number;
  /** How the client speaks: `implicit` starts with a TLS handshake before any protocol byte. */
  clientTls: 'none' | 'starttls' | 'implicit';
  protocol: Protocol;
  client: ClientPeer;
  messageId?: string;
}

/** What some steps of a connection carry besides their kind and text. */
interface WireStepDetails {
  protocol?: Step['protocol'];
  command?: Step['command'];
  reply?: Step['reply'];
  closeReason?: CloseReason;
}

const NO_DETAILS: WireStepDetails = {};

/** One open connection and its two ends. */
class Connection {
  encrypted = false;
  open = true;
  clientWantsTls = false;
  serverWantsTls = false;
  clientTimer: number | null = null;
  serverTimer: number | null = null;
  unsubscribe: () => void = () => undefined;

  constructor(
    readonly id: string,
    readonly request: ConnectRequest,
    readonly server: ServerEndpoint,
  ) {}
}

/**
 * Carries bytes between a client peer and a server session, with the world's latency and its
 * faults (closed and filtered ports, unreachable hosts), and records every step it carries.
 */
export class Network {
  private count = 0;
  private readonly connections = new Map<string, Connection>();

  constructor(
    private readonly world: WorldConfig,
    private readonly scheduler: Scheduler,
    private readonly recorder: Recorder,
    private readonly serverFor: ServerFactory,
  ) {}

  private get latency(): number {
    return this.world.network.latencyMs;
  }

  /** Opens a connection; its steps, replies and failures reach the client peer later. */
  connect(request: ConnectRequest): string {
    this.count += 1;
    const id = `c${this.count}`;
    const { from, to, port } = request;
    const base = {
      conn: id,
      from: from.id,
      to: to.id,
      protocol: 'tcp' as const,
      port,
      messageId: request.messageId,
    };
    this.recorder.record({
      ...base,
      kind: 'connect',
      text: `connect to ${to.name}[${to.ip}]:${port}`,
      explain: ['tcp.connect'],
    });

    const failure = this.connectFailure(request);
    if (failure !== null) {
      const delay = failure === 'refused' ? 2 * this.latency : CONNECT_TIMEOUT_MS;
      this.scheduler.after(delay, () => {
        // The client learns first, so the step carries its new state (an error dialog, a deferral).
        request.client.failed(failure);
        this.recorder.record({
          ...base,
          kind: 'close',
          closeReason: failure,
          text: CONNECT_FAILURE_TEXT[failure](to, port),
          explain: [`tcp.${failure}`],
        });
      });
      return id;
    }

    const listener = to.listeners.find((l) => l.port === port) as ListenerConfig;
    const server = this.serverFor(to, listener, { host: from, connection: id });
    const connection = new Connection(id, request, server);
    this.connections.set(id, connection);
    // Unsolicited output (IMAP IDLE's `* n EXISTS` after a delivery) goes out like a reply.
    connection.unsubscribe = server.session.subscribe((outputs) => {
      if (connection.open) this.fromServer(connection, outputs);
    });
    this.recorder.track(`${id}:client`, () => request.client.state);
    this.recorder.track(`${id}:server`, () => server.session.state);
    this.scheduler.after(2 * this.latency, () => this.established(connection, listener));
    return id;
  }

  private connectFailure({ from, to, port }: ConnectRequest): ConnectFailure | null {
    const { network } = this.world;
    // An address no host of the world has: nothing ever answers there.
    if (!this.world.hosts.includes(to) || network.unreachable.includes(to.id)) return 'unreachable';
    const rule = network.firewall.find(
      (r) => r.to === to.id && r.port === port && (r.from === undefined || r.from === from.id),
    );
    if (rule !== undefined) return rule.action === 'drop' ? 'timeout' : 'refused';
    return to.listeners.some((l) => l.port === port) ? null : 'refused';
  }

  private established(connection: Connection, listener: ListenerConfig): void {
    const { request } = connection;
    const listenerTls = listener.tls ?? 'none';
    if (listenerTls === 'implicit' && request.clientTls === 'implicit') {
      this.handshake(connection, () => {
        this.toClient(connection, request.client.connected());
        this.fromServer(connection, connection.server.session.open());
      });
      return;
    }
    if (listenerTls === 'implicit') {
      // The server waits for a ClientHello that never comes; the client waits for a greeting
      // that never comes. The client's own timer ends it (RFC 8314 §3; B20): it is told the
      // connection is open, so its greeting timer runs.
      this.toClient(connection, request.client.connected());
      return;
    }
    this.toClient(connection, request.client.connected());
    if (request.clientTls === 'implicit') {
      // The client's TLS library reads the plain-text greeting as a TLS record and gives up at
      // once: "wrong version number" (B20).
      this.scheduler.after(this.latency, () => {
        this.wireStep(connection, 'server', 'tls', 'TLS handshake failed: wrong version number', [
          'tls.wrongVersion',
        ]);
        this.close(connection, 'error', 'client');
      });
      return;
    }
    this.fromServer(connection, connection.server.session.open());
  }

  /**
   * Records a step of the connection, built as one object literal of a fixed shape (absent
   * fields are `undefined`, which JSON leaves out), so the hot path copies nothing.
   */
  private wireStep(
    connection: Connection,
    sender: 'client' | 'server',
    kind: StepKind,
    text: string,
    explain: string[],
    details: WireStepDetails = NO_DETAILS,
  ): void {
    const { request } = connection;
    const fromClient = sender === 'client';
    this.recorder.record({
      conn: connection.id,
      from: fromClient ? request.from.id : request.to.id,
      to: fromClient ? request.to.id : request.from.id,
      protocol: details.protocol ?? connection.server.protocol,
      port: request.port,
      messageId: request.messageId,
      encrypted: connection.encrypted ? true : undefined,
      kind,
      closeReason: details.closeReason,
      text,
      command: details.command,
      reply: details.reply,
      explain,
    });
  }

  /** Server outputs leave now and reach the client one latency later. */
  private fromServer(connection: Connection, outputs: Output[]): void {
    this.armServerTimer(connection);
    for (const output of outputs) {
      switch (output.kind) {
        case 'command':
          this.wireStep(
            connection,
            'client',
            'command',
            withoutFinalCrlf(output.text),
            [output.command.key],
            { command: output.command },
          );
          break;
        case 'data':
          this.wireStep(connection, 'client', 'data', output.text, [
            `${connection.server.protocol}.data`,
          ]);
          break;
        case 'line': {
          const text = output.text;
          this.scheduler.after(this.latency, () => {
            if (!connection.open) return;
            const { reply } = output;
            this.wireStep(
              connection,
              'server',
              'reply',
              lineBreaksAsLf(withoutFinalCrlf(text)),
              reply !== undefined ? [reply.key] : [],
              { reply },
            );
            this.toClient(connection, connection.request.client.receive(text));
          });
          break;
        }
        case 'tlsStart':
          this.scheduler.after(this.latency, () => {
            connection.serverWantsTls = true;
            if (connection.request.client.followsServerTls === true)
              connection.clientWantsTls = true;
            this.maybeHandshake(connection);
          });
          break;
        case 'close':
          this.scheduler.after(this.latency, () => this.close(connection, output.reason, 'server'));
          break;
      }
    }
  }

  /** Client outputs leave now and reach the server one latency later. */
  private toClient(connection: Connection, outputs: PeerOutput[]): void {
    this.armClientTimer(connection);
    for (const output of outputs) {
      switch (output.kind) {
        case 'send':
          this.scheduler.after(this.latency, () => {
            if (!connection.open) return;
            this.fromServer(connection, connection.server.session.receive(output.text));
          });
          break;
        case 'tlsStart':
          connection.clientWantsTls = true;
          this.maybeHandshake(connection);
          break;
        case 'close':
          this.scheduler.after(this.latency, () => this.close(connection, output.reason, 'client'));
          break;
      }
    }
  }

  /** Bytes a person typed on the client side of an open connection (the sandbox). */
  sendFromClient(id: string, outputs: PeerOutput[]): void {
    const connection = this.connections.get(id);
    if (connection === undefined || !connection.open) return;
    this.toClient(connection, outputs);
  }

  isOpen(id: string): boolean {
    return this.connections.get(id)?.open ?? false;
  }

  private maybeHandshake(connection: Connection): void {
    if (!connection.clientWantsTls || !connection.serverWantsTls) return;
    connection.clientWantsTls = false;
    connection.serverWantsTls = false;
    this.handshake(connection, () => {
      this.fromServer(connection, connection.server.session.tlsEstablished());
      this.toClient(connection, connection.request.client.tlsEstablished());
    });
  }

  private handshake(connection: Connection, then: () => void): void {
    this.wireStep(
      connection,
      'client',
      'tls',
      'TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384',
      ['tls.handshake'],
    );
    this.scheduler.after(TLS_ROUND_TRIPS * this.latency, () => {
      if (!connection.open) return;
      connection.encrypted = true;
      then();
    });
  }

  private armServerTimer(connection: Connection): void {
    if (connection.serverTimer !== null) this.scheduler.cancel(connection.serverTimer);
    connection.serverTimer = this.scheduler.after(connection.server.patience, () => {
      connection.serverTimer = null;
      if (connection.open)
        this.fromServer(connection, connection.server.session.tick(this.scheduler.now));
    });
  }

  private armClientTimer(connection: Connection): void {
    if (connection.clientTimer !== null) this.scheduler.cancel(connection.clientTimer);
    const { client } = connection.request;
    connection.clientTimer = this.scheduler.after(client.patience, () => {
      connection.clientTimer = null;
      if (connection.open) this.toClient(connection, client.timeout(this.scheduler.now));
    });
  }

  private close(connection: Connection, reason: CloseReason, by: 'client' | 'server'): void {
    if (!connection.open) return;
    connection.open = false;
    connection.unsubscribe();
    this.connections.delete(connection.id);
    for (const timer of [connection.clientTimer, connection.serverTimer]) {
      if (timer !== null) this.scheduler.cancel(timer);
    }
    this.wireStep(
      connection,
      by,
      'close',
      `${by === 'client' ? 'client' : 'server'} closes the connection`,
      [`tcp.close.${reason}`],
      { protocol: 'tcp', closeReason: reason },
    );
    if (by === 'client') connection.server.session.disconnect();
    else connection.request.client.closed();
    // Both ends are over: no byte and no timer reaches them any more.
    this.recorder.settle(`${connection.id}:client`);
    this.recorder.settle(`${connection.id}:server`);
  }
}

/** The text without its final CRLF, as a step shows a line. */
function withoutFinalCrlf(text: string): string {
  return text.endsWith('\r\n') ? text.slice(0, -2) : text;
}

/** A multi-line reply's inner CRLFs as LF. */
function lineBreaksAsLf(text: string): string {
  return text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
}

const CONNECT_FAILURE_TEXT: Record<ConnectFailure, (to: HostConfig, port: number) => string> = {
  refused: (to, port) => `connect to ${to.name}[${to.ip}]:${port}: Connection refused`,
  timeout: (to, port) => `connect to ${to.name}[${to.ip}]:${port}: Connection timed out`,
  unreachable: (to, port) => `connect to ${to.name}[${to.ip}]:${port}: Connection timed out`,
};

import { renderDig } from '../protocols/dns/dig';
import type { RecordType } from '../protocols/dns/zone';
import type { MessageView } from '../protocols/mailbox/store';
import type { WorldConfig } from './config/schema';
import { FetchClient } from './actors/fetch-client';
import { MailClient } from './actors/mail-client';
import { Mailstores } from './actors/mailstores';
import { QueueManager } from './actors/queue-manager';
import { Resolver } from './actors/resolver';
import { MailLog } from './logs/mail-log';
import { outsideHost } from './net/outside-host';
import { TerminalPeer } from './peers/terminal-peer';
import { WorldRun } from './run/world-run';
import { serverFactory, type ServerDeps } from './servers/server-factory';
import type { Timeline } from './timeline/step';
import { mailq, type Mailq } from './tools/mailq';

/** A connection a person drives: type lines, read what the server answers. */
export interface Terminal {
  readonly conn: string;
  readonly peer: TerminalPeer;
  /** Sends text as typed (add CRLF yourself), one latency to reach the server. */
  send(text: string): void;
  /** Hangs up without a goodbye. */
  close(): void;
  readonly open: boolean;
}

/**
 * A world with all its actors, built from a validated config, that can run to the end (a
 * scripted run) or step by step with people typing on connections (the sandbox, the loopback
 * servers). Either way every step lands on one timeline.
 */
export class LiveWorld {
  readonly run: WorldRun;
  readonly resolver: Resolver;
  readonly mailstores: Mailstores;
  /** Every server's mail log, written as `log` steps. */
  readonly log: MailLog;
  private readonly queueManagers = new Map<string, QueueManager>();

  constructor(readonly world: WorldConfig) {
    // Servers need the actors below, which need the run: the factory reads them when called.
    const built: { deps?: ServerDeps } = {};
    this.run = new WorldRun(world, (r) =>
      serverFactory(r, () => {
        if (built.deps === undefined)
          throw new Error('a connection was opened before the world was built');
        return built.deps;
      }),
    );
    this.resolver = new Resolver(this.run);
    this.log = new MailLog(this.run, (ip) => this.resolver.verifiedName(ip) ?? 'unknown');
    this.mailstores = new Mailstores(this.run);
    const messageIds = new Map<string, string>();
    const messageIdOf = (header: string) => messageIds.get(header);
    for (const host of world.hosts) {
      if (host.mta === undefined) continue;
      this.queueManagers.set(
        host.id,
        new QueueManager(this.run, host, {
          resolver: this.resolver,
          mailstores: this.mailstores,
          messageIdOf,
          log: this.log,
        }),
      );
    }
    built.deps = {
      resolver: this.resolver,
      mailstores: this.mailstores,
      queueManager: (hostId) => {
        const manager = this.queueManagers.get(hostId);
        if (manager === undefined)
          throw new Error(`${hostId} accepts mail but has no MTA settings`);
        return manager;
      },
    };

    const senders = new Map<string, MailClient>();
    for (const client of world.clients) {
      if (client.submit === undefined) continue;
      senders.set(
        client.id,
        new MailClient(this.run, client, {
          resolver: this.resolver,
          registerMessage: (header, sendId) => messageIds.set(header, sendId),
        }),
      );
    }
    const readers = world.clients
      .filter((client) => client.fetch !== undefined)
      .map((client) => new FetchClient(this.run, client, this.resolver));
    this.mailstores.onDelivery((user) => readers.forEach((reader) => reader.mailArrived(user)));
    for (const send of world.sends) {
      const sender = senders.get(send.client);
      if (sender === undefined)
        throw new Error(`send ${send.id}: client ${send.client} cannot send`);
      sender.schedule(send);
    }
  }

  get timeline(): Timeline {
    return this.run.recorder.steps;
  }

  get now(): number {
    return this.run.scheduler.now;
  }

  /** Runs everything due up to `limitMs` of simulated time. */
  runUntil(limitMs: number): void {
    this.run.scheduler.runUntil(limitMs);
  }

  /**
   * Runs what follows from the last input within `windowMs` of simulated time (replies, DNS,
   * relaying, LMTP delivery all take well under a second), without reaching far timers such as
   * idle timeouts, keep-alives or a client's next check: `wait` lets those happen.
   */
  settle(windowMs = 10_000): void {
    const limit = this.now + windowMs;
    for (
      let next = this.run.scheduler.nextTime;
      next !== null && next <= limit;
      next = this.run.scheduler.nextTime
    ) {
      this.run.scheduler.runUntil(next);
    }
  }

  /** Lets simulated time pass (a person waiting: timeouts, greylisting delays, queue retries). */
  wait(ms: number): void {
    this.run.scheduler.runUntil(this.now + ms);
  }

  /** The queue of an MTA host as `mailq` shows it (the technician's view of what waits). */
  mailq(hostId: string): Mailq {
    const manager = this.queueManagers.get(hostId);
    if (manager === undefined) throw new Error(`${hostId} has no mail queue`);
    return mailq(manager.entries, this.run.startMs, this.run.zone.offsetMinutes);
  }

  /** What `dig <name> <type>` prints, asked of the world's resolver (no step is written). */
  dig(name: string, type: RecordType): string {
    return renderDig(this.resolver.ask(name, type));
  }

  mailbox(address: string, folder = 'INBOX'): MessageView[] {
    const user = this.run.user(address);
    const store = user?.home === undefined ? undefined : this.mailstores.store(user.home);
    return store?.messages(address.toLowerCase(), folder) ?? [];
  }

  /**
   * Opens a connection from a host of the world (a device, or an outside host given by IP) to
   * `to` (a host id, a host name, or an IP address) on `port`, as a person at a terminal.
   */
  connect(options: {
    from: string;
    to: string;
    port: number;
    tls?: 'none' | 'implicit';
  }): Terminal {
    const from =
      this.run.hostByIp(options.from) ?? this.run.world.hosts.find((h) => h.id === options.from);
    if (from === undefined) throw new Error(`no host ${options.from} to connect from`);
    const to =
      this.run.world.hosts.find((h) => h.id === options.to) ??
      this.run.hostByName(options.to) ??
      this.run.hostByIp(options.to) ??
      outsideHost(options.to, options.to);
    const listener = to.listeners.find((l) => l.port === options.port);
    const peer = new TerminalPeer();
    const network = this.run.network;
    const conn = network.connect({
      from,
      to,
      port: options.port,
      clientTls: options.tls ?? 'none',
      protocol: listener?.protocol ?? 'smtp',
      client: peer,
    });
    return {
      conn,
      peer,
      send: (text) => network.sendFromClient(conn, [{ kind: 'send', text }]),
      close: () => network.sendFromClient(conn, [{ kind: 'close', reason: 'drop' }]),
      get open() {
        return network.isOpen(conn);
      },
    };
  }
}

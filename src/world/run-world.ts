import type { WorldConfig } from './config/schema';
import { FetchClient } from './actors/fetch-client';
import { MailClient } from './actors/mail-client';
import { Mailstores } from './actors/mailstores';
import { messageIdHeader, QueueManager } from './actors/queue-manager';
import { Resolver } from './actors/resolver';
import { WorldRun } from './run/world-run';
import { serverFactory, type ServerDeps } from './servers/server-factory';
import type { MessageView } from '../protocols/mailbox/store';
import type { Timeline } from './timeline/step';

/** Postfix's maximal_queue_lifetime (5 days) and a day more: every world has settled by then. */
const DEFAULT_LIMIT_MS = 6 * 24 * 3600 * 1000;

export interface WorldOutcome {
  timeline: Timeline;
  /** The messages in a user's folder at the end of the run (tests and the inbox views use it). */
  mailbox(address: string, folder?: string): MessageView[];
}

/**
 * Runs a validated world from its start until nothing is left to happen, and returns its
 * timeline. Deterministic: the same config gives the same steps, byte for byte as JSON.
 */
export function runWorld(world: WorldConfig, options: { limitMs?: number } = {}): Timeline {
  return simulateWorld(world, options).timeline;
}

/** Runs a world and keeps its final state for inspection. */
export function simulateWorld(
  world: WorldConfig,
  options: { limitMs?: number } = {},
): WorldOutcome {
  // Servers need the actors below, which need the run: the factory reads them when called.
  const built: { deps?: ServerDeps } = {};
  const run = new WorldRun(world, (r) =>
    serverFactory(r, () => {
      if (built.deps === undefined)
        throw new Error('a connection was opened before the world was built');
      return built.deps;
    }),
  );
  const resolver = new Resolver(run);
  const mailstores = new Mailstores(run);
  const messageIds = new Map<string, string>();
  const messageIdOf = (content: string) => messageIds.get(messageIdHeader(content) ?? '');

  const queueManagers = new Map<string, QueueManager>();
  for (const host of world.hosts) {
    if (host.mta !== undefined) {
      queueManagers.set(
        host.id,
        new QueueManager(run, host, { resolver, mailstores, messageIdOf }),
      );
    }
  }
  built.deps = {
    resolver,
    mailstores,
    queueManager: (hostId) => {
      const manager = queueManagers.get(hostId);
      if (manager === undefined) throw new Error(`${hostId} accepts mail but has no MTA settings`);
      return manager;
    },
  };

  const clients = new Map<string, MailClient>();
  for (const client of world.clients) {
    if (client.submit === undefined) continue;
    clients.set(
      client.id,
      new MailClient(run, client, {
        resolver,
        registerMessage: (header, sendId) => messageIds.set(header, sendId),
      }),
    );
  }
  const readers = world.clients
    .filter((client) => client.fetch !== undefined)
    .map((client) => new FetchClient(run, client, resolver));
  mailstores.onDelivery((user) => readers.forEach((reader) => reader.mailArrived(user)));

  for (const send of world.sends) {
    const client = clients.get(send.client);
    if (client === undefined) throw new Error(`send ${send.id}: client ${send.client} cannot send`);
    client.schedule(send);
  }

  run.scheduler.runUntil(options.limitMs ?? DEFAULT_LIMIT_MS);
  return {
    timeline: run.recorder.steps,
    mailbox: (address, folder = 'INBOX') => {
      const user = run.user(address);
      const store = user?.home === undefined ? undefined : mailstores.store(user.home);
      return store?.messages(address.toLowerCase(), folder) ?? [];
    },
  };
}

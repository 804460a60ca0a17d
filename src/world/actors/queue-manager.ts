import { createActor, type Actor } from 'xstate';
import type { MxHost } from '../../protocols/dns/mx-lookup';
import { getField, parseMessage } from '../../protocols/message/header';
import { postfixQueueId } from '../../protocols/message/queue-id';
import { postfixReceived } from '../../protocols/message/trace';
import type { ClientResult, RecipientResult } from '../../protocols/smtp/client/client-types';
import { renderReply } from '../../protocols/smtp/replies';
import type { QueueVerdict, TransactionRecord } from '../../protocols/smtp/server-config';
import type { HostConfig } from '../config/schema';
import { outsideHost } from '../net/outside-host';
import { SmtpClientPeer } from '../peers/smtp-client-peer';
import type { WorldRun } from '../run/world-run';
import type { Mailstores } from './mailstores';
import { queueManagerMachine } from './queue-manager.machine';
import type { Resolver } from './resolver';

/** One message in the queue (Postfix's queue file): the envelope, the content, who is left. */
export interface QueueEntry {
  queueId: string;
  sender: string;
  recipients: string[];
  /** The message with this server's `Received:` on top. */
  content: string;
  /** The world's id of the message, for the timeline. */
  messageId: string | undefined;
  arrival: number;
}

export interface QueueManagerDeps {
  resolver: Resolver;
  mailstores: Mailstores;
  /** The world's id for a message, read from its `Message-ID:` header. */
  messageIdOf(content: string): string | undefined;
}

function domainOf(address: string): string {
  return (address.split('@')[1] ?? '').toLowerCase();
}

/**
 * The queue manager of one MTA: it takes what the SMTP server accepted, finds the next hop
 * for each recipient (local delivery, LMTP, or the MX of the domain) and delivers, writing
 * Postfix's `status=` results as queue steps.
 */
export class QueueManager {
  private readonly actor: Actor<typeof queueManagerMachine>;
  readonly entries: QueueEntry[] = [];

  constructor(
    private readonly run: WorldRun,
    private readonly host: HostConfig,
    private readonly deps: QueueManagerDeps,
  ) {
    this.actor = createActor(queueManagerMachine).start();
    run.recorder.track(`${host.id}:qmgr`, () => String(this.actor.getSnapshot().value));
  }

  private step(entry: QueueEntry, text: string, explain: string) {
    this.run.recorder.record({
      conn: null,
      from: this.host.id,
      to: this.host.id,
      protocol: null,
      kind: 'queue',
      text: `${entry.queueId}: ${text}`,
      ...(entry.messageId === undefined ? {} : { messageId: entry.messageId }),
      explain: [explain],
    });
  }

  /** The SMTP server's `queue` hook: Postfix's cleanup writes the `Received:` and a queue file. */
  accept(record: TransactionRecord): QueueVerdict {
    const queueId = postfixQueueId({ time: this.run.epoch, seed: this.run.seed('queue') });
    const received = postfixReceived({
      ...(record.helo === null ? {} : { helo: record.helo }),
      clientName: this.deps.resolver.verifiedName(record.peerIp) ?? 'unknown',
      clientAddress: record.peerIp,
      host: this.host.name,
      protocol: record.withProtocol,
      queueId,
      recipients: record.recipients,
      time: this.run.epoch,
      zone: this.run.zone,
    });
    const entry: QueueEntry = {
      queueId,
      sender: record.mailFrom,
      recipients: [...record.recipients],
      content: received + record.content,
      messageId: this.deps.messageIdOf(record.content),
      arrival: this.run.scheduler.now,
    };
    this.entries.push(entry);
    this.actor.send({ type: 'queue.enter' });
    // qmgr picks the message up as soon as cleanup has written it.
    this.run.scheduler.after(1, () => {
      this.step(
        entry,
        `from=<${entry.sender}>, size=${new TextEncoder().encode(entry.content).length}, nrcpt=${entry.recipients.length} (queue active)`,
        'queue.active',
      );
      this.attempt(entry);
    });
    return { queueId };
  }

  private attempt(entry: QueueEntry): void {
    const mta = this.host.mta;
    const local = new Set((mta?.localDomains ?? []).map((d) => d.toLowerCase()));
    const byDomain = new Map<string, string[]>();
    for (const recipient of entry.recipients) {
      const domain = domainOf(recipient);
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), recipient]);
    }
    let pending = byDomain.size;
    const settled = (results: RecipientResult[]) => {
      pending -= 1;
      const done = results.filter((r) => r.status !== 'deferred').map((r) => r.address);
      entry.recipients = entry.recipients.filter((r) => !done.includes(r));
      // The queue manager's new state goes with the status lines that explain it.
      if (pending === 0) {
        this.actor.send({
          type: entry.recipients.length === 0 ? 'delivery.done' : 'delivery.deferred',
        });
      }
      for (const result of results) this.report(entry, result);
      if (pending === 0 && entry.recipients.length === 0) {
        this.entries.splice(this.entries.indexOf(entry), 1);
        this.step(entry, 'removed', 'queue.removed');
      }
    };
    for (const [domain, recipients] of byDomain) {
      if (local.has(domain)) this.deliverLocally(entry, recipients, settled);
      else this.relay(entry, domain, recipients, settled);
    }
  }

  /** Postfix's delivery status line for one recipient. */
  private report(entry: QueueEntry, result: RecipientResult & { relay?: string }): void {
    const reason = result.failure?.reason ?? result.reply?.raw.replaceAll('\r\n', ' ') ?? '';
    const dsn = result.failure?.status ?? result.reply?.enhanced ?? '2.0.0';
    const status = result.status === 'delivered' ? 'sent' : result.status;
    this.step(
      entry,
      `to=<${result.address}>, relay=${result.relay ?? 'none'}, dsn=${dsn}, status=${status} (${reason})`,
      `queue.status.${status}`,
    );
  }

  private deliverLocally(
    entry: QueueEntry,
    recipients: string[],
    settled: (results: RecipientResult[]) => void,
  ): void {
    const delivery = this.host.mta?.delivery;
    if (delivery?.kind === 'lmtp') {
      const target = this.run.host(delivery.host);
      const relay = `${target.name}[${target.ip}]:${delivery.port}`;
      const peer = new SmtpClientPeer(
        {
          protocol: 'lmtp',
          hostname: this.host.name,
          peer: `${target.name}[${target.ip}]`,
          tls: 'none',
          pipelining: true,
          envelope: { mailFrom: entry.sender, rcptTo: recipients },
          message: entry.content,
        },
        {
          onResult: (result) => settled(withRelay(result, relay)),
          onConnectFailure: (reason) =>
            settled(recipients.map((address) => connectFailed(address, relay, reason))),
        },
        () => this.run.scheduler.now,
      );
      this.run.network.connect({
        from: this.host,
        to: target,
        port: delivery.port,
        clientTls: 'none',
        protocol: 'lmtp',
        client: peer,
        ...(entry.messageId === undefined ? {} : { messageId: entry.messageId }),
      });
      return;
    }
    const results = recipients.map((address): RecipientResult & { relay: string } => {
      const verdict = this.deps.mailstores.deliver(
        this.host,
        {
          mailFrom: entry.sender,
          mailParameters: {},
          recipients: [address],
          content: entry.content,
          octets: 0,
          helo: null,
          peerIp: this.host.ip,
          tls: false,
          authenticatedUser: null,
          withProtocol: 'ESMTP',
        },
        address,
        false,
      );
      return 'sessionId' in verdict
        ? { address, status: 'delivered', relay: 'local' }
        : {
            address,
            status: verdict.reply.code >= 500 ? 'bounced' : 'deferred',
            relay: 'local',
            failure: {
              step: 'end of data',
              kind: 'reply',
              temporary: verdict.reply.code < 500,
              status: verdict.reply.enhanced ?? '5.0.0',
              reason: renderReply(verdict.reply).trim(),
              key: verdict.reply.key,
            },
          };
    });
    settled(results);
  }

  private relay(
    entry: QueueEntry,
    domain: string,
    recipients: string[],
    settled: (results: RecipientResult[]) => void,
  ): void {
    this.deps.resolver.mx(this.host, domain, entry.messageId, (lookup) => {
      if (!lookup.ok) {
        const { failure } = lookup;
        settled(
          recipients.map((address) => ({
            address,
            status: failure.temporary ? 'deferred' : 'bounced',
            failure: {
              step: 'greeting',
              kind: 'client',
              temporary: failure.temporary,
              status: failure.dsn,
              reason: failure.text,
              key: failure.key,
            },
          })),
        );
        return;
      }
      const targets = lookup.hosts.flatMap((mx: MxHost) =>
        mx.addresses.map((ip) => ({ exchange: mx.exchange, ip })),
      );
      this.tryTarget(entry, recipients, targets, 0, [], settled);
    });
  }

  /** RFC 5321 §5.1: try each MX address in order until one answers. */
  private tryTarget(
    entry: QueueEntry,
    recipients: string[],
    targets: { exchange: string; ip: string }[],
    index: number,
    lastFailures: RecipientResult[],
    settled: (results: RecipientResult[]) => void,
  ): void {
    const target = targets[index];
    if (target === undefined) {
      settled(lastFailures);
      return;
    }
    const relay = `${target.exchange}[${target.ip}]:25`;
    const to = this.run.hostByIp(target.ip) ?? outsideHost(target.exchange, target.ip);
    const next = (failures: RecipientResult[]) =>
      this.tryTarget(entry, recipients, targets, index + 1, failures, settled);
    const peer = new SmtpClientPeer(
      {
        protocol: 'smtp',
        hostname: this.host.name,
        peer: `${target.exchange}[${target.ip}]`,
        tls: 'starttls-if-offered',
        pipelining: true,
        skip5xxGreeting: true,
        envelope: { mailFrom: entry.sender, rcptTo: recipients },
        message: entry.content,
      },
      {
        onResult: (result) => {
          const results = withRelay(result, relay);
          // A host that would not talk (greeting, lost connection) sends us to the next MX.
          const refusedToTalk =
            result.failure !== undefined &&
            result.failure.temporary &&
            (result.failure.step === 'greeting' || result.failure.kind === 'lostConnection');
          if (refusedToTalk && index + 1 < targets.length) next(results);
          else settled(results);
        },
        onConnectFailure: (reason) =>
          next(recipients.map((address) => connectFailed(address, relay, reason))),
      },
      () => this.run.scheduler.now,
    );
    this.run.network.connect({
      from: this.host,
      to,
      port: 25,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: peer,
      ...(entry.messageId === undefined ? {} : { messageId: entry.messageId }),
    });
  }
}

function withRelay(result: ClientResult, relay: string): (RecipientResult & { relay: string })[] {
  return result.recipients.map((recipient) => ({ ...recipient, relay }));
}

function connectFailed(
  address: string,
  relay: string,
  reason: 'refused' | 'timeout' | 'unreachable',
): RecipientResult & { relay: string } {
  const words = reason === 'refused' ? 'Connection refused' : 'Connection timed out';
  return {
    address,
    status: 'deferred',
    relay: 'none',
    failure: {
      step: 'greeting',
      kind: 'client',
      temporary: true,
      status: '4.4.1',
      reason: `connect to ${relay}: ${words}`,
      key: `tcp.${reason}`,
    },
  };
}

/** The world's id for a message, from its Message-ID header, if the world knows it. */
export function messageIdHeader(content: string): string | undefined {
  return getField(parseMessage(content).fields, 'Message-ID')?.value.trim();
}

import type { MxHost } from '../../protocols/dns/mx-lookup';
import { octetLength } from '../../protocols/encoding/utf8';
import { formatPostfixDate } from '../../protocols/message/date';
import { getField, parseMessage } from '../../protocols/message/header';
import { generateMessageId } from '../../protocols/message/message-id';
import { postfixQueueId } from '../../protocols/message/queue-id';
import { postfixReceived } from '../../protocols/message/trace';
import type { ClientResult, RecipientResult } from '../../protocols/smtp/client/client-types';
import { replyOnOneLine } from '../../protocols/smtp/client/server-reply';
import { renderReply } from '../../protocols/smtp/replies';
import type { QueueVerdict, TransactionRecord } from '../../protocols/smtp/server-config';
import type { HostConfig } from '../config/schema';
import { dkimSign } from '../../protocols/dkim/sign';
import { worldDkimKey } from '../dns/dkim-keys';
import { bounceMessage, type BounceRecipient } from '../mail/bounce-message';
import type { MailLog } from '../logs/mail-log';
import { fromDomain } from '../servers/mx-checks';
import { outsideHost } from '../net/outside-host';
import { SmtpClientPeer } from '../peers/smtp-client-peer';
import type { WorldRun } from '../run/world-run';
import type { Mailstores } from './mailstores';
import { queueManagerMachine } from './queue-manager.machine';
import { StateTable } from './state-table';
import { retryDelaySeconds, type QueueTiming } from './queue-schedule';
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
  /** Simulated time the message entered this queue (ms). */
  arrival: number;
  /** How many attempts ended with recipients still deferred. */
  deferrals: number;
  /** The last temporary failure of each recipient still waiting (what `mailq` shows). */
  reasons: Map<string, QueuedFailure>;
  /** Whether Postfix's "still being retried" warning was sent. */
  warned: boolean;
  /** True while a delivery attempt is running (`mailq` marks it with `*`). */
  active: boolean;
}

/** A recipient's failure as the queue keeps it, with the relay it happened at. */
export type QueuedFailure = RecipientResult & { relay?: string };

export interface QueueManagerDeps {
  resolver: Resolver;
  mailstores: Mailstores;
  /** The world's id for a message, from the value of its `Message-ID:` header. */
  messageIdOf(header: string): string | undefined;
  log: MailLog;
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
  private readonly actor = new StateTable(queueManagerMachine);
  readonly entries: QueueEntry[] = [];

  constructor(
    private readonly run: WorldRun,
    private readonly host: HostConfig,
    private readonly deps: QueueManagerDeps,
  ) {
    run.recorder.track(`${host.id}:qmgr`, () => this.actor.state);
  }

  /** A queue step and the same words in the mail log, written by `process`. */
  private step(
    entry: QueueEntry,
    text: string,
    explain: string,
    process = 'postfix/qmgr',
    logText = text,
  ) {
    this.run.recorder.record({
      conn: null,
      from: this.host.id,
      to: this.host.id,
      protocol: null,
      kind: 'queue',
      text: `${entry.queueId}: ${text}`,
      messageId: entry.messageId,
      explain: [explain],
    });
    this.deps.log.write(
      this.host,
      process,
      `${entry.queueId}: ${logText}`,
      process === 'postfix/qmgr' ? 'log.qmgr' : 'log.delivery',
      entry.messageId,
    );
  }

  /** The SMTP server's `queue` hook: Postfix's cleanup writes the `Received:` and a queue file. */
  accept(record: TransactionRecord, trace = ''): QueueVerdict {
    const queueId = postfixQueueId({ time: this.run.epoch, seed: this.run.seed('queue') });
    // One reverse lookup (PTR, then A to confirm it) for the trace field and the log line.
    const clientName = this.deps.resolver.verifiedName(record.peerIp) ?? 'unknown';
    const received = postfixReceived({
      ...(record.helo === null ? {} : { helo: record.helo }),
      clientName,
      clientAddress: record.peerIp,
      host: this.host.name,
      protocol: record.withProtocol,
      queueId,
      recipients: record.recipients,
      time: this.run.epoch,
      zone: this.run.zone,
    });
    const log = this.deps.log;
    const client = `${clientName}[${record.peerIp}]`;
    const sasl =
      record.authenticatedUser === null ? '' : `, sasl_username=${record.authenticatedUser}`;
    const smtpd = record.authenticatedUser === null ? 'postfix/smtpd' : 'postfix/submission/smtpd';
    log.write(this.host, smtpd, `${queueId}: client=${client}${sasl}`, 'log.smtpd.client');
    const header = messageIdHeader(record.content);
    if (header !== undefined) {
      log.write(this.host, 'postfix/cleanup', `${queueId}: message-id=${header}`, 'log.cleanup');
    }
    this.enqueue(
      queueId,
      record.mailFrom,
      record.recipients,
      received + trace + this.signature(record) + record.content,
      header === undefined ? undefined : this.deps.messageIdOf(header),
    );
    return { queueId };
  }

  /**
   * OpenDKIM on the submission server: it signs what an authenticated client sends
   * with a `From:` in the signing domain (RFC 6376 §5, RFC 8463), or nothing.
   */
  private signature(record: TransactionRecord): string {
    const dkim = this.host.mta?.dkim;
    if (dkim === undefined || dkim === null) return '';
    if (
      record.authenticatedUser === null ||
      fromDomain(record.content) !== dkim.domain.toLowerCase()
    )
      return '';
    return dkimSign({
      message: record.content,
      domain: dkim.domain,
      selector: dkim.selector,
      secretKey: worldDkimKey(this.run.world.seed, dkim.domain, dkim.selector).secretKey,
      time: Math.floor(this.run.epoch / 1000),
    });
  }

  private get timing(): QueueTiming {
    const queue = this.host.mta?.queue;
    return {
      minimalBackoff: queue?.minimalBackoff ?? 300,
      maximalBackoff: queue?.maximalBackoff ?? 4000,
      lifetime: queue?.lifetime ?? 5 * 24 * 3600,
      delayWarning: queue?.delayWarning ?? null,
    };
  }

  private enqueue(
    queueId: string,
    sender: string,
    recipients: readonly string[],
    content: string,
    messageId: string | undefined,
  ): QueueEntry {
    const entry: QueueEntry = {
      queueId,
      sender,
      recipients: [...recipients],
      content,
      messageId,
      arrival: this.run.scheduler.now,
      deferrals: 0,
      reasons: new Map(),
      warned: false,
      active: true,
    };
    this.entries.push(entry);
    this.actor.send({ type: 'queue.enter' });
    // qmgr picks the message up as soon as cleanup has written it.
    this.run.scheduler.after(1, () => this.activate(entry));
    return entry;
  }

  /** qmgr moves the message to the active queue and tries every recipient left. */
  private activate(entry: QueueEntry): void {
    entry.active = true;
    this.step(
      entry,
      `from=<${entry.sender}>, size=${octetLength(entry.content)}, nrcpt=${entry.recipients.length} (queue active)`,
      'queue.active',
    );
    this.attempt(entry);
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
    const all: QueuedFailure[] = [];
    const settled = (results: RecipientResult[]) => {
      pending -= 1;
      all.push(...results);
      if (pending === 0) this.finish(entry, all);
    };
    for (const [domain, recipients] of byDomain) {
      if (local.has(domain)) this.deliverLocally(entry, recipients, settled);
      else this.relay(entry, domain, recipients, settled);
    }
  }

  /**
   * The end of one attempt: sent and bounced recipients leave the queue, a bounce goes back to
   * the sender at once for the 5xx ones (RFC 5321 §4.2.5), the others wait for the next try
   * until the queue lifetime ends (RFC 5321 §4.5.4.1).
   */
  private finish(entry: QueueEntry, results: readonly QueuedFailure[]): void {
    entry.active = false;
    const deferred = results.filter((r) => r.status === 'deferred');
    const bounced = results.filter((r) => r.status === 'bounced');
    entry.recipients = entry.recipients.filter((r) => deferred.some((d) => d.address === r));
    for (const failure of deferred) entry.reasons.set(failure.address, failure);
    const age = this.run.scheduler.now - entry.arrival;
    const expired = deferred.length > 0 && age >= this.timing.lifetime * 1000;
    // The queue manager's new state goes with the status lines that explain it.
    this.actor.send({
      type: deferred.length === 0 || expired ? 'delivery.done' : 'delivery.deferred',
    });
    for (const result of results) this.report(entry, result);
    if (bounced.length > 0) this.notify(entry, bounced, 'failed');
    if (expired) {
      this.step(
        entry,
        `from=<${entry.sender}>, status=expired, returned to sender`,
        'queue.status.expired',
      );
      this.notify(entry, deferred, 'failed');
      entry.recipients = [];
    }
    if (entry.recipients.length === 0) {
      this.entries.splice(this.entries.indexOf(entry), 1);
      this.step(entry, 'removed', 'queue.removed');
      return;
    }
    entry.deferrals += 1;
    const warning = this.timing.delayWarning;
    if (warning !== null && !entry.warned && age >= warning * 1000) {
      entry.warned = true;
      this.notify(entry, deferred, 'delayed');
    }
    const delay = retryDelaySeconds(entry.deferrals, this.timing) * 1000;
    this.run.scheduler.after(delay, () => {
      this.actor.send({ type: 'queue.retry' });
      this.activate(entry);
    });
  }

  /**
   * Postfix's bounce daemon: a report to the envelope sender with the null sender, queued
   * here like any message. A message from `<>` is itself a report and is never reported on
   * (RFC 5321 §4.5.4: no error messages about error messages).
   */
  private notify(
    entry: QueueEntry,
    failures: readonly QueuedFailure[],
    action: 'failed' | 'delayed',
  ): void {
    if (entry.sender === '') return;
    const queueId = postfixQueueId({ time: this.run.epoch, seed: this.run.seed('queue') });
    const origin = this.host.mta?.localDomains[0] ?? this.host.name;
    const report = bounceMessage({
      action,
      reportingMta: this.host.name,
      origin,
      queueId: entry.queueId,
      sender: entry.sender,
      arrival: this.run.startMs + entry.arrival,
      time: this.run.epoch,
      zone: this.run.zone,
      recipients: failures.map(bounceRecipient),
      original: entry.content,
      messageId: generateMessageId(this.run.seed('bounce'), this.host.name),
      warningHours: Math.round((this.timing.delayWarning ?? 0) / 3600),
      lifetimeDays: Math.round(this.timing.lifetime / 86_400),
    });
    const received = `Received: by ${this.host.name} (Postfix)\r\n\tid ${queueId}; ${formatPostfixDate(this.run.epoch, this.run.zone)}\r\n`;
    const kind = action === 'failed' ? 'non-delivery' : 'delay';
    this.run.recorder.record({
      conn: null,
      from: this.host.id,
      to: this.host.id,
      protocol: null,
      kind: 'bounce',
      text: `${entry.queueId}: sender ${kind} notification: ${queueId}`,
      messageId: entry.messageId,
      explain: [action === 'failed' ? 'queue.bounce' : 'queue.delayWarning'],
    });
    this.deps.log.write(
      this.host,
      'postfix/bounce',
      `${entry.queueId}: sender ${kind} notification: ${queueId}`,
      'log.bounce',
      entry.messageId,
    );
    this.enqueue(queueId, '', [entry.sender], received + report, undefined);
  }

  /** Postfix's delivery status line for one recipient. */
  private report(entry: QueueEntry, result: QueuedFailure): void {
    // Postfix's local delivery agent says where it put the message, not a server's reply.
    const reason =
      result.failure?.reason ??
      (result.reply === undefined
        ? result.relay === 'local'
          ? 'delivered to mailbox'
          : ''
        : replyOnOneLine(result.reply));
    const dsn = result.failure?.status ?? result.reply?.enhanced ?? '2.0.0';
    const status = result.status === 'delivered' ? 'sent' : result.status;
    const relay = result.relay ?? 'none';
    const delay = (this.run.scheduler.now - entry.arrival) / 1000;
    const process =
      relay === 'local'
        ? 'postfix/local'
        : this.host.mta?.delivery.kind === 'lmtp' &&
            relay.endsWith(`:${this.host.mta.delivery.port}`)
          ? 'postfix/lmtp'
          : 'postfix/smtp';
    this.step(
      entry,
      `to=<${result.address}>, relay=${relay}, dsn=${dsn}, status=${status} (${reason})`,
      `queue.status.${status}`,
      process,
      // Postfix writes the delay with two decimals under ten seconds, whole seconds above.
      `to=<${result.address}>, relay=${relay}, delay=${delay < 10 ? delay.toFixed(2) : Math.round(delay)}, dsn=${dsn}, status=${status} (${reason})`,
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
        messageId: entry.messageId,
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
      messageId: entry.messageId,
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

/** One recipient of a bounce, from the failure the queue kept. */
function bounceRecipient(failure: QueuedFailure): BounceRecipient {
  const reply = failure.failure?.reply ?? failure.reply;
  // "mx.ecole.example[198.51.100.25]:25" → the server's name, for Remote-MTA:.
  const remote = failure.relay === undefined ? undefined : failure.relay.split('[')[0];
  return {
    address: failure.address,
    status: failure.failure?.status ?? '5.0.0',
    reason: failure.failure?.reason ?? '',
    ...(reply === undefined || remote === undefined || remote === 'none'
      ? {}
      : { remoteMta: remote, diagnostic: replyOnOneLine(reply) }),
  };
}

/** The world's id for a message, from its Message-ID header, if the world knows it. */
function messageIdHeader(content: string): string | undefined {
  return getField(parseMessage(content).fields, 'Message-ID')?.value.trim();
}

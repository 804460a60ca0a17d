import { renderRecord } from '../../protocols/dns/dig';
import { mxLookup, type MxLookupResult } from '../../protocols/dns/mx-lookup';
import { resolve, type DnsExchange } from '../../protocols/dns/resolve';
import { reverseLookup, dnsblLookup } from '../../protocols/dns/reverse';
import type { RecordType, Zone } from '../../protocols/dns/zone';
import type { HostConfig } from '../config/schema';
import { worldZone } from '../dns/world-zone';
import type { WorldRun } from '../run/world-run';
import { resolverMachine } from './resolver.machine';
import { StateTable } from './state-table';

/** The question as a student reads it: `ecole.example. IN MX ?` */
function questionText(exchange: DnsExchange): string {
  return `${exchange.query.name}. IN ${exchange.query.type} ?`;
}

/** The answer as `dig` shows it, or its status when there is no record. */
function answerText(exchange: DnsExchange): string {
  const { answer } = exchange;
  if (answer.records.length > 0) return answer.records.map(renderRecord).join('\n');
  return answer.status === 'NODATA' ? 'NOERROR, no record of that type (NODATA)' : answer.status;
}

/**
 * The world's DNS resolver: every question a host asks crosses the network to it and back,
 * and becomes two steps of the timeline (query, answer).
 */
export class Resolver {
  readonly zone: Zone;
  private readonly actor = new StateTable(resolverMachine);
  private readonly host: HostConfig;

  constructor(private readonly run: WorldRun) {
    this.zone = worldZone(run.world);
    this.host = run.host(run.world.resolver);
    run.recorder.track('resolver', () => this.actor.state);
  }

  /** Puts already-answered exchanges on the timeline, one round trip each, then calls `then`. */
  private replay(
    from: HostConfig,
    exchanges: readonly DnsExchange[],
    messageId: string | undefined,
    then: () => void,
  ): void {
    const latency = this.run.world.network.latencyMs;
    const [first, ...rest] = exchanges;
    if (first === undefined) {
      then();
      return;
    }
    this.actor.send({ type: 'dns.query' });
    this.run.recorder.record({
      conn: null,
      protocol: 'dns',
      messageId,
      from: from.id,
      to: this.host.id,
      kind: 'dns-query',
      text: questionText(first),
      explain: [`dns.type.${first.query.type}`],
    });
    this.run.scheduler.after(2 * latency, () => {
      this.actor.send({ type: 'dns.answer' });
      this.run.recorder.record({
        conn: null,
        protocol: 'dns',
        messageId,
        from: this.host.id,
        to: from.id,
        kind: 'dns-answer',
        text: answerText(first),
        explain: [first.answer.key],
      });
      this.replay(from, rest, messageId, then);
    });
  }

  /**
   * Puts exchanges a server made while answering a command (SPF, DKIM key, DMARC policy,
   * PTR, DNSBL) on the timeline at once: the server waits for them before it replies, and the
   * world's DNS answers are instant next to the SMTP round trips.
   */
  recordNow(from: HostConfig, exchanges: readonly DnsExchange[], verdictKey?: string): void {
    exchanges.forEach((exchange, index) => {
      // The check's verdict goes with the answer that decided it, most specific first.
      const verdict =
        verdictKey !== undefined && index === exchanges.length - 1 ? [verdictKey] : [];
      this.actor.send({ type: 'dns.query' });
      this.run.recorder.record({
        conn: null,
        protocol: 'dns',
        from: from.id,
        to: this.host.id,
        kind: 'dns-query',
        text: questionText(exchange),
        explain: [`dns.type.${exchange.query.type}`],
      });
      this.actor.send({ type: 'dns.answer' });
      this.run.recorder.record({
        conn: null,
        protocol: 'dns',
        from: this.host.id,
        to: from.id,
        kind: 'dns-answer',
        text: answerText(exchange),
        explain: [...verdict, exchange.answer.key],
      });
    });
  }

  /**
   * What Postfix's smtpd asks about a new client before its greeting: the PTR of its address
   * and the forward lookup confirming it, then each DNS blocklist (RFC 5782 §2.1).
   */
  recordClientLookups(server: HostConfig, ip: string, zones: readonly string[]): void {
    const reverse = reverseLookup(this.zone, ip);
    const lists = zones.map((zone) => dnsblLookup(this.zone, ip, zone));
    this.recordNow(server, [
      reverse.exchange,
      ...(reverse.forward === undefined ? [] : [reverse.forward]),
      ...lists.map((list) => list.exchange),
    ]);
  }

  /** One question answered at once, without a step (the checks record theirs together). */
  ask(name: string, type: RecordType): DnsExchange {
    return resolve(this.zone, name, type);
  }

  lookup(
    from: HostConfig,
    name: string,
    type: RecordType,
    messageId: string | undefined,
    then: (exchange: DnsExchange) => void,
  ): void {
    const exchange = resolve(this.zone, name, type);
    this.replay(from, [exchange], messageId, () => then(exchange));
  }

  /** RFC 5321 §5.1: where to send mail for `domain`, every query on the timeline. */
  mx(
    from: HostConfig,
    domain: string,
    messageId: string | undefined,
    then: (result: MxLookupResult) => void,
  ): void {
    const result = mxLookup(this.zone, domain, {
      self: [from.name, from.ip],
      seed: this.run.seed('mx'),
    });
    this.replay(from, result.queries, messageId, () => then(result));
  }

  /** What a server's `reject_unknown_*` checks see: the forward-confirmed PTR name, or null. */
  verifiedName(ip: string): string | null {
    const lookup = reverseLookup(this.zone, ip);
    return lookup.confirmed && lookup.name !== undefined ? lookup.name : null;
  }

  /** The first of `zones` that lists `ip`, with its TXT reason. */
  dnsblListing(ip: string, zones: readonly string[]): { zone: string; text?: string } | undefined {
    for (const zone of zones) {
      const lookup = dnsblLookup(this.zone, ip, zone);
      if (!lookup.listed) continue;
      const txt = resolve(this.zone, lookup.exchange.query.name, 'TXT').answer.records.find(
        (r) => r.type === 'TXT',
      );
      return txt?.type === 'TXT' ? { zone: lookup.list, text: txt.text } : { zone: lookup.list };
    }
    return undefined;
  }
}

import type { ClientConfig, HostConfig, SendConfig } from '../config/schema';
import { ImapClientSession } from '../../protocols/imap/client-session';
import { outsideHost } from '../net/outside-host';
import { ReadingClientPeer } from '../peers/reading-client-peer';
import { SmtpClientPeer } from '../peers/smtp-client-peer';
import type { WorldRun } from '../run/world-run';
import { composeMessage } from './compose';
import { mailClientMachine } from './mail-client.machine';
import { StateTable } from './state-table';
import type { Resolver } from './resolver';

export interface MailClientDeps {
  resolver: Resolver;
  /** Tells the world which of its messages a Message-ID header belongs to. */
  registerMessage(messageIdHeader: string, sendId: string): void;
}

/**
 * A person's mail client submitting mail (Alice's, or Eve's straight to an MX): it composes
 * the message, looks up its server's address, and runs an SMTP client session on the port and
 * TLS mode of its settings.
 */
export class MailClient {
  /** The machine run as a state table: it has no context, only states and events. */
  private readonly actor = new StateTable(mailClientMachine);
  private readonly device: HostConfig;

  constructor(
    private readonly run: WorldRun,
    private readonly config: ClientConfig,
    private readonly deps: MailClientDeps,
  ) {
    this.device = run.host(config.host);
    run.recorder.track(`${config.id}:send`, () => this.actor.state);
  }

  schedule(send: SendConfig): void {
    this.run.scheduler.at(send.at * 1000, () => this.send(send));
  }

  private send(send: SendConfig): void {
    const submit = this.config.submit;
    if (submit === undefined)
      throw new Error(`client ${this.config.id} has no submission settings`);
    const message = composeMessage(
      send,
      this.run.epoch,
      this.run.zone.offsetMinutes,
      this.run.seed('message-id'),
    );
    this.deps.registerMessage(message.messageIdHeader, send.id);
    this.actor.send({ type: 'user.send' });
    this.deps.resolver.lookup(this.device, submit.server, 'A', send.id, (exchange) => {
      const record = exchange.answer.records.find((r) => r.type === 'A');
      if (record?.type !== 'A') {
        this.actor.send({ type: 'dns.failed' });
        return;
      }
      this.actor.send({ type: 'dns.resolved' });
      const server =
        this.run.hostByIp(record.address) ?? outsideHost(submit.server, record.address);
      const peer = new SmtpClientPeer(
        {
          protocol: 'smtp',
          hostname: submit.helo,
          peer: `${submit.server}[${record.address}]`,
          tls: submit.tls,
          pipelining: false,
          ...(submit.auth === null
            ? {}
            : {
                credentials: {
                  username: submit.auth.username,
                  password: submit.auth.password,
                  mechanism: submit.auth.mechanism,
                },
              }),
          envelope: { mailFrom: message.mailFrom, rcptTo: message.rcptTo },
          message: message.raw,
          omitFinalDot: send.omitFinalDot,
        },
        {
          onResult: (result) => {
            this.actor.send({
              type: result.status === 'delivered' ? 'smtp.accepted' : 'smtp.refused',
            });
            if (result.status === 'delivered' && submit.saveCopy !== null)
              this.saveCopy(submit.saveCopy, message.raw);
          },
          onConnectFailure: () => this.actor.send({ type: 'net.failed' }),
        },
        () => this.run.scheduler.now,
      );
      this.run.network.connect({
        from: this.device,
        to: server,
        port: submit.port,
        clientTls: submit.tls,
        protocol: 'smtp',
        client: peer,
        messageId: send.id,
      });
    });
  }

  /** Files the sent message in `folder` of the user's mailbox (IMAP APPEND, RFC 3501 §6.3.11). */
  private saveCopy(folder: string, raw: string): void {
    const fetch = this.config.fetch;
    if (fetch?.protocol !== 'imap') return;
    this.deps.resolver.lookup(this.device, fetch.server, 'A', undefined, (exchange) => {
      const record = exchange.answer.records.find((r) => r.type === 'A');
      if (record?.type !== 'A') return;
      const server = this.run.hostByIp(record.address) ?? outsideHost(fetch.server, record.address);
      const session = new ImapClientSession({
        username: fetch.username,
        password: fetch.password,
        tls: fetch.tls,
        folder,
        expunge: false,
        dropBeforeQuit: false,
        knownUids: [],
        append: { folder, message: raw },
      });
      this.run.network.connect({
        from: this.device,
        to: server,
        port: fetch.port,
        clientTls: fetch.tls,
        protocol: 'imap',
        // The user's screen reads the outcome from the timeline (the tagged OK or NO).
        client: new ReadingClientPeer(session, { onResult: () => {}, onConnectFailure: () => {} }),
      });
    });
  }
}

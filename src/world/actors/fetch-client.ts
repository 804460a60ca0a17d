import type { ClientConfig, HostConfig } from '../config/schema';
import { outsideHost } from '../net/outside-host';
import { ImapClientSession, type ImapClientResult } from '../../protocols/imap/client-session';
import { Pop3ClientSession } from '../../protocols/pop3/client-session';
import { ReadingClientPeer } from '../peers/reading-client-peer';
import type { WorldRun } from '../run/world-run';
import { fetchClientMachine } from './fetch-client.machine';
import { StateTable } from './state-table';
import type { Resolver } from './resolver';

/**
 * A mail client that reads a mailbox (POP3 or IMAP): when mail arrives for its user it
 * checks the server, looks up its address, logs in and downloads what is new.
 */
export class FetchClient {
  /** The machine run as a state table: it has no context, only states and events. */
  private readonly actor = new StateTable(fetchClientMachine);
  private readonly device: HostConfig;
  private readonly knownUids: string[] = [];
  private checkPending = false;

  constructor(
    private readonly run: WorldRun,
    readonly config: ClientConfig,
    private readonly resolver: Resolver,
  ) {
    this.device = run.host(config.host);
    run.recorder.track(`${config.id}:fetch`, () => this.actor.state);
  }

  /** New mail for `user` landed: a polling client sees it at its next check. */
  mailArrived(user: string): void {
    if (this.checkPending || this.config.fetch === undefined) return;
    if (user.toLowerCase() !== this.config.user.toLowerCase()) return;
    this.checkPending = true;
    this.run.scheduler.after(this.config.fetch.pollSeconds * 1000, () => {
      this.checkPending = false;
      this.check();
    });
  }

  private check(): void {
    const fetch = this.config.fetch;
    if (fetch === undefined) return;
    this.actor.send({ type: 'user.check' });
    this.resolver.lookup(this.device, fetch.server, 'A', undefined, (exchange) => {
      const record = exchange.answer.records.find((r) => r.type === 'A');
      if (record?.type !== 'A') {
        this.actor.send({ type: 'fetch.failed' });
        return;
      }
      const server = this.run.hostByIp(record.address) ?? outsideHost(fetch.server, record.address);
      const handlers = {
        onResult: (result: { status: ImapClientResult['status']; ids: string[] }) => {
          this.knownUids.push(...result.ids);
          this.actor.send({ type: result.status === 'retrieved' ? 'fetch.done' : 'fetch.failed' });
        },
        onConnectFailure: () => this.actor.send({ type: 'fetch.failed' }),
      };
      const common = {
        username: fetch.username,
        password: fetch.password,
        tls: fetch.tls,
        dropBeforeQuit: fetch.dropBeforeQuit,
        list: fetch.list,
        knownUids: this.knownUids,
      };
      const peer =
        fetch.protocol === 'pop3'
          ? new ReadingClientPeer(
              new Pop3ClientSession({ ...common, keepOnServer: fetch.keepOnServer }),
              {
                ...handlers,
                onResult: (result) =>
                  handlers.onResult({
                    status: result.status,
                    ids: result.messages.map((m) => m.uid),
                  }),
              },
            )
          : new ReadingClientPeer(
              new ImapClientSession({
                ...common,
                folder: fetch.folder,
                expunge: fetch.expunge,
                flag: fetch.flag,
              }),
              {
                ...handlers,
                onResult: (result) =>
                  handlers.onResult({
                    status: result.status,
                    ids: result.messages.map((m) => m.id),
                  }),
              },
            );
      this.run.network.connect({
        from: this.device,
        to: server,
        port: fetch.port,
        clientTls: fetch.tls,
        protocol: fetch.protocol,
        client: peer,
      });
    });
  }
}

import {
  createPop3Session,
  IDLE_TIMEOUT_MS as POP3_IDLE_MS,
} from '../../protocols/pop3/wire-adapter';
import { createImapSession } from '../../protocols/imap/wire-adapter';
import { SmtpServerSession } from '../../protocols/smtp/wire-adapter';
import type { HostConfig, SmtpPolicyConfig } from '../config/schema';
import { inNetwork } from '../net/cidr';
import type { ServerFactory } from '../sim/network';
import type { Mailstores } from '../actors/mailstores';
import type { QueueManager } from '../actors/queue-manager';
import type { Resolver } from '../actors/resolver';
import type { WorldRun } from '../run/world-run';
import { Greylist } from './greylist';
import { MxChecks } from './mx-checks';
import { lmtpServerConfig, smtpServerConfig } from './smtp-server-config';

export interface ServerDeps {
  resolver: Resolver;
  mailstores: Mailstores;
  queueManager(hostId: string): QueueManager;
}

/** Dovecot's loopback rule: a client in the mailstore's secure networks needs no TLS to log in. */
function isSecurePeer(host: HostConfig, peer: HostConfig): boolean {
  return (host.mailstore?.secureNetworks ?? []).some((network) => inNetwork(peer.ip, network));
}

/** How often the network lets an idle server session look at its own timers (ms). */
const SERVER_CHECK_MS = 60_000;

/**
 * The server side of every listener in the world: Postfix smtpd on SMTP ports, Dovecot LMTP,
 * POP3 and IMAP on the mailbox hosts, each configured from the world for this connection.
 */
export function serverFactory(run: WorldRun, deps: () => ServerDeps): ServerFactory {
  // postgrey's memory lives as long as the MX, across connections.
  const greylists = new Map<string, Greylist>();
  const greylistOf = (host: HostConfig, policy: SmtpPolicyConfig): Greylist | undefined => {
    if (policy.greylistDelay === null) return undefined;
    const key = `${host.id}/${policy.greylistDelay}`;
    const list = greylists.get(key) ?? new Greylist(policy.greylistDelay * 1000);
    greylists.set(key, list);
    return list;
  };
  return (host, listener, peer) => {
    const { resolver, mailstores, queueManager } = deps();
    const now = run.scheduler.now;
    switch (listener.protocol) {
      case 'smtp': {
        if (listener.policy.role === 'mx') {
          resolver.recordClientLookups(host, peer.host.ip, listener.policy.dnsblZones);
        }
        const config = smtpServerConfig(
          {
            run,
            queue: (_, record, trace) => queueManager(host.id).accept(record, trace),
            reverseName: (ip) => resolver.verifiedName(ip),
            dnsblListing: (ip, zones) => resolver.dnsblListing(ip, zones),
            checks: (mx, policy, client) =>
              policy.role === 'mx'
                ? new MxChecks(
                    {
                      resolver,
                      greylist: greylistOf(mx, policy),
                      now: () => run.scheduler.now,
                    },
                    mx,
                    policy,
                    client.ip,
                  )
                : undefined,
          },
          host,
          listener,
          peer.host,
        );
        const session = new SmtpServerSession(config, { startTime: now });
        return { session, protocol: 'smtp', patience: SERVER_CHECK_MS };
      }
      case 'lmtp': {
        const config = lmtpServerConfig(
          {
            run,
            deliver: (target, record, recipient) =>
              mailstores.deliver(target, record, recipient, true),
          },
          host,
          peer.host,
        );
        const session = new SmtpServerSession(config, { startTime: now });
        return { session, protocol: 'lmtp', patience: SERVER_CHECK_MS };
      }
      case 'pop3': {
        const store = mailstores.store(host.id);
        if (store === undefined) throw new Error(`${host.id} has a POP3 listener but no mailstore`);
        const session = createPop3Session({
          store,
          policy: {
            tlsAvailable: listener.tls !== 'none',
            disablePlaintextAuth: !(host.mailstore?.cleartextAllowed ?? false),
            lockSession: host.mailstore?.pop3LockSession ?? false,
          },
          tlsActive: listener.tls === 'implicit',
          trustedPeer: isSecurePeer(host, peer.host),
          now,
        });
        return { session, protocol: 'pop3', patience: Math.min(SERVER_CHECK_MS, POP3_IDLE_MS) };
      }
      case 'imap': {
        const store = mailstores.store(host.id);
        if (store === undefined)
          throw new Error(`${host.id} has an IMAP listener but no mailstore`);
        const session = createImapSession({
          store,
          tlsAvailable: listener.tls !== 'none',
          implicitTls: listener.tls === 'implicit',
          disablePlaintextAuth: !(host.mailstore?.cleartextAllowed ?? false),
          trustedPeer: isSecurePeer(host, peer.host),
          startTime: now,
        });
        return { session, protocol: 'imap', patience: SERVER_CHECK_MS };
      }
    }
  };
}

import {
  postfixDefaults,
  type DeliveryVerdict,
  type QueueVerdict,
  type ServerConfig,
  type TransactionRecord,
} from '../../protocols/smtp/server-config';
import type { HostConfig, ListenerConfig, SmtpPolicyConfig } from '../config/schema';
import { inNetwork } from '../net/cidr';
import type { WorldRun } from '../run/world-run';
import type { MxChecks } from './mx-checks';

type SmtpListener = Extract<ListenerConfig, { protocol: 'smtp' }>;

/** What a server needs from the rest of the world, beyond its own settings. */
export interface SmtpServerServices {
  run: WorldRun;
  /** Queue an accepted message in this host's queue manager, with the checks' trace fields. */
  queue(host: HostConfig, record: TransactionRecord, trace: string): QueueVerdict;
  /** The SPF, greylisting, DKIM and DMARC checks of an MX session, if the policy has any. */
  checks?(host: HostConfig, policy: SmtpPolicyConfig, peer: HostConfig): MxChecks | undefined;
  /** The verified reverse name of an address (PTR then A, as Postfix checks it), or null. */
  reverseName(ip: string): string | null;
  /** A DNS blocklist listing this address, if one of `zones` does. */
  dnsblListing(ip: string, zones: readonly string[]): { zone: string; text?: string } | undefined;
}

/** Postfix's `mailbox` lists: every local address of the world, plus the RFC 5321 §4.5.1 postmaster. */
function localMailboxes(run: WorldRun, localDomains: readonly string[]): string[] {
  const domains = new Set(localDomains.map((d) => d.toLowerCase()));
  const users = run.world.users
    .map((u) => u.address.toLowerCase())
    .filter((address) => domains.has(address.split('@')[1] ?? ''));
  return [...users, ...[...domains].map((d) => `postmaster@${d}`)];
}

/** The Postfix settings of one SMTP listener, from the world's policy for it. */
export function smtpServerConfig(
  services: SmtpServerServices,
  host: HostConfig,
  listener: SmtpListener,
  peer: HostConfig,
): ServerConfig {
  const { run } = services;
  const policy = listener.policy;
  const localDomains = host.mta?.localDomains ?? [];
  // An "open" relay is the classic mistake: mynetworks = 0.0.0.0/0 trusts the whole Internet.
  const mynetworks = policy.relay === 'open' ? ['0.0.0.0/0'] : policy.mynetworks;
  const homeUsers = run.world.users.filter((u) => u.home === host.id);
  const checks = services.checks?.(host, policy, peer);
  return postfixDefaults(host.name, {
    banner: policy.banner ?? `${host.name} ESMTP Postfix (Debian/GNU)`,
    localDomains,
    mailboxes: localMailboxes(run, localDomains),
    submission: policy.role === 'submission' && policy.authRequired,
    rejectNonFqdnHelo: policy.helo === 'fqdn',
    rejectUnknownReverseClient: policy.reverseDnsRequired,
    rejectDnsblListed: policy.dnsblZones.length > 0,
    senderLogins: policy.senderLoginMatch
      ? Object.fromEntries(
          homeUsers.map((u) => [u.address.toLowerCase(), [u.address.toLowerCase()]]),
        )
      : null,
    tlsWrapperMode: listener.tls === 'implicit',
    tlsSecurityLevel:
      listener.tls === 'none'
        ? 'none'
        : policy.tlsRequired && listener.tls === 'starttls'
          ? 'encrypt'
          : 'may',
    authEnabled: policy.authEnabled,
    tlsAuthOnly: policy.tlsBeforeAuth,
    vrfyEnabled: policy.vrfy,
    messageSizeLimit: policy.messageSizeLimit,
    recipientLimit: policy.recipientLimit,
    bareNewline: policy.bareLf,
    timeoutMs: policy.timeout * 1000,
    client: {
      ip: peer.ip,
      reverseName: services.reverseName(peer.ip),
      trusted: mynetworks.some((network) => inNetwork(peer.ip, network)),
      ...(() => {
        const listing = services.dnsblListing(peer.ip, policy.dnsblZones);
        return listing === undefined ? {} : { dnsblListing: listing };
      })(),
    },
    checkCredentials: (user, password) =>
      homeUsers.some(
        (u) => u.address.toLowerCase() === user.toLowerCase() && u.password === password,
      ),
    ...(checks === undefined
      ? {}
      : { recipientHook: checks.recipientHook, contentHook: checks.contentHook }),
    queue: (record) => services.queue(host, record, checks?.traceFields() ?? ''),
  });
}

/** What the mailbox server's LMTP listener needs: delivery into the store, one recipient at a time. */
export interface LmtpServerServices {
  run: WorldRun;
  deliver(host: HostConfig, record: TransactionRecord, recipient: string): DeliveryVerdict;
}

/** Dovecot LMTP on the mailbox server (RFC 2033): LHLO, one reply per recipient. */
export function lmtpServerConfig(
  services: LmtpServerServices,
  host: HostConfig,
  peer: HostConfig,
): ServerConfig {
  const { run } = services;
  const users = run.world.users
    .filter((u) => u.home === host.id)
    .map((u) => u.address.toLowerCase());
  const domains = [...new Set(users.map((address) => address.split('@')[1] ?? ''))];
  return postfixDefaults(host.name, {
    lmtp: true,
    localDomains: domains,
    mailboxes: users,
    tlsSecurityLevel: 'none',
    client: { ip: peer.ip, reverseName: null, trusted: true },
    deliver: (record, recipient) => services.deliver(host, record, recipient),
  });
}

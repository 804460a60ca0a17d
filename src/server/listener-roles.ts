import type { HostConfig, WorldConfig } from '../world/config/schema';

/** What a loopback port stands for: the real port of a server of the world, and its TLS. */
export interface ListenerRole {
  /** The loopback port before `--port-offset`. */
  readonly port: number;
  readonly protocol: 'smtp' | 'pop3' | 'imap';
  /** The port of the world's server this loopback port plays (RFC 8314 §3 for the TLS ones). */
  readonly worldPort: number;
  /** Implicit TLS from the first byte (465, 995, 993), or cleartext that may upgrade. */
  readonly tls: 'starttls' | 'implicit';
  /** What a teacher reads on the listener line. */
  readonly label: string;
}

/** The loopback ports (DESIGN.md, "server/"): 2525 and up, so no root rights are needed. */
export const LISTENER_ROLES: readonly ListenerRole[] = [
  { port: 2525, protocol: 'smtp', worldPort: 25, tls: 'starttls', label: 'MX (port 25 role)' },
  {
    port: 5870,
    protocol: 'smtp',
    worldPort: 587,
    tls: 'starttls',
    label: 'submission (port 587 role)',
  },
  {
    port: 4650,
    protocol: 'smtp',
    worldPort: 465,
    tls: 'implicit',
    label: 'submission over TLS (port 465 role)',
  },
  { port: 1110, protocol: 'pop3', worldPort: 110, tls: 'starttls', label: 'POP3 (port 110 role)' },
  { port: 9950, protocol: 'pop3', worldPort: 995, tls: 'implicit', label: 'POP3S (port 995 role)' },
  { port: 1143, protocol: 'imap', worldPort: 143, tls: 'starttls', label: 'IMAP (port 143 role)' },
  { port: 9930, protocol: 'imap', worldPort: 993, tls: 'implicit', label: 'IMAPS (port 993 role)' },
];

/** A port of a server of the world: a protocol on a port number. */
export interface WorldPort {
  readonly protocol: ListenerRole['protocol'];
  readonly port: number;
}

function serves(host: HostConfig, { protocol, port }: WorldPort): boolean {
  return host.listeners.some((listener) => {
    if (listener.protocol !== protocol || listener.port !== port) return false;
    if (listener.protocol !== 'smtp') return true;
    // Port 25 is the MX's role; 587 and 465 are the submission server's.
    return listener.policy.role === (port === 25 ? 'mx' : 'submission');
  });
}

/**
 * The host of the world a loopback port reaches first. SMTP ports reach one server (an MX host
 * before a provider that also listens on 25); POP3 and IMAP reach the first mailbox host, and a
 * login for a user kept elsewhere is passed on to the user's own host (see `homeFor`).
 */
export function hostFor(world: WorldConfig, role: ListenerRole): HostConfig | undefined {
  const port = { protocol: role.protocol, port: role.worldPort };
  const candidates = world.hosts.filter((host) => serves(host, port));
  const preferred = role.protocol === 'smtp' && role.worldPort === 25 ? 'mx' : 'mailstore';
  return candidates.find((host) => host.role === preferred) ?? candidates[0];
}

/** The host keeping `address`'s mailbox, if it serves this port (Dovecot's proxy lookup). */
export function homeFor(
  world: WorldConfig,
  port: WorldPort,
  address: string,
): HostConfig | undefined {
  const wanted = address.toLowerCase();
  const user = world.users.find((u) => u.address.toLowerCase() === wanted);
  const home = world.hosts.find((host) => host.id === user?.home);
  return home !== undefined && serves(home, port) ? home : undefined;
}

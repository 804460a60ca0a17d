import type { WorldConfigInput } from '../world/config/schema';
import type { WorldClock } from './selectors/clock';

/** What the views need to know about a world besides its timeline: hosts and people. */
export interface HostView {
  id: string;
  name: string;
  ip: string;
  role: string;
  ports: { protocol: string; port: number; tls: string }[];
}

export interface WorldView {
  hosts: HostView[];
  /** The first message the world sends, as its author wrote it. */
  send: {
    client: string;
    host: string;
    from: string;
    to: string[];
    subject: string;
    body: string;
  } | null;
  /** Devices of the message's first recipient, each with the client that fetches mail there. */
  recipientDevices: { host: string; client: string }[];
  /** The first recipient's name as the world writes it (`Bob Durand`), or the address. */
  recipientName: string;
  clock: WorldClock;
}

export function worldView(config: WorldConfigInput): WorldView {
  const hosts = config.hosts.map((host) => ({
    id: host.id,
    name: host.name,
    ip: host.ip,
    role: host.role,
    ports: (host.listeners ?? []).map((l) => ({
      protocol: l.protocol,
      port: l.port,
      tls: l.tls ?? 'none',
    })),
  }));
  const first = config.sends?.[0];
  const client = config.clients?.find((c) => c.id === first?.client);
  const recipient = first?.to[0];
  const recipientDevices = (config.clients ?? [])
    .filter((c) => c.user === recipient && c.fetch !== undefined)
    .map((c) => ({ host: c.host, client: c.id }));
  return {
    hosts,
    send:
      first === undefined || client === undefined
        ? null
        : {
            client: client.id,
            host: client.host,
            from: first.from,
            to: [...first.to],
            subject: first.subject ?? '',
            body: first.body ?? '',
          },
    recipientDevices,
    recipientName:
      config.users.find((u) => u.address === recipient)?.displayName ?? recipient ?? '',
    clock: {
      start: config.clock.start,
      offsetMinutes: config.clock.zone.offsetMinutes,
      zone: config.clock.zone.name,
    },
  };
}

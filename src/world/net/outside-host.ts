import type { HostConfig } from '../config/schema';

/** An address no host of the world has: the network treats it as a place nothing answers. */
export function outsideHost(name: string, ip: string): HostConfig {
  return { id: `outside-${ip}`, name, ip, role: 'outsider', listeners: [], certificate: 'valid' };
}

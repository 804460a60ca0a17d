import type { HostConfig, WorldConfig } from '../world/config/schema';
import { validateWorld, type ConfigError } from '../world/config/validate';
import { en } from '../content/locales/en';
import { formatConfigError } from '../world/config/format-error';

/** The class's own machine: where telnet, curl and Thunderbird run. */
export const CLASS_MACHINE_IP = '127.0.0.1';

/** Postfix's default mynetworks as the world schema writes it. */
const WHOLE_LOOPBACK = '127.0.0.0/8';

/**
 * The world a loopback server runs, from the one the teacher chose:
 * - the class's machine (127.0.0.1, `localhost`) is a host of the world, with the PTR and A
 *   records real resolvers give it, so logs read `localhost[127.0.0.1]`;
 * - mynetworks' whole 127.0.0.0/8 becomes 127.0.0.1/32, so 127.0.0.2 … play outside hosts and
 *   get every check (a world that lists other networks keeps them: that is how it trusts more);
 * - the clock starts now, so Date: and Received: show the real time.
 */
export function loopbackWorld(world: WorldConfig, startMs: number): WorldConfig {
  const hasClassMachine = world.hosts.some((host) => host.ip === CLASS_MACHINE_IP);
  const classMachine: HostConfig = {
    id: 'class-machine',
    name: 'localhost',
    ip: CLASS_MACHINE_IP,
    role: 'device',
    label: 'The class machine',
    listeners: [],
    certificate: 'valid',
  };
  const hosts = world.hosts.map((host) => ({
    ...host,
    listeners: host.listeners.map((listener) =>
      listener.protocol === 'smtp'
        ? {
            ...listener,
            policy: {
              ...listener.policy,
              mynetworks: listener.policy.mynetworks.map((network) =>
                network === WHOLE_LOOPBACK ? `${CLASS_MACHINE_IP}/32` : network,
              ),
            },
          }
        : listener,
    ),
  }));
  const records = hasClassMachine
    ? world.dns.records
    : [
        ...world.dns.records,
        { type: 'A' as const, name: 'localhost', address: CLASS_MACHINE_IP },
        { type: 'PTR' as const, name: '1.0.0.127.in-addr.arpa', target: 'localhost' },
      ];
  const result = validateWorld({
    ...world,
    clock: { ...world.clock, start: new Date(startMs).toISOString() },
    dns: { ...world.dns, records },
    hosts: hasClassMachine ? hosts : [...hosts, classMachine],
  });
  if (!result.ok) throw new Error(describeErrors(result.errors));
  return result.world;
}

/** Every reason a world file is refused, one English sentence a line (the teacher's terminal). */
export function describeErrors(errors: readonly ConfigError[]): string {
  return errors.map((error) => formatConfigError(error, en.worldErrors)).join('\n');
}

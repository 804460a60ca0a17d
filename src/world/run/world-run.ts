import type { HostConfig, UserConfig, WorldConfig } from '../config/schema';
import type { ServerFactory } from '../sim/network';
import { Network } from '../sim/network';
import { Recorder } from '../sim/recorder';
import { Scheduler } from '../sim/scheduler';

/**
 * Everything one run of a world shares: the validated config, simulated time, the timeline
 * being written, the network, and lookups by id, name and address.
 */
export class WorldRun {
  readonly scheduler = new Scheduler();
  readonly recorder: Recorder;
  readonly network: Network;
  /** The world's start as a Unix time (ms): dates in headers and logs are written from it. */
  readonly startMs: number;
  private seedCounter = 0;

  constructor(
    readonly world: WorldConfig,
    serverFactory: (run: WorldRun) => ServerFactory,
  ) {
    this.recorder = new Recorder(this.scheduler);
    this.startMs = Date.parse(world.clock.start);
    this.network = new Network(world, this.scheduler, this.recorder, serverFactory(this));
  }

  /** The wall-clock time of the simulation now (ms since 1970), for Date: and Received:. */
  get epoch(): number {
    return this.startMs + this.scheduler.now;
  }

  get zone(): { offsetMinutes: number; name: string } {
    return this.world.clock.zone;
  }

  /** A new seed for one generated value (queue id, Message-ID), stable for a given world. */
  seed(kind: string): string {
    this.seedCounter += 1;
    return `${this.world.seed}/${kind}/${this.seedCounter}`;
  }

  host(id: string): HostConfig {
    const host = this.world.hosts.find((h) => h.id === id);
    if (host === undefined) throw new Error(`no host ${id} in world ${this.world.id}`);
    return host;
  }

  hostByName(name: string): HostConfig | undefined {
    const wanted = name.toLowerCase();
    return this.world.hosts.find((h) => h.name.toLowerCase() === wanted);
  }

  hostByIp(ip: string): HostConfig | undefined {
    return this.world.hosts.find((h) => h.ip === ip);
  }

  user(address: string): UserConfig | undefined {
    const wanted = address.toLowerCase();
    return this.world.users.find((u) => u.address.toLowerCase() === wanted);
  }
}

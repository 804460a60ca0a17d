import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classroomWorld } from '../content/worlds/classroom';
import type { WorldConfig } from '../world/config/schema';
import { validateWorld, validateWorldJson } from '../world/config/validate';
import { describeErrors } from './loopback-world';
import { MailServer } from './mail-server';

const USAGE = `Usage: npm run mail-server [-- --world FILE] [--port-offset N] [--log]
       [--allow-remote] [--clock-rate N]`;

function loadWorld(file: string | undefined): WorldConfig {
  const result =
    file === undefined
      ? validateWorld(classroomWorld)
      : validateWorldJson(readFileSync(file, 'utf8'));
  if (!result.ok)
    throw new Error(`${file ?? 'classroom world'}:\n${describeErrors(result.errors)}`);
  return result.world;
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`--${name} wants a number, not ${value}`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      world: { type: 'string' },
      'port-offset': { type: 'string' },
      log: { type: 'boolean', default: false },
      'allow-remote': { type: 'boolean', default: false },
      'clock-rate': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const world = loadWorld(values.world);
  const allowRemote = values['allow-remote'];
  if (allowRemote)
    console.warn(
      'Warning: --allow-remote listens on every interface: anyone on this network can connect.',
    );
  const server = await MailServer.start({
    world,
    portOffset: whole('port-offset', values['port-offset'], 0),
    allowRemote,
    clockRate: whole('clock-rate', values['clock-rate'], 1) || 1,
    ...(values.log ? { log: (line: string) => console.log(line) } : {}),
  });
  for (const { address, port, role, host } of server.listeners) {
    const tls = role.tls === 'implicit' ? 'TLS' : role.protocol === 'pop3' ? 'STLS' : 'STARTTLS';
    console.log(
      `${address}:${port}  ${role.protocol.toUpperCase().padEnd(4)}  ${tls.padEnd(8)}  ${host.name}  ${role.label}`,
    );
  }
  console.log(`Ready: world "${world.id}" on ${server.listeners.length} ports. Ctrl+C stops.`);
  const stop = (signal: string) => {
    console.log(`${signal}: closing.`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

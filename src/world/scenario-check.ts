import type { GoalCondition, Invariant, Scenario } from '../content/scenarios/types';
import { applyPatch, type WorldPatch } from './config/patch';
import type { WorldConfig, WorldConfigInput } from './config/schema';
import { validateWorld } from './config/validate';
import { LiveWorld } from './live-world';
import { simulateWorld, type WorldOutcome } from './run-world';
import { matchAll } from './timeline/query';

/** The base world with each patch applied in turn, validated like any edited world. */
export function patchedWorld(base: WorldConfigInput, ...patches: WorldPatch[]): WorldConfig {
  const first = validateWorld(structuredClone(base));
  if (!first.ok) throw new Error(`invalid base world: ${JSON.stringify(first.errors)}`);
  const patched = patches.reduce<WorldConfig>(
    (world, patch) => applyPatch(world, patch),
    first.world,
  );
  const result = validateWorld(patched);
  if (!result.ok) throw new Error(`invalid patched world: ${JSON.stringify(result.errors)}`);
  return result.world;
}

/** The conditions of `goal` that the run does not meet (none: the goal is reached). */
export function unmetGoal(outcome: WorldOutcome, goal: readonly GoalCondition[]): GoalCondition[] {
  return goal.filter((condition) => {
    switch (condition.check) {
      case 'delivered':
        return outcome.mailbox(condition.address, condition.folder).length < (condition.count ?? 1);
      case 'empty':
        return outcome.mailbox(condition.address, condition.folder).length > 0;
      case 'noFlag':
        return outcome
          .mailbox(condition.address, condition.folder)
          .some((message) => message.flags.includes(condition.flag));
      case 'step':
        return matchAll(outcome.timeline, condition.query).length > 0 !== condition.present;
    }
  });
}

/** What one probe connection was answered, and whether the server let it through. */
export interface ProbeResult {
  readonly listener: string;
  readonly replies: readonly string[];
  readonly accepted: boolean;
}

/** An address in no domain of the world: accepting it is relaying. */
const OUTSIDE_RECIPIENT = 'relay-test@elsewhere.example';

type HostConfig = WorldConfig['hosts'][number];
type SmtpListener = Extract<HostConfig['listeners'][number], { protocol: 'smtp' }>;

/**
 * Types one SMTP transaction by hand, without AUTH, up to RCPT; the server let it through when
 * RCPT got a 2xx reply.
 */
function typeTransaction(
  live: LiveWorld,
  target: { host: HostConfig; listener: SmtpListener },
  client: { from: string; helo: string; sender: string; recipient: string },
): ProbeResult {
  const { host, listener } = target;
  const terminal = live.connect({
    from: client.from,
    to: host.id,
    port: listener.port,
    tls: listener.tls === 'implicit' ? 'implicit' : 'none',
  });
  live.settle();
  // RFC 3207 §4.2: a client that wants TLS says EHLO again once it is up.
  const hello = `EHLO ${client.helo}`;
  const lines = [
    hello,
    ...(listener.tls === 'starttls' ? ['STARTTLS', hello] : []),
    `MAIL FROM:<${client.sender}>`,
    `RCPT TO:<${client.recipient}>`,
  ];
  for (const line of lines) {
    terminal.send(`${line}\r\n`);
    live.settle();
  }
  const replies = [...terminal.peer.received];
  if (terminal.open) terminal.close();
  live.settle();
  return {
    listener: `${host.id}:${listener.port}`,
    replies,
    accepted: replies.length === lines.length + 1 && (replies.at(-1) ?? '').startsWith('2'),
  };
}

function smtpListeners(world: WorldConfig): { host: HostConfig; listener: SmtpListener }[] {
  return world.hosts.flatMap((host) =>
    host.listeners.flatMap((listener) =>
      listener.protocol === 'smtp' ? [{ host, listener }] : [],
    ),
  );
}

function hostOfRole(world: WorldConfig, role: 'outsider' | 'device'): HostConfig {
  const host = world.hosts.find((h) => h.role === role);
  if (host === undefined) throw new Error(`world ${world.id} has no ${role} host to probe from`);
  return host;
}

/** Every SMTP listener (or every submission listener) asked to relay by `from`, without AUTH. */
function probeRelay(world: WorldConfig, from: HostConfig, submissionOnly: boolean): ProbeResult[] {
  const live = new LiveWorld({ ...world, sends: [] });
  return smtpListeners(world)
    .filter(({ listener }) => !submissionOnly || listener.policy.role === 'submission')
    .map((target) =>
      typeTransaction(live, target, {
        from: from.id,
        helo: from.name,
        sender: `probe@${from.name}`,
        recipient: OUTSIDE_RECIPIENT,
      }),
    );
}

/**
 * The outsider, made suspicious in the way asked, writes to a local user of the MX `hostId`:
 * a bare HELO name, its address listed in every blocklist of the world, or its PTR removed.
 */
function probeMx(
  world: WorldConfig,
  hostId: string,
  suspicion: 'bareHelo' | 'listedClient' | 'clientWithoutPtr',
): ProbeResult[] {
  const outsider = hostOfRole(world, 'outsider');
  const probeWorld: WorldConfig = {
    ...world,
    sends: [],
    dns: {
      ...world.dns,
      records:
        suspicion === 'clientWithoutPtr'
          ? world.dns.records.filter((r) => !(r.type === 'PTR' && r.target === outsider.name))
          : world.dns.records,
      blocklists: world.dns.blocklists.map((list) =>
        suspicion === 'listedClient' ? { ...list, listed: [...list.listed, outsider.ip] } : list,
      ),
    },
  };
  const mx = probeWorld.hosts.find((h) => h.id === hostId);
  const recipient = world.users.find((user) =>
    mx?.mta?.localDomains.includes(user.address.split('@')[1] ?? ''),
  );
  if (mx === undefined || recipient === undefined)
    throw new Error(`${hostId} is not an MX with a local user in world ${world.id}`);
  const live = new LiveWorld(probeWorld);
  return smtpListeners(probeWorld)
    .filter(({ host, listener }) => host.id === hostId && listener.policy.role === 'mx')
    .map((target) =>
      typeTransaction(live, target, {
        from: outsider.id,
        // RFC 5321 §4.1.1.1: EHLO names the client by its fully-qualified domain name.
        helo: suspicion === 'bareHelo' ? (outsider.name.split('.')[0] ?? '') : outsider.name,
        sender: `probe@${outsider.name}`,
        recipient: recipient.address,
      }),
    );
}

/** The probe run of one invariant: each listener's answers, and whether the invariant held. */
export function probeInvariant(
  world: WorldConfig,
  invariant: Invariant,
): { held: boolean; probes: ProbeResult[] } {
  const probes =
    invariant === 'noOpenRelay'
      ? probeRelay(world, hostOfRole(world, 'outsider'), false)
      : invariant === 'submissionRequiresAuth'
        ? probeRelay(world, hostOfRole(world, 'device'), true)
        : probeMx(world, invariant.host, invariant.mxRefuses);
  return { held: probes.length > 0 && probes.every((probe) => !probe.accepted), probes };
}

export interface RepairReport {
  readonly id: string;
  readonly unmet: GoalCondition[];
  readonly brokenInvariants: Invariant[];
}

export interface ScenarioReport {
  readonly broken: {
    readonly outcome: WorldOutcome;
    /** How many steps each evidence query matches (each should match exactly one). */
    readonly evidenceMatches: number[];
    readonly unmet: GoalCondition[];
  };
  readonly repairs: RepairReport[];
}

/** Runs a repaired world, checks the goal, then runs one probe per invariant. */
export function checkRepair(
  scenario: Scenario,
  base: WorldConfigInput,
  patch: WorldPatch,
): Omit<RepairReport, 'id'> {
  const world = patchedWorld(base, scenario.broken, patch);
  return {
    unmet: unmetGoal(simulateWorld(world), scenario.goal),
    brokenInvariants: scenario.invariants.filter(
      (invariant) => !probeInvariant(world, invariant).held,
    ),
  };
}

/** The whole check of a scenario: the broken world misses its goal; every repair reaches it. */
export function checkScenario(scenario: Scenario, base: WorldConfigInput): ScenarioReport {
  const outcome = simulateWorld(patchedWorld(base, scenario.broken));
  return {
    broken: {
      outcome,
      evidenceMatches: scenario.evidence.map((e) => matchAll(outcome.timeline, e.query).length),
      unmet: unmetGoal(outcome, scenario.goal),
    },
    repairs: [scenario.repair, ...scenario.alternativeRepairs].map((repair) => ({
      id: repair.id,
      ...checkRepair(scenario, base, repair.patch),
    })),
  };
}

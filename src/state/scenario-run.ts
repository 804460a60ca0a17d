import type { GoalCondition, Invariant, Scenario } from '../content/scenarios/types';
import { classroomWorld } from '../content/worlds/classroom';
import type { WorldPatch } from '../world/config/patch';
import type { WorldConfig } from '../world/config/schema';
import { LiveWorld } from '../world/live-world';
import { patchedWorld, probeInvariant, unmetGoal, type ProbeResult } from '../world/scenario-check';
import type { Timeline } from '../world/timeline/step';

/**
 * The troubleshooting pages' engine side (loaded with a dynamic import, its own chunk): runs a
 * scenario's broken world, or a repaired or staged one, and keeps what a technician's tools
 * read from it — the queue as `mailq` printed it along the way, the DNS as `dig` answers it, the
 * non-delivery reports that came back.
 */

/** runWorld's horizon (Postfix's 5-day queue lifetime and a day more): the same run, step by step. */
const RUN_LIMIT_MS = 6 * 24 * 3600 * 1000;

/** One MTA's queue as `mailq` prints it from the step `seq` on (-1: from the start). */
export interface MailqSnapshot {
  seq: number;
  host: string;
  text: string;
  count: number;
}

/** The record types the dig panel asks about. */
export type DigType = 'MX' | 'A' | 'TXT' | 'PTR';

export interface WorldRunReport {
  world: WorldConfig;
  timeline: Timeline;
  /** Goal conditions the run missed (none asked: the break page has no goal). */
  unmet: GoalCondition[];
  /** Every change of any MTA's queue, in order. */
  mailq: MailqSnapshot[];
  /** The hosts that have a queue. */
  queueHosts: string[];
  /** Non-delivery and delay reports found in any mailbox at the end, as raw text. */
  bounces: { address: string; raw: string }[];
  /** What `dig <name> <type>` prints in this world (no step is written). */
  dig(name: string, type: DigType): string;
}

/** `192.0.2.10` → `10.2.0.192.in-addr.arpa` (RFC 1035 §3.5), the name a PTR lives under. */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Runs a validated world to its end, noting every change of each queue as it happens. */
export function runWithTools(
  world: WorldConfig,
  goal: readonly GoalCondition[] = [],
): WorldRunReport {
  const live = new LiveWorld(world);
  const queueHosts = world.hosts.filter((host) => host.mta !== undefined).map((host) => host.id);
  const snapshots: MailqSnapshot[] = [];
  const last = new Map<string, string>();
  const scheduler = live.run.scheduler;
  const note = (seq: number) => {
    for (const host of queueHosts) {
      const queue = live.mailq(host);
      if (last.get(host) === queue.text) continue;
      last.set(host, queue.text);
      snapshots.push({ seq, host, text: queue.text, count: queue.rows.length });
    }
  };
  // Before the first step, every queue as it starts (empty in every shipped world).
  note(-1);
  // runUntil by each due time in turn runs the same events, in the same order, as one call.
  for (
    let next = scheduler.nextTime;
    next !== null && next <= RUN_LIMIT_MS;
    next = scheduler.nextTime
  ) {
    // A batch happens at one instant: its queue change shows from the batch's first step.
    const first = live.timeline.length;
    scheduler.runUntil(next);
    note(first);
  }
  const outcome = {
    timeline: live.timeline,
    mailbox: (address: string, folder?: string) => live.mailbox(address, folder),
  };
  const bounces = world.users
    .filter((user) => user.home !== undefined)
    .flatMap((user) =>
      live
        .mailbox(user.address)
        .filter((message) => /^From: .*<MAILER-DAEMON@/m.test(message.raw))
        .map((message) => ({ address: user.address, raw: message.raw })),
    );
  return {
    world,
    timeline: live.timeline,
    unmet: unmetGoal(outcome, goal),
    mailq: snapshots,
    queueHosts,
    bounces,
    dig: (name, type) => {
      const trimmed = name.trim().replace(/\.$/, '');
      const owner = type === 'PTR' && IPV4.test(trimmed) ? reverseName(trimmed) : trimmed;
      return live.dig(owner, type);
    },
  };
}

/** The scenario's broken world, run. Throws when its patch does not apply (a content error). */
export function runBroken(scenario: Scenario): WorldRunReport {
  return runWithTools(patchedWorld(classroomWorld, scenario.broken), scenario.goal);
}

/** An invariant the repaired world broke, with what the probe was answered. */
export interface BrokenInvariant {
  invariant: Invariant;
  probes: ProbeResult[];
}

export interface RepairOutcome {
  run: WorldRunReport;
  brokenInvariants: BrokenInvariant[];
  /** The goal is reached and every invariant kept (scenario-check's checkRepair, with its run). */
  solved: boolean;
}

/**
 * The broken world with the student's patch, run and checked as checkRepair checks a repair:
 * the goal must be reached and each invariant's probe refused.
 */
export function runRepair(scenario: Scenario, patch: WorldPatch): RepairOutcome {
  const world = patchedWorld(classroomWorld, scenario.broken, patch);
  const run = runWithTools(world, scenario.goal);
  const brokenInvariants = scenario.invariants.flatMap((invariant) => {
    const { held, probes } = probeInvariant(world, invariant);
    return held ? [] : [{ invariant, probes }];
  });
  return { run, brokenInvariants, solved: run.unmet.length === 0 && brokenInvariants.length === 0 };
}

/** The classroom world, validated: what the break-it-yourself editor starts from. */
export function classroom(): WorldConfig {
  return patchedWorld(classroomWorld);
}

/** A world staged by a teacher, applied to the classroom world and run. */
export function runStaged(patch: WorldPatch): WorldRunReport {
  return runWithTools(patchedWorld(classroomWorld, patch));
}

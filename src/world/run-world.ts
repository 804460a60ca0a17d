import type { MessageView } from '../protocols/mailbox/store';
import type { WorldConfig } from './config/schema';
import { LiveWorld } from './live-world';
import type { Timeline } from './timeline/step';

/** Postfix's maximal_queue_lifetime (5 days) and a day more: every world has settled by then. */
const DEFAULT_LIMIT_MS = 6 * 24 * 3600 * 1000;

export interface WorldOutcome {
  timeline: Timeline;
  /** The messages in a user's folder at the end of the run (tests and the inbox views use it). */
  mailbox(address: string, folder?: string): MessageView[];
}

/**
 * Runs a validated world from its start until nothing is left to happen, and returns its
 * timeline. Deterministic: the same config gives the same steps, byte for byte as JSON.
 */
export function runWorld(world: WorldConfig, options: { limitMs?: number } = {}): Timeline {
  return simulateWorld(world, options).timeline;
}

/** Runs a world and keeps its final state for inspection. */
export function simulateWorld(
  world: WorldConfig,
  options: { limitMs?: number } = {},
): WorldOutcome {
  const live = new LiveWorld(world);
  live.runUntil(options.limitMs ?? DEFAULT_LIMIT_MS);
  return { timeline: live.timeline, mailbox: (address, folder) => live.mailbox(address, folder) };
}

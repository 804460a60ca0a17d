import { isShippedWorld, loadShippedTimeline } from '../content/timelines/load';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../content/worlds/shipped';
import type { Timeline } from '../world/timeline/step';
import { worldView, type WorldView } from './world-view';

export interface LoadedWorld {
  timeline: Timeline;
  view: WorldView;
}

/** The worlds the screen can open: every shipped world, its timeline computed at build time. */
export const KNOWN_WORLDS: readonly string[] = SHIPPED_WORLD_IDS;
export const DEFAULT_WORLD = 'classroom';

export function isKnownWorld(world: string): boolean {
  return isShippedWorld(world);
}

/** Loads one world's timeline (its own chunk, no engine) and what the views need of its config. */
export async function loadWorld(world: string): Promise<LoadedWorld> {
  if (!isShippedWorld(world)) throw new Error(`unknown world ${world}`);
  const shipped = await loadShippedTimeline(world);
  return { timeline: shipped.steps, view: worldView(SHIPPED_WORLDS[world]) };
}

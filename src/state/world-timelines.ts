import type { Timeline } from '../world/timeline/step';
import { worldView, type WorldView } from './world-view';

export interface LoadedWorld {
  timeline: Timeline;
  view: WorldView;
  /** True while the timeline is the hand-written stand-in rather than a run of the world. */
  sample: boolean;
}

/**
 * The worlds the screen can show, each loaded on demand so the first screen fetches one
 * timeline only. A world not listed here gets a clear message, never a blank page.
 */
const WORLDS: Record<string, () => Promise<LoadedWorld>> = {
  classroom: async () => {
    const [{ sampleClassroomTimeline }, { classroomWorld }] = await Promise.all([
      import('./sample-classroom-timeline'),
      import('../content/worlds/classroom'),
    ]);
    return { timeline: sampleClassroomTimeline, view: worldView(classroomWorld), sample: true };
  },
};

export const KNOWN_WORLDS: readonly string[] = Object.keys(WORLDS);
export const DEFAULT_WORLD = 'classroom';

export function isKnownWorld(world: string): boolean {
  return Object.hasOwn(WORLDS, world);
}

export function loadWorld(world: string): Promise<LoadedWorld> {
  const load = WORLDS[world];
  if (load === undefined) return Promise.reject(new Error(`unknown world ${world}`));
  return load();
}

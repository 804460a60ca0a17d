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
  // runWorld cannot run IMAP readers yet: until it can, the classroom world is the sample.
  classroom: async () => {
    const [{ sampleClassroomTimeline }, { classroomWorld }] = await Promise.all([
      import('./sample-classroom-timeline'),
      import('../content/worlds/classroom'),
    ]);
    return { timeline: sampleClassroomTimeline, view: worldView(classroomWorld), sample: true };
  },
  // Computed by runWorld and kept equal to a fresh run by test/state/timelines.
  'classroom-pop3': async () => {
    const [{ timeline }, { classroomPop3World }] = await Promise.all([
      import('./timelines/classroom-pop3.timeline'),
      import('../content/worlds/classroom-variants'),
    ]);
    return { timeline, view: worldView(classroomPop3World), sample: false };
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

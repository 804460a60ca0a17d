import type { ShippedWorldId } from '../worlds/shipped';
import type { Timeline } from '../../world/timeline/step';

export interface ShippedTimeline {
  world: string;
  steps: Timeline;
}

/**
 * The timelines computed at build time, one lazily loaded chunk per world: the first screen
 * shows a run without loading any engine.
 */
const LOADERS: Record<ShippedWorldId, () => Promise<{ default: unknown }>> = {
  classroom: () => import('./classroom.json'),
  'classroom-pop3': () => import('./classroom-pop3.json'),
  'classroom-imap': () => import('./classroom-imap.json'),
  'classroom-two-devices': () => import('./classroom-two-devices.json'),
  'lesson-envelope': () => import('./lesson-envelope.json'),
  'lesson-backup-mx': () => import('./lesson-backup-mx.json'),
  'lesson-ports': () => import('./lesson-ports.json'),
  'lesson-auth': () => import('./lesson-auth.json'),
  'lesson-queue': () => import('./lesson-queue.json'),
  'lesson-pop3': () => import('./lesson-pop3.json'),
  'lesson-imap': () => import('./lesson-imap.json'),
  'lesson-spoofing': () => import('./lesson-spoofing.json'),
  'lesson-raw-message': () => import('./lesson-raw-message.json'),
  'lesson-myths': () => import('./lesson-myths.json'),
};

export function isShippedWorld(id: string): id is ShippedWorldId {
  return Object.hasOwn(LOADERS, id);
}

export async function loadShippedTimeline(id: ShippedWorldId): Promise<ShippedTimeline> {
  const module = await LOADERS[id]();
  return module.default as ShippedTimeline;
}

import type { WorldConfigInput } from '../../world/config/schema';
import { classroomWorld } from './classroom';
import {
  classroomImapWorld,
  classroomPop3World,
  classroomTwoDevicesWorld,
} from './classroom-variants';
import {
  lessonAuthWorld,
  lessonBackupMxWorld,
  lessonEnvelopeWorld,
  lessonPortsWorld,
} from './lesson-variants';
import { lessonImapWorld, lessonPop3World } from './lesson-fetch';
import { lessonQueueWorld } from './lesson-queue';
import { lessonMythsWorld, lessonRawMessageWorld, lessonSpoofingWorld } from './lesson-security';

/**
 * Every world Facteur ships, by id. Their timelines are computed at build time
 * (`scripts/build-timelines.ts`) so the first screen needs no engine.
 */
export const SHIPPED_WORLDS = {
  classroom: classroomWorld,
  'classroom-pop3': classroomPop3World,
  'classroom-imap': classroomImapWorld,
  'classroom-two-devices': classroomTwoDevicesWorld,
  'lesson-envelope': lessonEnvelopeWorld,
  'lesson-backup-mx': lessonBackupMxWorld,
  'lesson-ports': lessonPortsWorld,
  'lesson-auth': lessonAuthWorld,
  'lesson-queue': lessonQueueWorld,
  'lesson-pop3': lessonPop3World,
  'lesson-imap': lessonImapWorld,
  'lesson-spoofing': lessonSpoofingWorld,
  'lesson-raw-message': lessonRawMessageWorld,
  'lesson-myths': lessonMythsWorld,
} as const satisfies Record<string, WorldConfigInput>;

export type ShippedWorldId = keyof typeof SHIPPED_WORLDS;

export const SHIPPED_WORLD_IDS = Object.keys(SHIPPED_WORLDS) as ShippedWorldId[];

import classroom from '../../src/content/timelines/classroom.json';
import classroomPop3 from '../../src/content/timelines/classroom-pop3.json';
import type { ShippedTimeline } from '../../src/content/timelines/load';
import type { Timeline } from '../../src/world/timeline/step';

/** The shipped timelines computed by runWorld at build time (JSON infers plain strings). */
export const classroomTimeline: Timeline = (classroom as unknown as ShippedTimeline).steps;
export const classroomPop3Timeline: Timeline = (classroomPop3 as unknown as ShippedTimeline).steps;

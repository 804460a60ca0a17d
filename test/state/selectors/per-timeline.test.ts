import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ShippedTimeline } from '../../../src/content/timelines/load';
import { nextEventAfterWait } from '../../../src/state/selectors/clock';
import { logLinesAt } from '../../../src/state/selectors/logs';
import { mapState } from '../../../src/state/selectors/map';
import { messageAt } from '../../../src/state/selectors/message-at';
import { perTimeline } from '../../../src/state/selectors/per-timeline';
import { deviceInbox, senderScreen } from '../../../src/state/selectors/screens';
import { sessionAt } from '../../../src/state/selectors/session-state';
import { transcriptGroups } from '../../../src/state/selectors/transcript';
import type { Step, Timeline } from '../../../src/world/timeline/step';
import {
  deviceInboxByScan,
  logLinesAtByScan,
  mapStateByScan,
  messageAtByScan,
  nextEventAfterWaitByScan,
  senderScreenByScan,
  sessionAtByScan,
  transcriptGroupsByScan,
} from './by-scan';
import { connect, timelineOf } from './steps';

const folder = new URL('../../../src/content/timelines/', import.meta.url);
const shipped = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const { world, steps } = JSON.parse(
      readFileSync(new URL(name, folder), 'utf8'),
    ) as ShippedTimeline;
    return { world, steps };
  });

/** Every host that opens a connection: the sender and each recipient device are among them. */
const clients = (timeline: Timeline) => [
  ...new Set(timeline.filter((s) => s.kind === 'connect').map((s) => s.from)),
];

describe('the selectors read from an index built once per timeline', () => {
  it.each(shipped.map((s) => [s.world, s.steps] as const))(
    'give what a scan up to the cursor gives, at every step of %s',
    (_world, timeline) => {
      const messages = [
        ...new Set(timeline.flatMap((s) => (s.messageId === undefined ? [] : [s.messageId]))),
      ];
      for (let cursor = -1; cursor <= timeline.length; cursor++) {
        expect(mapState(timeline, cursor)).toEqual(mapStateByScan(timeline, cursor));
        expect(transcriptGroups(timeline, cursor)).toEqual(
          transcriptGroupsByScan(timeline, cursor),
        );
        expect(sessionAt(timeline, cursor)).toEqual(sessionAtByScan(timeline, cursor));
        expect(messageAt(timeline, cursor)).toEqual(messageAtByScan(timeline, cursor));
        for (const id of messages)
          expect(messageAt(timeline, cursor, id)).toEqual(messageAtByScan(timeline, cursor, id));
        expect(logLinesAt(timeline, cursor)).toEqual(logLinesAtByScan(timeline, cursor));
        expect(nextEventAfterWait(timeline, cursor)).toEqual(
          nextEventAfterWaitByScan(timeline, cursor),
        );
        for (const host of clients(timeline)) {
          expect(senderScreen(timeline, cursor, host)).toEqual(
            senderScreenByScan(timeline, cursor, host),
          );
          expect(deviceInbox(timeline, cursor, host)).toEqual(
            deviceInboxByScan(timeline, cursor, host),
          );
        }
      }
    },
  );

  it('keeps one map state object while the map does not change, so a view can skip the step', () => {
    const timeline = shipped.find((s) => s.world === 'classroom')!.steps;
    const changes = timeline.filter(
      (_, seq) => mapState(timeline, seq) !== mapState(timeline, seq - 1),
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThan(timeline.length / 2);
  });

  it('rebuilds an index when the same array grows, as a sandbox timeline does', () => {
    const count = perTimeline((timeline: Timeline) => timeline.length);
    const growing: Step[] = timelineOf([connect('c1', 'a', 'b', 25)]);
    expect(count(growing)).toBe(1);
    growing.push(
      ...timelineOf([connect('c1', 'a', 'b', 25), connect('c2', 'a', 'b', 25)]).slice(1),
    );
    expect(count(growing)).toBe(growing.length);
  });
});

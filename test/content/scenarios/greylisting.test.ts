import { expect, it } from 'vitest';
import { greylistingScenario } from '../../../src/content/scenarios/greylisting';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { runWorld } from '../../../src/world/run-world';
import { patchedWorld } from '../../../src/world/scenario-check';
import { matchAll } from '../../../src/world/timeline/query';

it('greylisting, repaired: the first try gets 450 Greylisted, the retry after the delay is accepted', () => {
  const timeline = runWorld(
    patchedWorld(classroomWorld, greylistingScenario.broken, greylistingScenario.repair.patch),
  );
  const rcptReplies = matchAll(timeline, {
    kind: 'reply',
    from: 'mx-ecole',
    to: 'smtp-lycee',
    after: { command: 'RCPT' },
  });
  expect(rcptReplies.map((step) => step.text.slice(0, 28))).toEqual([
    '450 4.7.1 <bob@ecole.example',
    '250 2.1.5 Ok',
  ]);
  const [first, retry] = rcptReplies;
  // postgrey --delay=300: the retry is accepted only once the delay is over.
  expect((retry?.time ?? 0) - (first?.time ?? 0)).toBeGreaterThanOrEqual(300_000);
});

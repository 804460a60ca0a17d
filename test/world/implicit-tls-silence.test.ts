import { expect, it } from 'vitest';
import { classroomWorld } from '../../src/content/worlds/classroom';
import { runWorld } from '../../src/world/run-world';
import { patchedWorld } from '../../src/world/scenario-check';

it('a plain SMTP client on the implicit-TLS port 465 gives up after its greeting timeout', () => {
  const timeline = runWorld(
    patchedWorld(classroomWorld, [
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 },
    ]),
  );
  const submission = timeline.filter((step) => step.port === 465);
  expect(
    submission.map((step) => [step.kind, step.from, step.text, step.closeReason ?? null]),
  ).toEqual([
    ['connect', 'alice-laptop', 'connect to smtp.lycee.example[192.0.2.10]:465', null],
    ['close', 'alice-laptop', 'client closes the connection', 'timeout'],
  ]);
  const [connect, close] = submission;
  // Postfix-like smtp_helo_timeout: 300 s of silence before the client gives up.
  expect((close?.time ?? 0) - (connect?.time ?? 0)).toBeGreaterThanOrEqual(300_000);
});

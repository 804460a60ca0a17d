import { classroomWorld } from '../../src/content/worlds/classroom';
import type { WorldConfig, WorldConfigInput } from '../../src/world/config/schema';
import { validateWorld } from '../../src/world/config/validate';
import type { Step } from '../../src/world/timeline/step';

/** A shipped world, validated, with an optional change made to a copy of it first. */
export function world(
  input: WorldConfigInput = classroomWorld,
  patch: (world: WorldConfig) => void = () => undefined,
): WorldConfig {
  const result = validateWorld(structuredClone(input));
  if (!result.ok) throw new Error(`invalid world: ${JSON.stringify(result.errors)}`);
  patch(result.world);
  return result.world;
}

/** The steps of one connection, as `C:` / `S:` lines and markers, for transcript comparisons. */
export function transcript(steps: readonly Step[], conn: string): string[] {
  return steps
    .filter((step) => step.conn === conn)
    .map((step) => {
      if (step.kind === 'command') return `C: ${step.text}`;
      if (step.kind === 'reply') return `S: ${step.text.split('\n')[0]}`;
      if (step.kind === 'data') return 'C: <message>';
      return `-- ${step.kind}${step.closeReason ? ` ${step.closeReason}` : ''}`;
    });
}

/** The connection that went to `host:port` (the first one, or the n-th). */
export function connectionTo(steps: readonly Step[], host: string, port: number, nth = 0): string {
  const connects = steps.filter(
    (step) => step.kind === 'connect' && step.to === host && step.text.endsWith(`:${port}`),
  );
  const conn = connects[nth]?.conn;
  if (conn == null) throw new Error(`no connection to ${host}:${port}`);
  return conn;
}

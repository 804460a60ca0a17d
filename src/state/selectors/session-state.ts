import type { Step, Timeline } from '../../world/timeline/step';

/** The actor id under which the world records a connection's server session. */
export const serverActor = (conn: string) => `${conn}:server`;

const SESSION_PROTOCOLS = new Set(['smtp', 'lmtp']);

/**
 * The SMTP (or LMTP) session to draw at the cursor: the current step's connection when it speaks
 * SMTP or LMTP, else the last one seen. Its state is the server's, read from `step.states`,
 * where the world records each connection's server session as `<conn>:server`.
 */
export function smtpSessionAt(
  timeline: Timeline,
  cursor: number,
): { conn: string; protocol: string; state: string | null } | null {
  const steps = timeline.slice(0, cursor + 1);
  const current = steps.at(-1);
  let chosen: Step | undefined;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as Step;
    if (step.conn !== null && SESSION_PROTOCOLS.has(step.protocol ?? '')) {
      chosen = step;
      break;
    }
  }
  if (current !== undefined && current.conn !== null && current.conn === chosen?.conn)
    chosen = current;
  if (chosen === undefined || chosen.conn === null || current === undefined) return null;
  const protocol =
    timeline.find((s) => s.conn === chosen.conn && SESSION_PROTOCOLS.has(s.protocol ?? ''))
      ?.protocol ?? 'smtp';
  return { conn: chosen.conn, protocol, state: current.states[serverActor(chosen.conn)] ?? null };
}

import type { Timeline } from '../../world/timeline/step';
import { perTimeline } from './per-timeline';

/** The actor ids under which the world records a connection's two sessions. */
export const serverActor = (conn: string) => `${conn}:server`;
export const clientActor = (conn: string) => `${conn}:client`;

/** The protocols whose sessions are machines with states to draw. */
export const SESSION_PROTOCOLS = new Set(['smtp', 'lmtp', 'pop3', 'imap']);

export interface SessionAt {
  conn: string;
  protocol: string;
  /** The server's and the client's state after the cursor's step (null before they exist). */
  server: string | null;
  client: string | null;
}

/**
 * For every step, the connection whose session the charts draw: the step's own connection when
 * it carries a protocol session (somewhere in the run; its connect step is TCP), else the last
 * such connection before it. Computed once per timeline.
 */
const sessionConns = perTimeline(
  (timeline: Timeline): ({ conn: string; protocol: string } | null)[] => {
    const protocols = new Map<string, string>();
    for (const step of timeline)
      if (
        step.conn !== null &&
        !protocols.has(step.conn) &&
        SESSION_PROTOCOLS.has(step.protocol ?? '')
      )
        protocols.set(step.conn, step.protocol as string);
    const sessions: ({ conn: string; protocol: string } | null)[] = [];
    for (const step of timeline) {
      const last = sessions.at(-1) ?? null;
      const protocol = step.conn === null ? undefined : protocols.get(step.conn);
      sessions.push(
        step.conn !== null && protocol !== undefined && last?.conn !== step.conn
          ? { conn: step.conn, protocol }
          : last,
      );
    }
    return sessions;
  },
);

/**
 * The session to draw at the cursor: the current step's connection when it carries a protocol
 * session, else the last such connection seen. States are read from the current step's
 * `states`, where the world records each connection as `<conn>:server` and `<conn>:client`.
 */
export function sessionAt(timeline: Timeline, cursor: number): SessionAt | null {
  const current = timeline[cursor];
  if (current === undefined) return null;
  const session = sessionConns(timeline)[cursor] ?? null;
  if (session === null) return null;
  const { conn, protocol } = session;
  // A top-level state is what the chart draws (`authorization`, not `authorization.ready`).
  const top = (value: string | undefined) =>
    value === undefined ? null : (value.split('.')[0] ?? null);
  return {
    conn,
    protocol,
    server: top(current.states[serverActor(conn)]),
    client: top(current.states[clientActor(conn)]),
  };
}

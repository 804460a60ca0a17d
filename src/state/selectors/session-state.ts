import type { Timeline } from '../../world/timeline/step';

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

/** A connection's protocol: that of its first step that speaks one (its connect step is TCP). */
function protocolOf(timeline: Timeline, conn: string): string | null {
  return (
    timeline.find((s) => s.conn === conn && SESSION_PROTOCOLS.has(s.protocol ?? ''))?.protocol ??
    null
  );
}

/**
 * The session to draw at the cursor: the current step's connection when it carries a protocol
 * session, else the last such connection seen. States are read from the current step's
 * `states`, where the world records each connection as `<conn>:server` and `<conn>:client`.
 */
export function sessionAt(timeline: Timeline, cursor: number): SessionAt | null {
  const current = timeline[cursor];
  if (current === undefined) return null;
  let conn: string | null = null;
  let protocol: string | null = null;
  for (let i = cursor; i >= 0 && protocol === null; i--) {
    const candidate = timeline[i]?.conn ?? null;
    if (candidate === null) continue;
    conn = candidate;
    protocol = protocolOf(timeline, candidate);
  }
  if (conn === null || protocol === null) return null;
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

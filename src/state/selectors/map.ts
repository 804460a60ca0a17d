import type { CloseReason, Step, Timeline } from '../../world/timeline/step';
import type { HostView } from '../world-view';
import { atCursor, perTimeline } from './per-timeline';

export interface MapLink {
  /** `from→to`, the client side first. */
  id: string;
  from: string;
  to: string;
  kind: 'connection' | 'dns';
  /** TLS was set up on one of its connections. */
  tls: boolean;
  /** The last connection on it never opened (refused, timed out, unreachable). */
  failed: CloseReason | null;
}

export interface MapState {
  links: readonly MapLink[];
  /** Hosts whose queue holds a message, and hosts that delivered one into a mailbox. */
  queued: readonly string[];
  delivered: readonly string[];
}

const FAILED_TO_OPEN = new Set<CloseReason>(['refused', 'timeout', 'unreachable']);

const EMPTY: MapState = { links: [], queued: [], delivered: [] };

function sameMembers(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((id) => a.has(id));
}

/**
 * The map after every step, folded once per timeline. A state object is shared by the steps
 * that change nothing on the map, so a view can skip them by identity.
 */
const mapStates = perTimeline((timeline: Timeline): MapState[] => {
  const states: MapState[] = [];
  let state = EMPTY;
  const links = new Map<string, MapLink>();
  const ends = new Map<string, { from: string; to: string }>();
  const replied = new Set<string>();
  const queued = new Set<string>();
  const delivered = new Set<string>();
  for (const step of timeline) {
    let linksChanged = false;
    if (step.kind === 'connect' && step.conn !== null)
      ends.set(step.conn, { from: step.from, to: step.to });
    const end = step.conn === null ? undefined : ends.get(step.conn);
    const pair =
      end ??
      (step.kind === 'dns-answer'
        ? { from: step.to, to: step.from }
        : { from: step.from, to: step.to });
    if (pair.from !== pair.to) {
      const id = `${pair.from}→${pair.to}`;
      const old = links.get(id);
      const link: MapLink =
        old === undefined
          ? {
              id,
              ...pair,
              kind: step.protocol === 'dns' ? 'dns' : 'connection',
              tls: false,
              failed: null,
            }
          : { ...old };
      if (step.kind === 'connect') link.failed = null;
      if (step.kind === 'tls') link.tls = true;
      if (step.kind === 'reply' && step.conn !== null) replied.add(step.conn);
      if (
        step.kind === 'close' &&
        step.closeReason !== undefined &&
        FAILED_TO_OPEN.has(step.closeReason) &&
        step.conn !== null &&
        !replied.has(step.conn)
      )
        link.failed = step.closeReason;
      if (old === undefined || old.tls !== link.tls || old.failed !== link.failed) {
        links.set(id, link);
        linksChanged = true;
      }
    }
    // The queue manager's log says what happened: a message entered, was sent, or was removed.
    if (step.kind === 'queue') {
      const event = step.explain[0] ?? '';
      if (event === 'queue.removed' || event.startsWith('queue.status.sent'))
        queued.delete(step.from);
      else queued.add(step.from);
    }
    if (step.kind === 'connect') queued.delete(step.from);
    if (step.kind === 'deliver') delivered.add(step.from);
    const queuedChanged = !sameMembers(queued, state.queued);
    const deliveredChanged = !sameMembers(delivered, state.delivered);
    if (linksChanged || queuedChanged || deliveredChanged)
      state = {
        links: linksChanged ? [...links.values()] : state.links,
        queued: queuedChanged ? [...queued] : state.queued,
        delivered: deliveredChanged ? [...delivered] : state.delivered,
      };
    states.push(state);
  }
  return states;
});

/** The links used up to the cursor, with what happened on them. */
export function mapState(timeline: Timeline, cursor: number): MapState {
  return atCursor(mapStates(timeline), cursor, EMPTY);
}

/** Grid places on the map: the mail's journey runs left to right, by each host's role. */
export function mapLayout(
  hosts: readonly HostView[],
  sender: string | null,
): Map<string, { column: number; row: number }> {
  const column = (host: HostView): number => {
    switch (host.role) {
      case 'provider':
      case 'resolver':
        return 1;
      case 'mx':
      case 'outsider':
        return 2;
      case 'mailstore':
        return 3;
      default:
        return host.id === sender ? 0 : 4;
    }
  };
  const rows = new Map<number, number>();
  const places = new Map<string, { column: number; row: number }>();
  for (const host of hosts) {
    const c = column(host);
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    places.set(host.id, { column: c, row });
  }
  return places;
}

/** The current step's bubble: from where to where it travels (null for a step inside a host). */
export function travelOf(step: Step): { from: string; to: string } | null {
  return step.from === step.to ? null : { from: step.from, to: step.to };
}

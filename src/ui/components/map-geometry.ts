/** The network map's drawing: where hosts' boxes sit and where the links between them run. */

export const NODE_W = 180;
export const NODE_H = 84;
export const COL_W = 232;
export const ROW_H = 100;
export const PAD = 12;
/** Room above the hosts where the current step's bubble travels. */
export const BAND = 34;

export type Place = { column: number; row: number };
export type Point = { x: number; y: number };
type Places = ReadonlyMap<string, Place>;

/** Where a host's box is drawn, and its centre, on the map's grid. */
export function corner(places: Places, id: string): Point {
  const place = places.get(id) ?? { column: 0, row: 0 };
  return { x: PAD + place.column * COL_W, y: BAND + PAD + place.row * ROW_H };
}
export function centre(places: Places, id: string): Point {
  const { x, y } = corner(places, id);
  return { x: x + NODE_W / 2, y: y + NODE_H / 2 };
}

/** Whether the segment from a to b passes through the host's box (Liang–Barsky clipping). */
export function crossesBox(a: Point, b: Point, box: Point): boolean {
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-(b.x - a.x), a.x - box.x],
    [b.x - a.x, box.x + NODE_W - a.x],
    [-(b.y - a.y), a.y - box.y],
    [b.y - a.y, box.y + NODE_H - a.y],
  ];
  for (const [towards, room] of sides) {
    if (towards === 0) {
      if (room < 0) return false;
      continue;
    }
    const at = room / towards;
    if (towards < 0) enter = Math.max(enter, at);
    else leave = Math.min(leave, at);
    if (enter > leave) return false;
  }
  return true;
}

export interface LinkRoute {
  /** The SVG path, from the client's centre to the server's, under both their boxes. */
  d: string;
  /** Where the link's padlock goes. */
  mid: Point;
  /**
   * The lane where a failure's words go, wider than the gap between two hosts (beside the link
   * they would cover the hosts' own words): below the upper host, or the way round's longest run.
   */
  lane: number;
  /** It goes round other hosts' boxes. */
  routed: boolean;
}

/** The middle of the lane below a row of hosts, between it and the next. */
function laneBelow(row: number): number {
  return BAND + PAD + row * ROW_H + NODE_H + (ROW_H - NODE_H) / 2;
}

/** The middle of the gap between a column of hosts and the one before it. */
function gapBefore(column: number): number {
  return PAD + column * COL_W - (COL_W - NODE_W) / 2;
}

/** What a turn costs a way, in the drawing's units of length. */
const TURN = 40;

function lengthOf(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1] as Point, points[i] as Point];
    length += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
  }
  return length;
}

/**
 * A link runs straight between its two hosts, unless that line would pass behind a third
 * host's box: read on the projector, it would seem to be links to that host. Such a link goes
 * round through the free space between the boxes: from each host to a lane between two rows,
 * along the lanes, and from one lane to another through a gap between two columns. The
 * shortest clear way with the fewest turns is taken. There is always one: a host reaches the
 * lane below it through its own box only, and lanes and gaps hold no box.
 */
function findRoute(places: Places, from: string, to: string): LinkRoute {
  const a = centre(places, from);
  const b = centre(places, to);
  const others = [...places.keys()]
    .filter((id) => id !== from && id !== to)
    .map((id) => corner(places, id));
  const clear = (points: readonly Point[]) =>
    points.every(
      (point, i) =>
        i === 0 || !others.some((box) => crossesBox(points[i - 1] as Point, point, box)),
    );
  const rowA = places.get(from)?.row ?? 0;
  const rowB = places.get(to)?.row ?? 0;
  const straight: LinkRoute = {
    d: `M${a.x} ${a.y} L${b.x} ${b.y}`,
    mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    lane: laneBelow(Math.min(rowA, rowB)),
    routed: false,
  };
  if (clear([a, b])) return straight;

  // Every lane below a row (above the first is the bubble's band), every gap between columns.
  const all = [...places.values()];
  const lanes = Array.from({ length: Math.max(...all.map((p) => p.row)) + 1 }, (_, row) =>
    laneBelow(row),
  );
  const gaps = Array.from({ length: Math.max(...all.map((p) => p.column)) }, (_, i) =>
    gapBefore(i + 1),
  );
  // A turn costs a little length: of two ways as long, the simpler one.
  const cost = (way: readonly Point[]) => lengthOf(way) + TURN * (way.length - 2);
  let best: Point[] | null = null;
  for (const laneA of lanes)
    for (const laneB of lanes) {
      const ways =
        laneA === laneB
          ? [[a, { x: a.x, y: laneA }, { x: b.x, y: laneA }, b]]
          : gaps.map((x) => [
              a,
              { x: a.x, y: laneA },
              { x, y: laneA },
              { x, y: laneB },
              { x: b.x, y: laneB },
              b,
            ]);
      for (const way of ways)
        if ((best === null || cost(way) < cost(best)) && clear(way)) best = way;
    }
  // Never null (see above); the type cannot know it.
  if (best === null) return straight;

  // A padlock or a failure goes on the way's longest run along a lane; of two as long, the one
  // nearer the server.
  let run = { from: best[1] as Point, to: best[2] as Point };
  for (let i = 2; i < best.length; i++) {
    const [p, q] = [best[i - 1] as Point, best[i] as Point];
    if (p.y === q.y && Math.abs(q.x - p.x) >= Math.abs(run.to.x - run.from.x))
      run = { from: p, to: q };
  }
  const [start, ...rest] = best;
  return {
    d: `M${start?.x} ${start?.y} ${rest.map((p, i) => (p.x === best[i]?.x ? `V${p.y}` : `H${p.x}`)).join(' ')}`,
    mid: { x: (run.from.x + run.to.x) / 2, y: run.from.y },
    lane: run.from.y,
    routed: true,
  };
}

const routes = new WeakMap<Places, Map<string, LinkRoute>>();

/** How a link is drawn, found once per map layout: the wires and the labels share it. */
export function linkRoute(places: Places, from: string, to: string): LinkRoute {
  let known = routes.get(places);
  if (known === undefined) routes.set(places, (known = new Map()));
  const id = `${from}→${to}`;
  let route = known.get(id);
  if (route === undefined) known.set(id, (route = findRoute(places, from, to)));
  return route;
}

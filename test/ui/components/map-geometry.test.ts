import { describe, expect, it } from 'vitest';
import {
  corner,
  crossesBox,
  linkRoute,
  NODE_H,
  NODE_W,
  type Place,
  type Point,
} from '../../../src/ui/components/map-geometry';

/** The classroom's map with Bob's backup MX below the outsider, and Alice's phone (lesson-ports). */
const places = new Map<string, Place>([
  ['laptop.lycee', { column: 0, row: 0 }],
  ['smtp.lycee', { column: 1, row: 0 }],
  ['resolver', { column: 1, row: 1 }],
  ['mx', { column: 2, row: 0 }],
  ['pirate', { column: 2, row: 1 }],
  ['mx2', { column: 2, row: 2 }],
  ['mail.ecole', { column: 3, row: 0 }],
  ['laptop.ecole', { column: 4, row: 0 }],
  ['phone.ecole', { column: 4, row: 1 }],
  ['phone.lycee', { column: 4, row: 2 }],
]);

/** The legs of a route's path: its points, from `M x y` then `L`, `V` and `H` moves. */
function legsOf(d: string): Point[] {
  const points: Point[] = [];
  for (const [, command, rest] of d.matchAll(/([MLVH])([^MLVH]+)/g)) {
    const numbers = (rest as string).trim().split(/\s+/).map(Number);
    const last = points.at(-1) ?? { x: 0, y: 0 };
    if (command === 'V') points.push({ x: last.x, y: numbers[0] as number });
    else if (command === 'H') points.push({ x: numbers[0] as number, y: last.y });
    else points.push({ x: numbers[0] as number, y: numbers[1] as number });
  }
  return points;
}

/** The hosts whose box a route passes behind, its own two ends left out. */
function hidden(from: string, to: string): string[] {
  const legs = legsOf(linkRoute(places, from, to).d);
  return [...places.keys()].filter(
    (id) =>
      id !== from &&
      id !== to &&
      legs.some((point, i) => i > 0 && crossesBox(legs[i - 1] as Point, point, corner(places, id))),
  );
}

describe('the map’s links', () => {
  it('tells a line through a box from one beside it', () => {
    const box = { x: 0, y: 0 };
    expect(crossesBox({ x: -10, y: NODE_H / 2 }, { x: NODE_W + 10, y: NODE_H / 2 }, box)).toBe(
      true,
    );
    expect(crossesBox({ x: -10, y: NODE_H + 5 }, { x: NODE_W + 10, y: NODE_H + 5 }, box)).toBe(
      false,
    );
    expect(crossesBox({ x: -50, y: -50 }, { x: -10, y: NODE_H + 50 }, box)).toBe(false);
  });

  it('run straight between neighbours', () => {
    for (const [from, to] of [
      ['smtp.lycee', 'mx'],
      ['smtp.lycee', 'resolver'],
      ['laptop.lycee', 'resolver'],
      ['mx', 'resolver'],
    ] as const) {
      const route = linkRoute(places, from, to);
      expect(route.routed).toBe(false);
      expect(legsOf(route.d)).toHaveLength(2);
    }
  });

  it('go round by the lane between the rows rather than behind another host', () => {
    // Bob's laptop asks the resolver: straight, the line would cross mx, mail.ecole and the outsider.
    const route = linkRoute(places, 'laptop.ecole', 'resolver');
    expect(route.routed).toBe(true);
    expect(hidden('laptop.ecole', 'resolver')).toEqual([]);
    // Its lane lies between the boxes of the first row and of the second.
    const row0Bottom = corner(places, 'mx').y + NODE_H;
    expect(route.mid.y).toBeGreaterThan(row0Bottom);
    expect(route.mid.y).toBeLessThan(corner(places, 'pirate').y);
  });

  it('take the first clear lane when the hosts are rows apart', () => {
    // Under mail.ecole's column the second row is free, under mx2's the outsider is in the way.
    const route = linkRoute(places, 'mail.ecole', 'mx2');
    expect(route.routed).toBe(true);
    expect(hidden('mail.ecole', 'mx2')).toEqual([]);
    expect(route.mid.y).toBeGreaterThan(corner(places, 'pirate').y + NODE_H);
  });

  it('cross from one lane to another through a gap between columns', () => {
    // Alice's phone, under Bob's devices, sends to her provider: no single lane reaches both.
    const route = linkRoute(places, 'phone.lycee', 'smtp.lycee');
    expect(route.routed).toBe(true);
    expect(hidden('phone.lycee', 'smtp.lycee')).toEqual([]);
    expect(legsOf(route.d)).toHaveLength(6);
  });

  it('link any two hosts of a crowded map without passing behind a third', () => {
    const ids = [...places.keys()];
    for (const from of ids)
      for (const to of ids) if (from !== to) expect(hidden(from, to), `${from}→${to}`).toEqual([]);
  });

  it('put a failure’s words in the lane below the upper host, clear of the boxes', () => {
    const { lane } = linkRoute(places, 'smtp.lycee', 'mx');
    expect(lane).toBeGreaterThan(corner(places, 'mx').y + NODE_H);
    expect(lane).toBeLessThan(corner(places, 'pirate').y);
  });
});

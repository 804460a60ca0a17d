import * as ed from '@noble/ed25519';

/**
 * Fixed-base scalar multiplication on edwards25519 (RFC 8032 §5.1) with tables of a point's
 * multiples, for the few points a world meets again and again: the base point B and the DKIM
 * public keys. Points are taken from and checked against @noble/ed25519; only the additions of
 * a multiplication run here, with cheaper formulas than its general-purpose `add`:
 * - table entries are affine and stored as (y+x, y−x, 2d·x·y), so an addition costs seven
 *   field multiplications instead of nine ("madd-2008-hwcd-3", Hisil–Wong–Carter–Dawson 2008,
 *   complete on this curve since a = −1 is a square and d is not);
 * - a product is reduced by folding, as 2^255 ≡ 19 (mod p), not by a BigInt division, and stays
 *   a little above p until the point is encoded.
 */

const { p: P, d: D } = ed.Point.CURVE();
const MASK = (1n << 255n) - 1n;
const D2 = (2n * D) % P;

/** Two folds bring any product of two operands below 2^257 to below 2^256 (congruent mod p). */
function mul(a: bigint, b: bigint): bigint {
  let x = a * b;
  x = (x & MASK) + 19n * (x >> 255n);
  return (x & MASK) + 19n * (x >> 255n);
}

function reduce(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

/** An entry of a table: the affine point as (y+x, y−x, 2d·x·y). */
interface Cached {
  yPlusX: bigint;
  yMinusX: bigint;
  xy2d: bigint;
}

/** A point in extended coordinates (x = X/Z, y = Y/Z, x·y = T/Z), operands of `addCached`. */
interface Extended {
  X: bigint;
  Y: bigint;
  Z: bigint;
  T: bigint;
}

/** P + Q, or P − Q when `negate` (−(x, y) = (−x, y): y+x and y−x swap, x·y changes sign). */
function addCached(p: Extended, q: Cached, negate: boolean): Extended {
  const a = mul(p.Y - p.X, negate ? q.yPlusX : q.yMinusX);
  const b = mul(p.Y + p.X, negate ? q.yMinusX : q.yPlusX);
  const c = mul(p.T, negate ? -q.xy2d : q.xy2d);
  const d = p.Z + p.Z;
  const e = b - a;
  const f = d - c;
  const g = d + c;
  const h = b + a;
  return { X: mul(e, f), Y: mul(g, h), Z: mul(f, g), T: mul(e, h) };
}

/** Signed 6-bit digits: ±1..32 times 64^w of the point for each of 44 windows (k < 2^264). */
const WINDOW_BITS = 6n;
const WINDOW_SIZE = 64;
const WINDOW_MASK = 63n;
const HALF_WINDOW = 32;
const WINDOWS = 44;

export type MultiplesTable = readonly Cached[];

/**
 * The table of `point`: 1,408 multiples made with @noble/ed25519, turned affine with one
 * inversion for all of them (Montgomery's trick).
 */
export function multiplesTable(point: ed.Point): MultiplesTable {
  const points: ed.Point[] = [];
  let base = point;
  for (let w = 0; w < WINDOWS; w += 1) {
    let multiple = base;
    points.push(multiple);
    for (let j = 2; j <= HALF_WINDOW; j += 1) {
      multiple = multiple.add(base);
      points.push(multiple);
    }
    // 64·base = 2·(32·base), the last multiple pushed.
    base = multiple.double();
  }
  const inverses = invertAll(points.map((entry) => entry.Z));
  return points.map((entry, index) => {
    const zInverse = inverses[index] as bigint;
    const x = reduce(entry.X * zInverse);
    const y = reduce(entry.Y * zInverse);
    return { yPlusX: reduce(y + x), yMinusX: reduce(y - x), xy2d: reduce(x * y * D2) };
  });
}

/** Every value's inverse mod p with a single inversion; no value is 0 (Z never is). */
function invertAll(values: readonly bigint[]): bigint[] {
  const prefix: bigint[] = [];
  let product = 1n;
  for (const value of values) {
    prefix.push(product);
    product = reduce(product * value);
  }
  let inverse = ed.etc.invert(product, P);
  const inverses = new Array<bigint>(values.length);
  for (let i = values.length - 1; i >= 0; i -= 1) {
    inverses[i] = reduce(inverse * (prefix[i] as bigint));
    inverse = reduce(inverse * (values[i] as bigint));
  }
  return inverses;
}

const IDENTITY: Extended = { X: 0n, Y: 1n, Z: 1n, T: 0n };

/** Adds k·point to `sum` (k ≥ 0), one table entry per non-zero signed digit of k, no doubling. */
function addMultiple(sum: Extended, table: MultiplesTable, k: bigint, negate: boolean): Extended {
  let result = sum;
  for (let w = 0; w < WINDOWS && k > 0n; w += 1) {
    let digit = Number(k & WINDOW_MASK);
    k >>= WINDOW_BITS;
    if (digit > HALF_WINDOW) {
      digit -= WINDOW_SIZE;
      k += 1n;
    }
    if (digit === 0) continue;
    const entry = table[w * HALF_WINDOW + Math.abs(digit) - 1] as Cached;
    result = addCached(result, entry, digit < 0 !== negate);
  }
  return result;
}

/** The RFC 8032 §5.1.2 encoding of a·P1 − b·P2 (b may be 0n for a single product). */
export function encodeCombination(
  tableA: MultiplesTable,
  a: bigint,
  tableB: MultiplesTable,
  b: bigint,
): Uint8Array {
  const sum = addMultiple(addMultiple(IDENTITY, tableA, a, false), tableB, b, true);
  const zInverse = ed.etc.invert(reduce(sum.Z), P);
  const x = reduce(sum.X * zInverse);
  const y = reduce(sum.Y * zInverse);
  const out = bytes32LE(y);
  // The sign of x in the last octet's high bit (RFC 8032 §5.1.2).
  if (x & 1n) out[31] = (out[31] as number) | 0x80;
  return out;
}

/** A number below 2^256 as 32 little-endian octets (points and scalars, RFC 8032 §5.1.2). */
export function bytes32LE(n: bigint): Uint8Array {
  const hex = n.toString(16).padStart(64, '0');
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) out[i] = parseInt(hex.slice(62 - 2 * i, 64 - 2 * i), 16);
  return out;
}

let baseTable: MultiplesTable | undefined;

/** B's table, built on first use. */
export function baseMultiples(): MultiplesTable {
  baseTable ??= multiplesTable(ed.Point.BASE);
  return baseTable;
}

import * as ed from '@noble/ed25519';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseMultiples,
  encodeCombination,
  multiplesTable,
} from '../../../src/protocols/dkim/ed25519-tables';
import '../../../src/protocols/dkim/keys';

const { n: N } = ed.Point.CURVE();
const scalar = fc.bigInt({ min: 0n, max: N - 1n });

/** @noble/ed25519's a·P − b·Q, encoded. */
function nobleCombination(P: ed.Point, a: bigint, Q: ed.Point, b: bigint): Uint8Array {
  const aP = a === 0n ? ed.Point.ZERO : P.multiply(a, false);
  const bQ = b === 0n ? ed.Point.ZERO : Q.multiply(b, false);
  return aP.subtract(bQ).toBytes();
}

describe('fixed-base multiplication from tables of multiples', () => {
  const key = ed.Point.fromBytes(ed.getPublicKey(new Uint8Array(32).fill(5)));
  const keyTable = multiplesTable(key);

  it('encodes a·B − b·A as @noble/ed25519 does', () => {
    fc.assert(
      fc.property(scalar, scalar, (a, b) => {
        expect(encodeCombination(baseMultiples(), a, keyTable, b)).toEqual(
          nobleCombination(ed.Point.BASE, a, key, b),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('handles the edge scalars 0, 1, 32, 33 and n − 1 (digit carries and the identity)', () => {
    for (const a of [0n, 1n, 32n, 33n, 2n ** 252n, N - 1n])
      for (const b of [0n, 1n, 63n, N - 1n])
        expect(encodeCombination(baseMultiples(), a, keyTable, b)).toEqual(
          nobleCombination(ed.Point.BASE, a, key, b),
        );
  });
});

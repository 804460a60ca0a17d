import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ed25519Sign, ed25519Verify } from '../../../src/protocols/dkim/ed25519';
import '../../../src/protocols/dkim/keys';

const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });

/** @noble/ed25519's own verdict, with its exceptions (wrong lengths) read as a failure. */
function nobleVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

describe('Ed25519 on @noble/ed25519 points, with per-key tables', () => {
  it('signs exactly as ed.sign does (RFC 8032 signatures are deterministic)', () => {
    fc.assert(
      fc.property(bytes(32), fc.uint8Array({ maxLength: 200 }), (secretKey, message) => {
        expect(ed25519Sign(message, secretKey)).toEqual(ed.sign(message, secretKey));
      }),
      { numRuns: 40 },
    );
  });

  it('accepts a signature that ed.verify accepts, and rejects it once one bit changes', () => {
    fc.assert(
      fc.property(
        bytes(32),
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.nat(),
        (secretKey, message, bit) => {
          const publicKey = ed.getPublicKey(secretKey);
          const signature = ed.sign(message, secretKey);
          expect(ed25519Verify(signature, message, publicKey)).toBe(true);
          const flipped = signature.slice();
          const index = bit % (flipped.length * 8);
          flipped[index >> 3] = (flipped[index >> 3] as number) ^ (1 << (index & 7));
          expect(ed25519Verify(flipped, message, publicKey)).toBe(
            nobleVerify(flipped, message, publicKey),
          );
          const changed = message.slice();
          changed[0] = (changed[0] as number) ^ 1;
          expect(ed25519Verify(signature, changed, publicKey)).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives ed.verify’s verdict on arbitrary signatures and keys, without throwing', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 60, maxLength: 68 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ minLength: 31, maxLength: 33 }),
        (signature, message, publicKey) => {
          expect(ed25519Verify(signature, message, publicKey)).toBe(
            nobleVerify(signature, message, publicKey),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects an S at or above the group order, as ed.verify does', () => {
    const secretKey = new Uint8Array(32).fill(3);
    const message = new Uint8Array([1, 2, 3]);
    const publicKey = ed.getPublicKey(secretKey);
    const signature = ed.sign(message, secretKey);
    const high = signature.slice();
    high.fill(0xff, 32);
    expect(ed25519Verify(high, message, publicKey)).toBe(false);
    expect(nobleVerify(high, message, publicKey)).toBe(false);
  });

  it('accepts, as ed.verify does, a signature whose R carries a small-order part (ZIP-215)', () => {
    // R = [r]B + T with T of order 2: [8]R = [8][r]B, so the cofactored equation holds
    // although R is not [S]B − [k]A itself.
    const { p, n } = ed.Point.CURVE();
    const secretKey = new Uint8Array(32).fill(9);
    const { scalar, pointBytes: publicKey } = ed.utils.getExtendedPublicKey(secretKey);
    const message = new Uint8Array([4, 5, 6]);
    const r = 123456789n;
    const torsion = ed.Point.fromAffine({ x: 0n, y: p - 1n });
    const R = ed.Point.BASE.multiply(r).add(torsion).toBytes();
    const hashed = sha512(new Uint8Array([...R, ...publicKey, ...message]));
    const k =
      BigInt(
        '0x' +
          [...hashed]
            .reverse()
            .map((b) => b.toString(16).padStart(2, '0'))
            .join(''),
      ) % n;
    const S = (r + k * scalar) % n;
    const sBytes = Uint8Array.from({ length: 32 }, (_, i) => Number((S >> BigInt(8 * i)) & 0xffn));
    const signature = new Uint8Array([...R, ...sBytes]);
    expect(nobleVerify(signature, message, publicKey)).toBe(true);
    expect(ed25519Verify(signature, message, publicKey)).toBe(true);
    const other = new Uint8Array([4, 5, 7]);
    expect(ed25519Verify(signature, other, publicKey)).toBe(
      nobleVerify(signature, other, publicKey),
    );
  });

  it('reads the small-order identity key as ed.verify does (ZIP-215)', () => {
    const identity = ed.Point.ZERO.toBytes();
    const signature = new Uint8Array(64);
    signature.set(identity, 0);
    const message = new Uint8Array([7]);
    expect(ed25519Verify(signature, message, identity)).toBe(
      nobleVerify(signature, message, identity),
    );
  });
});

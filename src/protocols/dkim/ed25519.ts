import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
// Gives @noble/ed25519 its synchronous SHA-512 (getExtendedPublicKey needs it).
import './keys';
import {
  baseMultiples,
  bytes32LE,
  encodeCombination,
  multiplesTable,
  type MultiplesTable,
} from './ed25519-tables';

/**
 * Ed25519 signing and verification (RFC 8032 §5.1.6–5.1.7) giving the same bytes and the same
 * verdicts as @noble/ed25519's `sign` and `verify` (ZIP-215 rules).
 *
 * Why not call those directly: `sign` re-derives the public key (a second scalar
 * multiplication) on every message, and `verify` multiplies the key by the challenge with
 * plain double-and-add. A world signs and verifies with the same few keys on every run, so the
 * expanded secret key and a table of the public key's multiples are kept per key, and both
 * products are read from tables (ed25519-tables.ts).
 */

const { Point } = ed;
const N = Point.CURVE().n;

/** Keys met so far; a sandbox could invent many, so the caches stay small. */
const CACHE_LIMIT = 64;

interface ExpandedSecretKey {
  scalar: bigint;
  prefix: Uint8Array;
  publicKey: Uint8Array;
}

const publicKeys = new Map<string, MultiplesTable | null>();
const secretKeys = new Map<string, ExpandedSecretKey>();

function bytesKey(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A little-endian integer (one hex parse is cheaper than a BigInt shift per octet). */
function numberLE(bytes: Uint8Array): bigint {
  let hex = '0x';
  for (let i = bytes.length - 1; i >= 0; i -= 1) hex += HEX[bytes[i] as number] as string;
  return BigInt(hex);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** RFC 8032 §5.1.7: a hash read as a little-endian integer, reduced modulo L. */
function hashToScalar(...parts: Uint8Array[]): bigint {
  return numberLE(sha512(concat(...parts))) % N;
}

function expand(secretKey: Uint8Array): ExpandedSecretKey {
  const key = bytesKey(secretKey);
  const known = secretKeys.get(key);
  if (known !== undefined) return known;
  const { scalar, prefix, pointBytes } = ed.utils.getExtendedPublicKey(secretKey);
  return remember(secretKeys, key, { scalar, prefix, publicKey: pointBytes });
}

/** The key's table of multiples, or null when the 32 octets are no curve point. */
function publicKeyTable(publicKey: Uint8Array): MultiplesTable | null {
  const key = bytesKey(publicKey);
  const known = publicKeys.get(key);
  if (known !== undefined) return known;
  let point: ed.Point;
  try {
    point = Point.fromBytes(publicKey, true);
  } catch {
    return remember(publicKeys, key, null);
  }
  return remember(publicKeys, key, multiplesTable(point));
}

/** RFC 8032 §5.1.6: the 64-octet signature of `message`, as `ed.sign` makes it. */
export function ed25519Sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  const { scalar, prefix, publicKey } = expand(secretKey);
  const r = hashToScalar(prefix, message);
  const R = encodeCombination(baseMultiples(), r, baseMultiples(), 0n);
  const k = hashToScalar(R, publicKey, message);
  return concat(R, bytes32LE((r + k * scalar) % N));
}

/**
 * RFC 8032 §5.1.7 with ZIP-215's cofactored check ([8][S]B = [8]R + [8][k]A), as `ed.verify`
 * does by default. A malformed signature or key is a failed verification, never an exception.
 */
export function ed25519Verify(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  const table = publicKeyTable(publicKey);
  if (table === null) return false;
  const rBytes = signature.subarray(0, 32);
  const s = numberLE(signature.subarray(32, 64));
  if (s >= N) return false;
  const k = hashToScalar(rBytes, publicKey, message);
  // An honest signature has R = [S]B − [k]A exactly, and comparing encodings settles it. Only
  // when they differ does the full ZIP-215 check decide ([8]R = [8]([S]B − [k]A)), which
  // @noble/ed25519's own verify makes.
  if (equalBytes(encodeCombination(baseMultiples(), s, table, k), rBytes)) return true;
  try {
    return ed.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

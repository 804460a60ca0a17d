/**
 * A seeded pseudo-random source. protocols/ never calls Math.random(): the world hands a seed
 * down, so the same world gives the same queue IDs, Message-IDs and MX order every run.
 * The generator is mulberry32 (32-bit state, fast, good enough for a simulation).
 */

export type Seed = number | string;

/** A 32-bit number from a seed; a text seed is hashed (FNV-1a). */
export function seedToState(seed: Seed): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A function returning the next number in [0, 1) of the sequence the seed names. */
export function createRandom(seed: Seed): () => number {
  let state = seedToState(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, bound) from the sequence. */
export function randomBelow(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/** A shuffled copy (Fisher–Yates), the order fixed by the random sequence. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(random, i + 1);
    const swap = out[i] as T;
    out[i] = out[j] as T;
    out[j] = swap;
  }
  return out;
}

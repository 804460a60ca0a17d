import { createRandom, type Seed } from './seeded-random';

/**
 * A `Message-ID:` value (RFC 5322 §3.6.4): `<unique@domain>`, unique across the world.
 * The left part is drawn from the seed, so the same world always gives the same IDs.
 */
export function generateMessageId(seed: Seed, domain: string): string {
  const random = createRandom(seed);
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  return `<${hex(8)}-${hex(4)}-${hex(4)}@${domain}>`;
}

import { createRandom, randomBelow, type Seed } from './seeded-random';

/**
 * Postfix long queue IDs (`enable_long_queue_ids = yes`, `mail_queue.h`): the arrival
 * seconds in base 52 (6 characters), the microseconds in base 52 (4 characters), "z",
 * then the queue file's inode number in base 51. Vowels are left out of the alphabet so an
 * ID never spells a word; "z" is only the separator, never a base-51 digit.
 * Example: `4Wv9Ys6kQZz9`.
 */

const BASE52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz';
const BASE51 = BASE52.slice(0, -1);

function encode(value: number, alphabet: string, pad: number): string {
  let out = '';
  let rest = Math.floor(value);
  do {
    out = alphabet.charAt(rest % alphabet.length) + out;
    rest = Math.floor(rest / alphabet.length);
  } while (rest > 0);
  return out.padStart(pad, '0');
}

export interface QueueIdInput {
  /** The simulated clock when the message arrives (ms). */
  time: number;
  /** The world's seed for this message; it stands in for the sub-millisecond time and inode. */
  seed: Seed;
}

/** A Postfix-style long queue ID for a message arriving at `time`. */
export function postfixQueueId({ time, seed }: QueueIdInput): string {
  const random = createRandom(seed);
  const seconds = Math.floor(time / 1000);
  const microseconds = (time % 1000) * 1000 + randomBelow(random, 1000);
  const inode = 1 + randomBelow(random, 2_000_000);
  return (
    encode(seconds, BASE52, 6) + encode(microseconds, BASE52, 4) + 'z' + encode(inode, BASE51, 1)
  );
}

/**
 * A Dovecot LMTP transaction ID (`smtp_server_transaction` id): 22 characters of base64
 * from a GUID, drawn from the seed here.
 */
export function dovecotTransactionId(seed: Seed): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const random = createRandom(seed);
  return Array.from({ length: 22 }, () => alphabet.charAt(randomBelow(random, 64))).join('');
}

import { describe, expect, it } from 'vitest';
import { generateMessageId } from '../../../src/protocols/message/message-id';
import { dovecotTransactionId, postfixQueueId } from '../../../src/protocols/message/queue-id';

const T = Date.UTC(2024, 5, 3, 8, 15, 1);

describe('deterministic identifiers', () => {
  it('gives the same Message-ID for the same seed and another for another seed', () => {
    const id = generateMessageId(7, 'a.example');
    expect(id).toMatch(/^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}@a\.example>$/);
    expect(generateMessageId(7, 'a.example')).toBe(id);
    expect(generateMessageId(8, 'a.example')).not.toBe(id);
  });

  it('makes Postfix long queue IDs: 6 + 4 base-52 characters, "z", then base 51', () => {
    const id = postfixQueueId({ time: T, seed: 'msa-1' });
    expect(id).toMatch(
      /^[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]+$/,
    );
    // 1717402501 s = 4·52⁵ + 26·52⁴ + 46·52³ + 6·52² + 3·52 + 9 → "4Vt639" (worked by hand).
    expect(id.slice(0, 6)).toBe('4Vt639');
    expect(postfixQueueId({ time: T, seed: 'msa-1' })).toBe(id);
    expect(postfixQueueId({ time: T, seed: 'msa-2' })).not.toBe(id);
  });

  it('makes 22-character Dovecot transaction IDs from a seed', () => {
    const id = dovecotTransactionId(3);
    expect(id).toMatch(/^[A-Za-z0-9+/]{22}$/);
    expect(dovecotTransactionId(3)).toBe(id);
  });
});

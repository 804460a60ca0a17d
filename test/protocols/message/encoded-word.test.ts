import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeEncodedWords,
  encodeEncodedWords,
} from '../../../src/protocols/message/encoded-word';

describe('RFC 2047 encoded-words', () => {
  it('decodes the Q example of the annotated message', () => {
    expect(decodeEncodedWords('=?utf-8?q?R=C3=A9union_demain?=')).toBe('Réunion demain');
  });

  it('decodes the B form and other charsets', () => {
    expect(decodeEncodedWords('=?UTF-8?B?UsOpdW5pb24=?=')).toBe('Réunion');
    expect(decodeEncodedWords('=?iso-8859-1?q?caf=E9?=')).toBe('café');
  });

  it('drops the white space between two adjacent encoded-words only (§6.2)', () => {
    expect(decodeEncodedWords('=?utf-8?q?R=C3=A9?= =?utf-8?q?union?= demain')).toBe(
      'Réunion demain',
    );
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9?= ok')).toBe('Re: café ok');
  });

  it('leaves plain ASCII alone when encoding', () => {
    expect(encodeEncodedWords('Hello Bob')).toBe('Hello Bob');
  });

  it('encodes a French subject as the reference writes it', () => {
    expect(encodeEncodedWords('Réunion demain')).toBe('=?utf-8?q?R=C3=A9union_demain?=');
    expect(encodeEncodedWords('Réunion', 'B')).toBe('=?utf-8?b?UsOpdW5pb24=?=');
  });

  it('splits a long subject into words of at most 75 characters, whole characters only', () => {
    const encoded = encodeEncodedWords('é'.repeat(60));
    const words = encoded.split(' ');
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((word) => word.length <= 75)).toBe(true);
    expect(decodeEncodedWords(encoded)).toBe('é'.repeat(60));
  });

  it('round-trips any text in both forms', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom('Q', 'B'),
        (text, form) => {
          // Control characters, "=" and "?" are not what a subject holds; keep the property simple.
          const clean = [...text]
            .map((c) => (c < ' ' || c === '=' || c === '?' ? 'x' : c))
            .join('');
          const encoded = encodeEncodedWords(clean, form as 'Q' | 'B');
          expect(decodeEncodedWords(encoded)).toBe(clean);
        },
      ),
    );
  });
});

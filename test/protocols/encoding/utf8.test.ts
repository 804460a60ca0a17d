import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binaryToText,
  octetLength,
  octetsToBinary,
  textToBinary,
  utf8Encode,
} from '../../../src/protocols/encoding/utf8';

describe('UTF-8 octets', () => {
  it('counts octets, not characters', () => {
    expect(octetLength('Bonjour')).toBe(7);
    expect(octetLength('Café')).toBe(5);
    expect(octetLength('5€')).toBe(4);
    expect(octetLength('📨')).toBe(4);
    expect(octetLength('Réunion\r\n')).toBe(10);
  });

  it('maps each octet to one character of a binary string', () => {
    expect(textToBinary('é')).toBe('\u00c3\u00a9');
    expect(octetsToBinary(utf8Encode('é')).length).toBe(2);
  });

  it('round-trips any text through a binary string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const binary = textToBinary(text);
        expect(binary.length).toBe(octetLength(text));
        expect(binaryToText(binary)).toBe(text);
      }),
    );
  });
});

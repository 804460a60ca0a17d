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

  it('counts what TextEncoder writes, lone surrogates (written as U+FFFD) included', () => {
    const anyCodeUnit = fc
      .integer({ min: 0, max: 0xffff })
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 40 }), (text) => {
        expect(octetLength(text)).toBe(utf8Encode(text).length);
      }),
      { numRuns: 2000 },
    );
    expect(octetLength('\ud83d')).toBe(3);
    expect(octetLength('\ude00a')).toBe(4);
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

describe('binary strings, ASCII and not', () => {
  // The ASCII shortcuts must give what the octet-by-octet path gives.
  const slow = {
    textToBinary: (text: string) =>
      Array.from(utf8Encode(text), (o) => String.fromCharCode(o)).join(''),
    octetsToBinary: (octets: Uint8Array) =>
      Array.from(octets, (o) => String.fromCharCode(o)).join(''),
  };

  it('gives the octet-by-octet binary string for any text and any octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.uint8Array(), (text, octets) => {
        expect(textToBinary(text)).toBe(slow.textToBinary(text));
        expect(octetsToBinary(octets)).toBe(slow.octetsToBinary(octets));
      }),
    );
  });

  it('keeps NUL, control characters and DEL, and turns a lone surrogate into U+FFFD', () => {
    expect(textToBinary('a\u0000\u001f\u007f')).toBe('a\u0000\u001f\u007f');
    expect(octetsToBinary(new Uint8Array([0, 0x7f, 0x80]))).toBe('\u0000\u007f\u0080');
    expect(binaryToText(textToBinary('\ud800x'))).toBe('\ufffdx');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeBase64,
  decodeBase64Text,
  encodeBase64,
  encodeBase64Mime,
  isBase64,
} from '../../../src/protocols/encoding/base64';

describe('base64 (RFC 2045 §6.8)', () => {
  it('encodes the reference examples', () => {
    expect(encodeBase64('Bonjour')).toBe('Qm9uam91cg==');
    expect(encodeBase64('s3cret')).toBe('czNjcmV0');
    expect(encodeBase64('')).toBe('');
  });

  it('pads with one or two "=" as RFC 4648 §4 says', () => {
    expect(encodeBase64('a')).toBe('YQ==');
    expect(encodeBase64('ab')).toBe('YWI=');
    expect(encodeBase64('abc')).toBe('YWJj');
  });

  it('encodes the UTF-8 octets of a text', () => {
    expect(encodeBase64('é')).toBe('w6k=');
  });

  it('decodes the SMTP AUTH example (base64 is not encryption)', () => {
    expect(decodeBase64Text('czNjcmV0')).toBe('s3cret');
    expect(decodeBase64Text('UGFzc3dvcmQ6')).toBe('Password:');
  });

  it('wraps MIME bodies at 76 characters with CRLF', () => {
    const encoded = encodeBase64Mime(new Uint8Array(200).fill(0xff));
    const lines = encoded.split('\r\n');
    expect(lines.slice(0, -1).every((line) => line.length === 76)).toBe(true);
    expect(lines.length).toBe(4);
  });

  it('ignores line breaks and characters outside the alphabet when decoding', () => {
    expect(decodeBase64Text('Qm9u\r\nam91\r\n cg==')).toBe('Bonjour');
  });

  it('tells well-formed unwrapped base64 from other text', () => {
    expect(isBase64('Qm9uam91cg==')).toBe(true);
    expect(isBase64('')).toBe(true);
    expect(isBase64('Qm9uam91cg=')).toBe(false);
    expect(isBase64('not base64!')).toBe(false);
  });

  it('round-trips any octets, wrapped or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (octets) => {
        expect(decodeBase64(encodeBase64(octets))).toEqual(octets);
        const wrapped = encodeBase64Mime(octets);
        expect(wrapped.split('\r\n').every((line) => line.length <= 76)).toBe(true);
        expect(decodeBase64(wrapped)).toEqual(octets);
      }),
    );
  });

  it('round-trips any text through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decodeBase64Text(encodeBase64(text))).toBe(text);
      }),
    );
  });
});

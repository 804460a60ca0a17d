import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeQuotedPrintable,
  decodeQuotedPrintableText,
  encodeQuotedPrintable,
} from '../../../src/protocols/encoding/quoted-printable';

describe('quoted-printable (RFC 2045 §6.7)', () => {
  it('encodes the reference example with upper-case =XX', () => {
    expect(encodeQuotedPrintable('Café à 5€ = prix')).toBe('Caf=C3=A9 =C3=A0 5=E2=82=AC =3D prix');
  });

  it('decodes the annotated message body', () => {
    expect(decodeQuotedPrintableText('Caf=C3=A9 =C3=A0 10h ?')).toBe('Café à 10h ?');
  });

  it('encodes a space or a tab at the end of a line', () => {
    expect(encodeQuotedPrintable('fin \r\nsuite\t')).toBe('fin=20\r\nsuite=09');
  });

  it('keeps hard line breaks as CRLF', () => {
    expect(encodeQuotedPrintable('un\ndeux\r\ntrois')).toBe('un\r\ndeux\r\ntrois');
  });

  it('breaks long lines with a soft "=" so no line exceeds 76 characters', () => {
    const encoded = encodeQuotedPrintable('a'.repeat(100));
    expect(encoded).toBe('a'.repeat(75) + '=\r\n' + 'a'.repeat(25));
  });

  it('never splits an =XX escape across a soft break', () => {
    const encoded = encodeQuotedPrintable('a'.repeat(74) + 'é');
    expect(encoded).toBe('a'.repeat(74) + '=\r\n=C3=A9');
  });

  it('joins soft line breaks and drops transport white space when decoding', () => {
    expect(decodeQuotedPrintableText('Bon=\r\njour  \r\nà=C3=A0')).toBe('Bonjour\r\nàà');
  });

  it('accepts lower-case hex and keeps a lone "=" as is', () => {
    expect(decodeQuotedPrintableText('caf=c3=a9 =ZZ')).toBe('café =ZZ');
  });

  it('round-trips any text (line breaks become CRLF) within 76-character lines', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((text) => !text.includes('\r')),
        (text) => {
          const encoded = encodeQuotedPrintable(text);
          expect(encoded.split('\r\n').every((line) => line.length <= 76)).toBe(true);
          expect(decodeQuotedPrintableText(encoded)).toBe(text.replace(/\n/g, '\r\n'));
        },
      ),
    );
  });

  it('round-trips any octets that hold no line feed', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }).filter((octets) => !octets.includes(0x0a)),
        (octets) => {
          expect(decodeQuotedPrintable(encodeQuotedPrintable(octets))).toEqual(octets);
        },
      ),
    );
  });
});

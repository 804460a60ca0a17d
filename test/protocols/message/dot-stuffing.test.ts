import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dataTransmission,
  stuffDots,
  unstuffDots,
} from '../../../src/protocols/message/dot-stuffing';

describe('dot-stuffing (RFC 5321 §4.5.2)', () => {
  it('doubles the dot of a line that starts with "."', () => {
    expect(stuffDots('Bonjour\r\n.signature\r\n')).toBe('Bonjour\r\n..signature\r\n');
  });

  it('doubles the dot of the first line and of a line holding only "."', () => {
    expect(stuffDots('.\r\n..\r\nx.y')).toBe('..\r\n...\r\nx.y');
  });

  it('leaves dots inside a line alone', () => {
    expect(stuffDots('a.b\r\n c.\r\n')).toBe('a.b\r\n c.\r\n');
  });

  it('removes one leading dot on the receiving side', () => {
    expect(unstuffDots('..signature\r\n...\r\n')).toBe('.signature\r\n..\r\n');
  });

  it('ends the transmission with "." CRLF and adds no empty line', () => {
    expect(dataTransmission('Subject: x\r\n\r\n.fin\r\n')).toBe('Subject: x\r\n\r\n..fin\r\n.\r\n');
    expect(dataTransmission('sans fin')).toBe('sans fin\r\n.\r\n');
  });

  it('round-trips any CRLF text, and no stuffed line is a lone "."', () => {
    const line = fc.string({ unit: fc.constantFrom('.', 'a', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(line), (lines) => {
        const text = lines.join('\r\n');
        const stuffed = stuffDots(text);
        expect(unstuffDots(stuffed)).toBe(text);
        expect(stuffed.split('\r\n')).not.toContain('.');
      }),
    );
  });
});

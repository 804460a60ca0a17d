import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutFinalCr, withoutLineEnd } from '../../../src/protocols/encoding/line-ends';

describe('line ends', () => {
  it('cuts one final CR, and nothing else', () => {
    expect(withoutFinalCr('250 OK\r')).toBe('250 OK');
    expect(withoutFinalCr('250 OK\r\r')).toBe('250 OK\r');
    expect(withoutFinalCr('a\rb')).toBe('a\rb');
    expect(withoutFinalCr('')).toBe('');
  });

  it('cuts one final CRLF or LF, and leaves a lone CR', () => {
    expect(withoutLineEnd('Subject: x\r\n')).toBe('Subject: x');
    expect(withoutLineEnd('Subject: x\n')).toBe('Subject: x');
    expect(withoutLineEnd('Subject: x\r')).toBe('Subject: x\r');
    expect(withoutLineEnd('x\n\n')).toBe('x\n');
  });

  it('agrees with the regular expressions it replaces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', 'é') });
    fc.assert(
      fc.property(text, (line) => {
        expect(withoutFinalCr(line)).toBe(line.replace(/\r$/, ''));
        expect(withoutLineEnd(line)).toBe(line.replace(/\r?\n$/, ''));
      }),
    );
  });
});

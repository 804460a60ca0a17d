import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPart, parseMime, type MimePart } from '../../../src/protocols/message/mime-parse';
import { octetLength } from '../../../src/protocols/encoding/utf8';

function allParts(part: MimePart): MimePart[] {
  return [
    part,
    ...part.children.flatMap(allParts),
    ...(part.message ? allParts(part.message) : []),
  ];
}

// Pieces that make parsers stumble: boundaries, folds, bare LFs, missing blank lines.
const piece = fc.constantFrom(
  'Content-Type: multipart/mixed; boundary=b\r\n',
  'Content-Type: message/rfc822\r\n',
  'Content-Type: multipart/digest; boundary="b"\r\n',
  '--b\r\n',
  '--b--\r\n',
  '\r\n',
  '\n',
  ' folded\r\n',
  'Subject: é\r\n',
  'texte\r\n',
  'no colon line\r\n',
  ':\r\n',
);

describe('MIME parser robustness', () => {
  it('never throws and keeps every range inside the message', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        const size = octetLength(raw);
        const root = parseMime(raw);
        for (const part of allParts(root)) {
          expect(part.header.start).toBeLessThanOrEqual(part.header.end);
          expect(part.header.end).toBeLessThanOrEqual(part.body.start);
          expect(part.body.start).toBeLessThanOrEqual(part.body.end);
          expect(part.body.end).toBeLessThanOrEqual(size);
          expect(part.size).toBe(part.body.end - part.body.start);
          expect(findPart(root, part.section)).toBeDefined();
        }
      }),
    );
  });
});

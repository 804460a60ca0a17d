import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSmtpServerSession } from '../../../src/protocols/smtp/wire-adapter';
import type { Output } from '../../../src/protocols/wire';
import { testConfig } from './transcript';

const config = testConfig({ authEnabled: true, messageSizeLimit: 4096, lineLengthLimit: 256 });
const encoder = new TextEncoder();

/** Pieces of SMTP sessions, junk and edge cases, glued into one byte stream. */
const piece = fc.oneof(
  fc.constantFrom(
    'EHLO c.a.example\r\n',
    'HELO c\r\n',
    'MAIL FROM:<alice@example.test>\r\n',
    'MAIL FROM:<a@b.example> SIZE=99999999\r\n',
    'RCPT TO:<bob@example.test>\r\n',
    'RCPT TO:<x@other.example>\r\n',
    'DATA\r\n',
    '.\r\n',
    '..\r\n',
    '\n.\n',
    'BDAT 5\r\n',
    'BDAT 2 LAST\r\n',
    'AUTH LOGIN\r\n',
    '*\r\n',
    'STARTTLS\r\n',
    'RSET\r\n',
    'QUIT\r\n',
    'GET / HTTP/1.1\r\n',
    '\r',
    '\n',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.constant(`NOOP ${'x'.repeat(10 * 1024)}\r\n`),
);
const stream = fc.array(piece, { maxLength: 25 }).map((pieces) => encoder.encode(pieces.join('')));

function runChunks(chunks: Uint8Array[]): Output[] {
  const session = createSmtpServerSession(config, { startTime: 0 });
  const outputs = [...session.open()];
  // The handshake comes after the whole stream: bytes after STARTTLS are discarded either way.
  for (const chunk of chunks) outputs.push(...session.receive(chunk));
  if (session.state === 'startingTls') outputs.push(...session.tlsEstablished());
  outputs.push(...session.tick(config.timeoutMs));
  return outputs;
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

describe('SMTP wire adapter: properties', () => {
  it('never throws and always gives well-formed replies on arbitrary input', () => {
    fc.assert(
      fc.property(stream, (bytes) => {
        for (const output of runChunks([bytes])) {
          if (output.kind !== 'line') continue;
          expect(output.text).toMatch(/^(\d{3}-[^\r\n]*\r\n)*\d{3} [^\r\n]*\r\n$/);
          const code = output.reply?.code ?? '';
          expect(output.text.startsWith(code)).toBe(true);
          if (output.reply?.enhanced) expect(output.reply.enhanced.charAt(0)).toBe(code.charAt(0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same outputs whatever byte positions the input is split at', () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const whole = runChunks([bytes]);
        const split = runChunks(splitAt(bytes, cuts));
        // Compared as one string so a failure prints a readable transcript.
        expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 200 },
    );
  });
});

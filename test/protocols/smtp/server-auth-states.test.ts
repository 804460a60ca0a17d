import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../src/protocols/encoding/base64';
import { createSmtpServerSession } from '../../../src/protocols/smtp/wire-adapter';
import { testConfig } from './transcript';

/**
 * The state after each line of an AUTH exchange (RFC 4954 §4), as timelines record it: the
 * session waits in `inAuth` only while a 334 challenge is out, and is back in `ready` with
 * the 235, 535 or 501 that ends the exchange.
 */
function statesAfter(lines: string[]): string[] {
  const session = createSmtpServerSession(testConfig({ authEnabled: true }), { startTime: 0 });
  session.open();
  session.receive('EHLO client.a.example\r\n');
  return lines.map((line) => {
    const reply = session.receive(`${line}\r\n`).find((output) => output.kind === 'line');
    return `${reply?.kind === 'line' ? reply.text.slice(0, 3) : '---'} ${session.state}`;
  });
}

const base64 = (text: string) => encodeBase64(text);

describe('SMTP server states through AUTH (RFC 4954 §4)', () => {
  it('is back in ready at once after AUTH PLAIN with its initial response', () => {
    expect(statesAfter([`AUTH PLAIN ${base64('\0alice@example.test\0s3cret')}`])).toEqual([
      '235 ready',
    ]);
  });

  it('waits in inAuth for PLAIN’s response after an empty challenge', () => {
    expect(statesAfter(['AUTH PLAIN', base64('\0alice@example.test\0wrong')])).toEqual([
      '334 inAuth',
      '535 ready',
    ]);
  });

  it('waits in inAuth for LOGIN’s user name and password', () => {
    expect(statesAfter(['AUTH LOGIN', base64('alice@example.test'), base64('s3cret')])).toEqual([
      '334 inAuth',
      '334 inAuth',
      '235 ready',
    ]);
  });

  it('waits in inAuth for the password when LOGIN’s user name came on the AUTH line', () => {
    expect(statesAfter([`AUTH LOGIN ${base64('alice@example.test')}`, base64('s3cret')])).toEqual([
      '334 inAuth',
      '235 ready',
    ]);
  });

  it('is back in ready after a "*" cancel or a response that is not base64', () => {
    expect(statesAfter(['AUTH LOGIN', '*'])).toEqual(['334 inAuth', '501 ready']);
    expect(statesAfter(['AUTH LOGIN', 'not base64!'])).toEqual(['334 inAuth', '535 ready']);
    expect(statesAfter(['AUTH LOGIN not-base64!'])).toEqual(['535 ready']);
  });
});

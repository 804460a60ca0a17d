import { describe, expect, it } from 'vitest';
import {
  messageOctets,
  stuffDots,
  toMailData,
} from '../../../../src/protocols/smtp/client/mail-data';
import { play, relay } from './transcript';

describe('the message after 354 (RFC 5321 §4.5.2, §4.1.1.4)', () => {
  it('doubles the dot of a body line starting with "."', () => {
    const run = play(
      relay({ message: 'Subject: dots\r\n\r\n.signature\r\n.\r\n..two\r\nend\r\n' }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250 mx1.b.example
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      C: Subject: dots
      C: 
      C: ..signature
      C: ..
      C: ...two
      C: end
      C: .
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('stuffs only a leading dot', () => {
    expect(stuffDots('.x')).toBe('..x');
    expect(stuffDots('a.b')).toBe('a.b');
    expect(stuffDots('')).toBe('');
  });

  it('ends the data with <CRLF>.<CRLF> and adds no empty line', () => {
    expect(toMailData('Subject: a\r\n\r\nbody\r\n')).toBe('Subject: a\r\n\r\nbody\r\n.\r\n');
  });

  it('ends a last line that has no CRLF before the dot', () => {
    expect(toMailData('Subject: a\r\n\r\nbody')).toBe('Subject: a\r\n\r\nbody\r\n.\r\n');
  });

  it('turns bare LF and bare CR into CRLF, so no smuggling ending can leave the client', () => {
    expect(toMailData('a\nb\rc\r\n.\n')).toBe('a\r\nb\r\nc\r\n..\r\n.\r\n');
  });

  it('sends only the terminating dot for an empty message', () => {
    expect(toMailData('')).toBe('.\r\n');
  });

  it('counts the size in octets with CRLF, UTF-8 included, without stuffing dots', () => {
    // "é" is two octets; "\r\n" two more; ".x" is counted before stuffing: 2 + 2.
    expect(messageOctets('é\n.x')).toBe(8);
  });

  it('does not offer a message larger than the SIZE the server advertised', () => {
    const run = play(
      relay({ message: 'x'.repeat(20) }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250 SIZE 10
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'MAIL',
        kind: 'client',
        status: '5.3.4',
        reason: 'message size 22 exceeds size limit 10 of server mx1.b.example[203.0.113.10]',
      },
    });
  });
});

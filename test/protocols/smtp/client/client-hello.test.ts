import { describe, expect, it } from 'vitest';
import { play, relay } from './transcript';

describe('SMTP client, the hello', () => {
  it('falls back to HELO after 500 to EHLO, and uses no extension', () => {
    const run = play(
      relay({ tls: 'starttls-if-offered', pipelining: true }),
      `
      S: 220 old.b.example SMTP ready
      C: EHLO smtp.a.example
      S: 500 5.5.2 Error: command not recognized
      C: HELO smtp.a.example
      S: 250 old.b.example
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      C: From: Alice <alice@a.example>
      C: To: Bob <bob@b.example>
      C: Subject: Hello
      C: 
      C: Hi Bob!
      C: .
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.status).toBe('delivered');
  });

  it('falls back to HELO after 502 too, and bounces when HELO is refused', () => {
    const run = play(
      relay(),
      `
      S: 220 old.b.example SMTP ready
      C: EHLO smtp.a.example
      S: 502 5.5.1 Error: command not implemented
      C: HELO smtp.a.example
      S: 504 5.5.2 <smtp.a.example>: Helo command rejected: need fully-qualified hostname
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'HELO',
        status: '5.5.2',
        reason:
          'host mx1.b.example[203.0.113.10] refused to talk to me: 504 5.5.2 <smtp.a.example>: Helo command rejected: need fully-qualified hostname',
      },
    });
  });

  it('ends at once on 421 to EHLO, without QUIT', () => {
    const run = play(
      relay(),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 421 4.7.0 mx1.b.example Error: too many connections from 198.51.100.25
      -- close: drop --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'EHLO', status: '4.7.0' },
    });
  });
});

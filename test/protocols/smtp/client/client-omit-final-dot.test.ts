import { describe, expect, it } from 'vitest';
import { play, relay } from './transcript';

describe('the omitFinalDot fault (a client that never ends its data, RFC 5321 §4.1.1.4)', () => {
  it('sends the message after 354 but no "." line, then waits for the server', () => {
    const run = play(
      relay({ omitFinalDot: true }),
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
      C: From: Alice <alice@a.example>
      C: To: Bob <bob@b.example>
      C: Subject: Hello
      C: 
      C: Hi Bob!
      S: 421 4.4.2 mx1.b.example Error: timeout exceeded
      -- close: drop --
      `,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('keeps the mail for a later try when the server times out (421 is temporary)', () => {
    const run = play(
      relay({ omitFinalDot: true }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      S: 250 mx1.b.example
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 354 End data with <CR><LF>.<CR><LF>
      S: 421 4.4.2 mx1.b.example Error: timeout exceeded
      `,
    );
    expect(run.result?.status).toBe('deferred');
    expect(run.result?.failure).toMatchObject({ step: 'end of data', temporary: true });
  });
});

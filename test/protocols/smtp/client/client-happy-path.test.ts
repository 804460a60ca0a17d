import { describe, expect, it } from 'vitest';
import { play, relay } from './transcript';

describe('SMTP client, relay to an MX on port 25', () => {
  it('delivers one message and reads the queue id from the final 250', () => {
    const run = play(
      relay(),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250-ENHANCEDSTATUSCODES
      S: 250 8BITMIME
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
    expect(run.result).toMatchObject({
      status: 'delivered',
      queueId: '4Xq2Lk1Z3nz9',
      recipients: [{ address: 'bob@b.example', status: 'delivered' }],
    });
    expect(run.result?.failure).toBeUndefined();
  });
});

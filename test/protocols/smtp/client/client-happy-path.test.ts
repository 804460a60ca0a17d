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

describe('SMTP client, opportunistic TLS on port 25', () => {
  it('starts TLS when the MX offers it, then says EHLO again', () => {
    const run = play(
      relay({
        envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example'], body: '8BITMIME' },
      }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250-PIPELINING
      S: 250-SIZE 10240000
      S: 250-VRFY
      S: 250-ETRN
      S: 250-STARTTLS
      S: 250-ENHANCEDSTATUSCODES
      S: 250-8BITMIME
      S: 250-DSN
      S: 250-SMTPUTF8
      S: 250 CHUNKING
      C: STARTTLS
      S: 220 2.0.0 Ready to start TLS
      -- TLS handshake --
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250-SIZE 10240000
      S: 250-ENHANCEDSTATUSCODES
      S: 250 8BITMIME
      C: MAIL FROM:<alice@a.example> SIZE=83 BODY=8BITMIME
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

  it('goes on in clear when the MX refuses STARTTLS (Postfix "may")', () => {
    const run = play(
      relay(),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250 STARTTLS
      C: STARTTLS
      S: 454 4.7.0 TLS not available due to local problem
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

  it('never starts TLS when told not to, even if offered', () => {
    const run = play(
      relay({ tls: 'none' }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      S: 250 STARTTLS
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 550 5.1.1 <bob@b.example>: Recipient address rejected: User unknown in local recipient table
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('sends the null reverse-path of a bounce as MAIL FROM:<>', () => {
    const run = play(
      relay({ envelope: { mailFrom: '', rcptTo: ['alice@a.example'] } }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250 mx1.b.example
      C: MAIL FROM:<>
      S: 250 2.1.0 Ok
      C: RCPT TO:<alice@a.example>
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
  });
});

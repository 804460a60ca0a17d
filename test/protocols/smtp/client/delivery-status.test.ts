import { describe, expect, it } from 'vitest';
import { deliveryStatus } from '../../../../src/protocols/smtp/client/delivery-status';
import { play, relay } from './transcript';

describe('Postfix delivery status words', () => {
  const run = play(
    relay({
      envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'bbo@b.example'] },
    }),
    `
    S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
    C: EHLO smtp.a.example
    S: 250 mx1.b.example
    C: MAIL FROM:<alice@a.example>
    S: 250 2.1.0 Ok
    C: RCPT TO:<bob@b.example>
    S: 250 2.1.5 Ok
    C: RCPT TO:<bbo@b.example>
    S: 550 5.1.1 <bbo@b.example>: Recipient address rejected: User unknown in local recipient table
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

  it('writes status=sent with the final reply for a delivered recipient', () => {
    expect(run.actual).toEqual(run.expected);
    const [bob] = run.result?.recipients ?? [];
    expect(bob && deliveryStatus(bob)).toBe(
      'dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9)',
    );
  });

  it('writes status=bounced with "in reply to RCPT TO command" for a refused recipient (B02)', () => {
    const [, bbo] = run.result?.recipients ?? [];
    expect(bbo && deliveryStatus(bbo)).toBe(
      'dsn=5.1.1, status=bounced (host mx1.b.example[203.0.113.10] said: 550 5.1.1 <bbo@b.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
    );
  });
});

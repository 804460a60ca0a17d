import { describe, expect, it } from 'vitest';
import { play, relay } from './transcript';

describe('LMTP client (RFC 2033), the MX delivering to the mailbox server', () => {
  const lmtp = relay({
    protocol: 'lmtp',
    hostname: 'mx1.b.example',
    peer: 'mail.b.example[private/dovecot-lmtp]',
    tls: 'none',
    pipelining: true,
    envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] },
  });

  it('gets one reply per accepted recipient after the final dot', () => {
    const run = play(
      lmtp,
      `
      S: 220 mail.b.example Dovecot (Debian) ready.
      C: LHLO mx1.b.example
      S: 250-mail.b.example
      S: 250-8BITMIME
      S: 250-CHUNKING
      S: 250-ENHANCEDSTATUSCODES
      S: 250-PIPELINING
      S: 250 STARTTLS
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@b.example>
      C: RCPT TO:<carol@b.example>
      C: DATA
      S: 250 2.1.0 OK
      S: 250 2.1.5 OK
      S: 250 2.1.5 OK
      S: 354 OK
      C: From: Alice <alice@a.example>
      C: To: Bob <bob@b.example>
      C: Subject: Hello
      C: 
      C: Hi Bob!
      C: .
      S: 250 2.0.0 <bob@b.example> 8Nb1Hq3lE2ZxBAAA0J78UA Saved
      S: 552 5.2.2 <carol@b.example> Quota exceeded (mailbox for user is full)
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'partial',
      recipients: [
        { address: 'bob@b.example', status: 'delivered' },
        {
          address: 'carol@b.example',
          status: 'bounced',
          failure: {
            step: 'end of data',
            status: '5.2.2',
            reason:
              'host mail.b.example[private/dovecot-lmtp] said: 552 5.2.2 <carol@b.example> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)',
          },
        },
      ],
    });
    expect(run.result?.queueId).toBeUndefined();
  });

  it('expects replies after the dot only for the recipients RCPT accepted', () => {
    const run = play(
      { ...lmtp, pipelining: false },
      `
      S: 220 mail.b.example Dovecot (Debian) ready.
      C: LHLO mx1.b.example
      S: 250-mail.b.example
      S: 250 ENHANCEDSTATUSCODES
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 OK
      C: RCPT TO:<bob@b.example>
      S: 550 5.1.1 <bob@b.example> User doesn't exist: bob@b.example
      C: RCPT TO:<carol@b.example>
      S: 250 2.1.5 OK
      C: DATA
      S: 354 OK
      C: From: Alice <alice@a.example>
      C: To: Bob <bob@b.example>
      C: Subject: Hello
      C: 
      C: Hi Bob!
      C: .
      S: 452 4.2.2 <carol@b.example> Quota exceeded (mailbox for user is full)
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'partial',
      recipients: [{ status: 'bounced' }, { status: 'deferred', failure: { status: '4.2.2' } }],
    });
  });

  it('does not fall back to HELO when LHLO is refused', () => {
    const run = play(
      lmtp,
      `
      S: 220 mail.b.example Dovecot (Debian) ready.
      C: LHLO mx1.b.example
      S: 500 5.5.1 Unknown command
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { step: 'LHLO' } });
  });
});

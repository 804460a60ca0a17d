import { describe, expect, it } from 'vitest';
import { play, relay } from './transcript';

const HELLO = `
  S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
  C: EHLO smtp.a.example
  S: 250-mx1.b.example
  S: 250 ENHANCEDSTATUSCODES
`;

const MESSAGE_LINES = `
  C: From: Alice <alice@a.example>
  C: To: Bob <bob@b.example>
  C: Subject: Hello
  C: 
  C: Hi Bob!
  C: .
`;

const QUIT = `
  C: QUIT
  S: 221 2.0.0 Bye
  -- close: quit --
`;

describe('SMTP client, refused at the greeting', () => {
  it('ends at once on a 421 greeting', () => {
    const run = play(
      relay(),
      `
      S: 421 4.7.0 mx1.b.example Error: too many connections from 198.51.100.25
      -- close: refused --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: {
        step: 'greeting',
        reason:
          'host mx1.b.example[203.0.113.10] refused to talk to me: 421 4.7.0 mx1.b.example Error: too many connections from 198.51.100.25',
      },
    });
  });

  it('says QUIT after a 554 greeting and bounces (a mail client)', () => {
    const run = play(
      relay(),
      `
      S: 554 mx1.b.example ESMTP not accepting connections
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: { step: 'greeting', temporary: false, status: '5.0.0' },
    });
  });

  it('defers a 554 greeting with smtp_skip_5xx_greeting, as Postfix does by default', () => {
    const run = play(
      relay({ skip5xxGreeting: true }),
      `
      S: 554 5.7.1 mx1.b.example ESMTP not accepting connections
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'greeting', temporary: true, status: '4.7.1' },
    });
  });

  it('defers a 4xx greeting that is not 421, after QUIT', () => {
    const run = play(
      relay(),
      `
      S: 450 4.7.1 mx1.b.example busy, try later
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.status).toBe('deferred');
  });
});

describe('SMTP client, refused at MAIL', () => {
  it('bounces on 5xx to MAIL FROM', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 553 5.7.1 <alice@a.example>: Sender address rejected: not owned by user alice
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'MAIL',
        reason:
          'host mx1.b.example[203.0.113.10] said: 553 5.7.1 <alice@a.example>: Sender address rejected: not owned by user alice (in reply to MAIL FROM command)',
      },
    });
  });

  it('defers on 4xx to MAIL FROM', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 450 4.1.8 <alice@a.example>: Sender address rejected: Domain not found
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'deferred', failure: { status: '4.1.8' } });
  });
});

describe('SMTP client, refused at RCPT', () => {
  it('sends the message to the recipients accepted when some are refused', () => {
    const run = play(
      relay({
        envelope: {
          mailFrom: 'alice@a.example',
          rcptTo: ['bob@b.example', 'bbo@b.example', 'carol@b.example'],
        },
      }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: RCPT TO:<bbo@b.example>
      S: 550 5.1.1 <bbo@b.example>: Recipient address rejected: User unknown in local recipient table
      C: RCPT TO:<carol@b.example>
      S: 450 4.7.1 <carol@b.example>: Recipient address rejected: Greylisted, see http://postgrey.example/help/b.example.html
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${MESSAGE_LINES}
      S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'partial',
      queueId: '4Xq2Lk1Z3nz9',
      recipients: [
        { address: 'bob@b.example', status: 'delivered' },
        {
          address: 'bbo@b.example',
          status: 'bounced',
          failure: {
            step: 'RCPT',
            status: '5.1.1',
            reason:
              'host mx1.b.example[203.0.113.10] said: 550 5.1.1 <bbo@b.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
          },
        },
        { address: 'carol@b.example', status: 'deferred', failure: { status: '4.7.1' } },
      ],
    });
  });

  it('sends no DATA when every recipient is refused', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 554 5.7.1 <bob@b.example>: Relay access denied
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      recipients: [{ status: 'bounced', failure: { step: 'RCPT', status: '5.7.1' } }],
    });
  });

  it('defers a greylisted recipient', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 450 4.7.1 <bob@b.example>: Recipient address rejected: Greylisted, see http://postgrey.example/help/b.example.html
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.status).toBe('deferred');
  });
});

describe('SMTP client, refused at DATA and at the end of data', () => {
  it('defers on 4xx to DATA', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 451 4.3.5 Server configuration error
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: {
        step: 'DATA',
        reason:
          'host mx1.b.example[203.0.113.10] said: 451 4.3.5 Server configuration error (in reply to DATA command)',
      },
    });
  });

  it('bounces on 5xx to DATA', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 554 5.5.1 Error: no valid recipients
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { step: 'DATA' } });
  });

  it('bounces a message too big for the server at the end of data', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${MESSAGE_LINES}
      S: 552 5.3.4 Error: message file too big
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'end of data',
        status: '5.3.4',
        reason:
          'host mx1.b.example[203.0.113.10] said: 552 5.3.4 Error: message file too big (in reply to end of DATA command)',
      },
    });
    expect(run.result?.queueId).toBeUndefined();
  });

  it('bounces a mail loop (554 too many hops) at the end of data', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${MESSAGE_LINES}
      S: 554 5.4.0 Error: too many hops
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { status: '5.4.0' } });
  });

  it('defers on 4xx at the end of data', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${MESSAGE_LINES}
      S: 451 4.3.0 Error: queue file write error
      ${QUIT}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'end of data', temporary: true },
    });
  });
});

describe('SMTP client, 421 in the middle of a session', () => {
  it('ends at once on 421 to a RCPT, without QUIT, and defers every recipient', () => {
    const run = play(
      relay({
        envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] },
      }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: RCPT TO:<carol@b.example>
      S: 421 4.7.0 mx1.b.example Error: too many errors
      -- close: drop --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'RCPT', status: '4.7.0' },
      recipients: [{ status: 'deferred' }, { status: 'deferred' }],
    });
  });

  it('ends on 421 after the final dot (the server timed out waiting for it)', () => {
    const run = play(
      relay(),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${MESSAGE_LINES}
      S: 421 4.4.2 mx1.b.example Error: timeout exceeded
      -- close: drop --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'end of data', status: '4.4.2' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { SmtpClientSession } from '../../../../src/protocols/smtp/client/client-wire-adapter';
import { play, relay } from './transcript';

const TWO = { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] };

const HELLO = `
  S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
  C: EHLO smtp.a.example
  S: 250-mx1.b.example
  S: 250-PIPELINING
  S: 250 ENHANCEDSTATUSCODES
`;

describe('SMTP client, pipelining (RFC 2920)', () => {
  it('sends MAIL, every RCPT and DATA as one group, DATA last', () => {
    const session = new SmtpClientSession(relay({ pipelining: true, envelope: TWO }));
    session.start();
    session.receive('220 mx1.b.example ESMTP Postfix (Debian/GNU)\r\n');
    const group = session.receive('250-mx1.b.example\r\n250 PIPELINING\r\n');
    expect(group.map((output) => (output.kind === 'line' ? output.text : output.kind))).toEqual([
      'MAIL FROM:<alice@a.example>\r\n',
      'RCPT TO:<bob@b.example>\r\n',
      'RCPT TO:<carol@b.example>\r\n',
      'DATA\r\n',
    ]);
    expect(group.map((output) => (output.kind === 'line' ? output.command : undefined))).toEqual([
      { verb: 'MAIL', key: 'smtp.command.MAIL' },
      { verb: 'RCPT', key: 'smtp.command.RCPT' },
      { verb: 'RCPT', key: 'smtp.command.RCPT' },
      { verb: 'DATA', key: 'smtp.command.DATA' },
    ]);
  });

  it('reads the replies of the group, all in one chunk, in order', () => {
    const run = play(
      relay({ pipelining: true, envelope: TWO }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@b.example>
      C: RCPT TO:<carol@b.example>
      C: DATA
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 550 5.1.1 <carol@b.example>: Recipient address rejected: User unknown in local recipient table
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
      status: 'partial',
      recipients: [{ status: 'delivered' }, { status: 'bounced' }],
    });
  });

  it('does not pipeline when the server did not advertise PIPELINING', () => {
    const run = play(
      relay({ pipelining: true }),
      `
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250 mx1.b.example
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 451 4.3.0 Error: queue file write error
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('reads every reply of the group after a refused MAIL, then quits', () => {
    const run = play(
      relay({ pipelining: true }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@b.example>
      C: DATA
      S: 553 5.7.1 <alice@a.example>: Sender address rejected: not owned by user alice
      S: 503 5.5.1 Error: need MAIL command
      S: 503 5.5.1 Error: need RCPT command
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { step: 'MAIL' } });
  });

  it('sends a lone dot when DATA is accepted although every RCPT was refused (RFC 2920 §3.1)', () => {
    const run = play(
      relay({ pipelining: true }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@b.example>
      C: DATA
      S: 250 2.1.0 Ok
      S: 554 5.7.1 <bob@b.example>: Relay access denied
      S: 354 End data with <CR><LF>.<CR><LF>
      C: .
      S: 554 5.5.1 Error: no valid recipients
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      recipients: [{ failure: { step: 'RCPT', status: '5.7.1' } }],
    });
  });

  it('reads 554 to a pipelined DATA when every RCPT was refused', () => {
    const run = play(
      relay({ pipelining: true }),
      `${HELLO}
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@b.example>
      C: DATA
      S: 250 2.1.0 Ok
      S: 550 5.1.1 <bob@b.example>: Recipient address rejected: User unknown in local recipient table
      S: 554 5.5.1 Error: no valid recipients
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      recipients: [{ failure: { step: 'RCPT', status: '5.1.1' } }],
    });
  });
});

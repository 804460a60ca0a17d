import { describe, expect, it } from 'vitest';
import { expected, replay, testConfig } from './transcript';

/** Runs a fixture and compares the whole transcript. */
function check(fixture: string, config = testConfig()) {
  expect(replay(fixture, config)).toBe(expected(fixture));
}

const EHLO_25 = `
S: 250-mail.example.test
S: 250-PIPELINING
S: 250-SIZE 10240000
S: 250-VRFY
S: 250-ETRN
S: 250-STARTTLS
S: 250-ENHANCEDSTATUSCODES
S: 250-8BITMIME
S: 250-DSN
S: 250-SMTPUTF8
S: 250 CHUNKING`;

describe('SMTP server: command × state table (protocol-reference §2.4.1)', () => {
  it('greets with the Debian banner', () => {
    check(`S: 220 mail.example.test ESMTP Postfix (Debian/GNU)`);
  });

  it('answers EHLO with the extension list in Postfix order', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO client.a.example
      ${EHLO_25}`);
  });

  it('answers EHLO without argument with 501 Syntax: EHLO hostname', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO
      S: 501 Syntax: EHLO hostname`);
  });

  it('answers HELO with one line and no extensions', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO client.a.example
      S: 250 mail.example.test
      C: HELO
      S: 501 Syntax: HELO hostname`);
  });

  it('accepts MAIL before EHLO when HELO is not required (Postfix default)', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: MAIL FROM:<alice@a.example>
      S: 250 2.1.0 Ok`);
  });

  it('answers 503 to MAIL before EHLO when smtpd_helo_required = yes', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: MAIL FROM:<alice@a.example>
      S: 503 5.5.1 Error: send HELO/EHLO first`,
      testConfig({ heloRequired: true }),
    );
  });

  it('answers 503 to a nested MAIL in a transaction', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: MAIL FROM:<alice@a.example>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 503 5.5.1 Error: nested MAIL command
      S: 250 2.1.5 Ok
      S: 503 5.5.1 Error: nested MAIL command`);
  });

  it('answers 503 to RCPT before MAIL, in every state without a transaction', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: RCPT TO:<bob@example.test>
      C: HELO c.a.example
      C: RCPT TO:<bob@example.test>
      S: 503 5.5.1 Error: need MAIL command
      S: 250 mail.example.test
      S: 503 5.5.1 Error: need MAIL command`);
  });

  it('answers 503 to DATA without RCPT, 554 when every RCPT was refused, 354 otherwise', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: DATA
      C: HELO c.a.example
      C: DATA
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<nobody@example.test>
      C: DATA
      C: RCPT TO:<bob@example.test>
      C: DATA
      S: 503 5.5.1 Error: need RCPT command
      S: 250 mail.example.test
      S: 503 5.5.1 Error: need RCPT command
      S: 250 2.1.0 Ok
      S: 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table
      S: 554 5.5.1 Error: no valid recipients
      S: 250 2.1.5 Ok
      S: 354 End data with <CR><LF>.<CR><LF>`);
  });

  it('answers 501 to DATA with an argument and stays in the transaction', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: DATA now
      C: DATA
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 501 5.5.4 Syntax: DATA
      S: 354 End data with <CR><LF>.<CR><LF>`);
  });

  it('answers RSET with 250 in every state and clears the transaction', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: RSET
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: RSET
      C: RCPT TO:<bob@example.test>
      C: RSET now
      S: 250 2.0.0 Ok
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 2.0.0 Ok
      S: 503 5.5.1 Error: need MAIL command
      S: 501 5.5.4 Syntax: RSET`);
  });

  it('answers NOOP with 250 even before EHLO', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: NOOP
      C: NOOP anything
      S: 250 2.0.0 Ok
      S: 250 2.0.0 Ok`);
  });

  it('answers VRFY with 252 and the argument, 550 for an unknown local user, 502 when disabled', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: VRFY bob
      C: VRFY <nobody@example.test>
      S: 252 2.0.0 bob
      S: 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table`);
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: VRFY bob
      S: 502 5.5.1 VRFY command is disabled`,
      testConfig({ vrfyEnabled: false }),
    );
  });

  it('answers EXPN and HELP with 500 command not recognized (Postfix 3.7)', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EXPN staff
      C: HELP
      S: 500 5.5.2 Error: command not recognized
      S: 500 5.5.2 Error: command not recognized`);
  });

  it('answers QUIT with 221 2.0.0 Bye and closes', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: MAIL FROM:<alice@a.example>
      C: QUIT
      S: 250 2.1.0 Ok
      S: 221 2.0.0 Bye
      -- close quit`);
  });

  it('answers an unknown verb with 500 and does not disconnect', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: MIAL FROM:<a@x>
      C: NOOP
      S: 500 5.5.2 Error: command not recognized
      S: 250 2.0.0 Ok`);
  });

  it('says goodbye to HTTP and header-like lines (smtpd_forbid_cmds)', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: GET / HTTP/1.1
      C: Host: mail.example.test
      S: 221 2.7.0 Error: I can break rules, too. Goodbye.
      -- close policy`);
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: Subject: hello
      S: 221 2.7.0 Error: I can break rules, too. Goodbye.
      -- close policy`);
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: 123 go
      S: 221 2.7.0 Error: I can break rules, too. Goodbye.
      -- close policy`);
  });

  it('takes verbs in any case (RFC 5321 §2.4)', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: helo c.a.example
      C: mail from:<alice@a.example>
      C: rcpt to:<bob@example.test>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok`);
  });

  it('treats a new EHLO inside a transaction as RSET plus EHLO', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: HELO c.a.example
      C: RCPT TO:<bob@example.test>
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 250 mail.example.test
      S: 503 5.5.1 Error: need MAIL command`);
  });

  it('answers 421 too many errors at the hard error limit and closes', () => {
    const errors = Array.from({ length: 20 }, () => 'C: FOO').join('\n');
    const replies = Array.from(
      { length: 20 },
      () => 'S: 500 5.5.2 Error: command not recognized',
    ).join('\n');
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      ${errors}
      ${replies}
      S: 421 4.7.0 mail.example.test Error: too many errors
      -- close error`);
  });

  it('counts junk commands past smtpd_junk_command_limit as errors', () => {
    const config = testConfig({ junkCommandLimit: 2, hardErrorLimit: 2 });
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: NOOP
      C: NOOP
      C: NOOP
      C: FOO
      S: 250 2.0.0 Ok
      S: 250 2.0.0 Ok
      S: 250 2.0.0 Ok
      S: 500 5.5.2 Error: command not recognized
      S: 421 4.7.0 mail.example.test Error: too many errors
      -- close error`,
      config,
    );
  });

  it('answers 500 bad syntax to an empty line', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C:
      S: 500 5.5.2 Error: bad syntax`);
  });

  it('refuses the connection with 554 and then 503 until QUIT', () => {
    check(
      `
      S: 554 mail.example.test ESMTP not accepting connections
      C: EHLO c.a.example
      C: QUIT
      S: 503 5.7.0 Error: access denied for client.a.example[198.51.100.7]
      S: 221 2.0.0 Bye
      -- close quit`,
      testConfig({ greeting: 'refuse' }),
    );
  });

  it('refuses the connection with 421 and closes when busy', () => {
    check(
      `
      S: 421 4.7.0 mail.example.test Error: too many connections from 198.51.100.7
      -- close refused`,
      testConfig({ greeting: 'busy' }),
    );
  });

  it('accepts STARTTLS inside a transaction, which the handshake then forgets', () => {
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO c.a.example
      C: MAIL FROM:<alice@a.example>
      C: STARTTLS
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 220 2.0.0 Ready to start TLS
      -- tlsStart
      >> tls
      C: RCPT TO:<bob@example.test>
      S: 503 5.5.1 Error: need MAIL command`);
  });

  it('answers ETRN for a flushable domain and 459 otherwise', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: ETRN example.test
      C: ETRN other.example
      S: 250 Queuing started
      S: 459 <other.example>: service unavailable`,
      testConfig({ etrnDomains: ['example.test'] }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../src/protocols/encoding/base64';
import type { TransactionRecord } from '../../../src/protocols/smtp/server-config';
import { expected, replay, testConfig } from './transcript';

function check(fixture: string, config = testConfig()) {
  expect(replay(fixture, config)).toBe(expected(fixture));
}

/** Port 587 as Debian's master.cf submission entry sets it up. */
const submission = (overrides = {}) =>
  testConfig({
    tlsSecurityLevel: 'encrypt',
    authEnabled: true,
    tlsAuthOnly: true,
    submission: true,
    senderLogins: { 'alice@example.test': ['alice@example.test'] },
    ...overrides,
  });

const PLAIN = encodeBase64('\0alice@example.test\0s3cret');

const BEFORE_TLS = `
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
const AFTER_TLS = `
  S: 250-mail.example.test
  S: 250-PIPELINING
  S: 250-SIZE 10240000
  S: 250-VRFY
  S: 250-ETRN
  S: 250-AUTH PLAIN LOGIN
  S: 250-ENHANCEDSTATUSCODES
  S: 250-8BITMIME
  S: 250-DSN
  S: 250-SMTPUTF8
  S: 250 CHUNKING`;

describe('SMTP server: STARTTLS (RFC 3207) and AUTH (RFC 4954)', () => {
  it('B17: requires STARTTLS first under encrypt, then offers AUTH after a new EHLO', () => {
    const records: TransactionRecord[] = [];
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO laptop.a.example
      ${BEFORE_TLS}
      C: AUTH PLAIN ${PLAIN}
      C: MAIL FROM:<alice@example.test>
      C: NOOP
      S: 530 5.7.0 Must issue a STARTTLS command first
      S: 530 5.7.0 Must issue a STARTTLS command first
      S: 250 2.0.0 Ok
      C: STARTTLS
      S: 220 2.0.0 Ready to start TLS
      -- tlsStart
      >> tls
      C: EHLO laptop.a.example
      ${AFTER_TLS}
      C: AUTH PLAIN ${PLAIN}
      S: 235 2.7.0 Authentication successful
      C: MAIL FROM:<alice@example.test>
      C: RCPT TO:<bob@b.example>
      C: DATA
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 354 End data with <CR><LF>.<CR><LF>
      C: hi
      C: .
      S: 250 2.0.0 Ok: queued as Q1`,
      submission({
        queue: (record: TransactionRecord) => {
          records.push(record);
          return { queueId: 'Q1' };
        },
      }),
    );
    expect(records[0]?.withProtocol).toBe('ESMTPSA');
    expect(records[0]?.authenticatedUser).toBe('alice@example.test');
    expect(records[0]?.tls).toBe(true);
  });

  it('discards commands pipelined after STARTTLS before the handshake (CVE-2011-0411)', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO laptop.a.example
      C: STARTTLS
      C: MAIL FROM:<eve@evil.example>
      ${BEFORE_TLS}
      S: 220 2.0.0 Ready to start TLS
      -- tlsStart
      >> tls
      C: RCPT TO:<bob@example.test>
      S: 503 5.5.1 Error: need MAIL command`,
      submission({ tlsSecurityLevel: 'encrypt', submission: false }),
    );
  });

  it('forgets the EHLO name after STARTTLS and refuses a second STARTTLS', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO laptop.a.example
      C: STARTTLS
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
      S: 250 CHUNKING
      S: 220 2.0.0 Ready to start TLS
      -- tlsStart
      >> tls
      C: MAIL FROM:<a@a.example>
      C: STARTTLS
      C: STARTTLS now
      S: 503 5.5.1 Error: send HELO/EHLO first
      S: 554 5.5.1 Error: TLS already active
      S: 501 5.5.4 Syntax: STARTTLS`,
      testConfig({ heloRequired: true }),
    );
  });

  it('answers 502 to STARTTLS when TLS is not offered', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: STARTTLS
      S: 502 5.5.1 Error: command not implemented`,
      testConfig({ tlsSecurityLevel: 'none' }),
    );
  });

  it('B16: answers 535 to a wrong password, as Postfix with Dovecot SASL', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO laptop.a.example
      C: AUTH PLAIN ${encodeBase64('\0alice@example.test\0wrong')}
      S: 250-mail.example.test
      S: 250-PIPELINING
      S: 250-SIZE 10240000
      S: 250-VRFY
      S: 250-ETRN
      S: 250-STARTTLS
      S: 250-AUTH PLAIN LOGIN
      S: 250-ENHANCEDSTATUSCODES
      S: 250-8BITMIME
      S: 250-DSN
      S: 250-SMTPUTF8
      S: 250 CHUNKING
      S: 535 5.7.8 Error: authentication failed: (reason unavailable)`,
      testConfig({ authEnabled: true }),
    );
  });

  it('runs AUTH LOGIN with its two 334 prompts, then refuses a second AUTH', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      S: 250 mail.example.test
      C: AUTH LOGIN
      S: 334 VXNlcm5hbWU6
      C: ${encodeBase64('alice@example.test')}
      S: 334 UGFzc3dvcmQ6
      C: ${encodeBase64('s3cret')}
      S: 235 2.7.0 Authentication successful
      C: AUTH PLAIN ${PLAIN}
      S: 503 5.5.1 Error: already authenticated`,
      testConfig({ authEnabled: true }),
    );
  });

  it('runs AUTH PLAIN with an empty challenge, and * aborts with 501', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      S: 250 mail.example.test
      C: AUTH PLAIN
      S: 334 
      C: *
      S: 501 5.7.0 Authentication aborted
      C: AUTH PLAIN
      S: 334 
      C: not base64!
      S: 535 5.7.8 Error: authentication failed: Invalid base64 data in continued response
      C: AUTH CRAM-MD5
      S: 535 5.7.8 Error: authentication failed: Invalid authentication mechanism`,
      testConfig({ authEnabled: true }),
    );
  });

  it('answers 503 to AUTH before EHLO, inside a transaction, and when not enabled', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: AUTH PLAIN ${PLAIN}
      C: HELO laptop.a.example
      C: MAIL FROM:<alice@example.test>
      C: AUTH PLAIN ${PLAIN}
      S: 503 5.5.1 Error: send HELO/EHLO first
      S: 250 mail.example.test
      S: 250 2.1.0 Ok
      S: 503 5.5.1 Error: MAIL transaction in progress`,
      testConfig({ authEnabled: true }),
    );
    check(`
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      C: AUTH PLAIN ${PLAIN}
      S: 250 mail.example.test
      S: 503 5.5.1 Error: authentication not enabled`);
  });

  it('B17: answers 503 authentication not enabled before TLS when smtpd_tls_auth_only = yes', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      C: AUTH PLAIN ${PLAIN}
      S: 250 mail.example.test
      S: 503 5.5.1 Error: authentication not enabled`,
      testConfig({ authEnabled: true, tlsAuthOnly: true }),
    );
  });

  it('B19: refuses a sender the login does not own, at RCPT', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: HELO laptop.a.example
      C: AUTH PLAIN ${PLAIN}
      C: MAIL FROM:<ceo@example.test>
      C: RCPT TO:<bob@b.example>
      S: 250 mail.example.test
      S: 235 2.7.0 Authentication successful
      S: 250 2.1.0 Ok
      S: 553 5.7.1 <ceo@example.test>: Sender address rejected: not owned by user alice@example.test`,
      submission({ tlsSecurityLevel: 'may', tlsAuthOnly: false }),
    );
  });

  it('port 465 (smtpd_tls_wrappermode): TLS from the first byte, no STARTTLS offered, AUTH at once', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: EHLO laptop.a.example
      ${AFTER_TLS}
      C: STARTTLS
      S: 554 5.5.1 Error: TLS already active
      C: AUTH PLAIN ${PLAIN}
      S: 235 2.7.0 Authentication successful
      `,
      submission({ tlsWrapperMode: true }),
    );
  });
});

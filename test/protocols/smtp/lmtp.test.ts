import { describe, expect, it } from 'vitest';
import { reply } from '../../../src/protocols/smtp/replies';
import type { ServerConfig } from '../../../src/protocols/smtp/server-config';
import { expected, replay, testConfig } from './transcript';

function check(fixture: string, config: ServerConfig) {
  expect(replay(fixture, config)).toBe(expected(fixture));
}

/** Dovecot LMTP behind Bob's MX: bob is near his quota, carol is over it. */
const lmtp = (overrides: Partial<ServerConfig> = {}) =>
  testConfig({
    lmtp: true,
    hostname: 'mbox.example.test',
    localDomains: ['example.test'],
    mailboxes: ['bob@example.test', 'carol@example.test', 'dave@example.test'],
    client: { ip: '127.0.0.1', reverseName: 'localhost', trusted: true },
    deliver: (_record, recipient) =>
      recipient === 'carol@example.test'
        ? { reply: reply('lmtpQuotaExceeded', { address: recipient }) }
        : recipient === 'dave@example.test'
          ? { reply: reply('lmtpQuotaExceededTemporary', { address: recipient }) }
          : { sessionId: 'Vxn3JKBVn2X5HgAAnlrVbw' },
    ...overrides,
  });

describe('LMTP mode (RFC 2033, Dovecot LMTP texts)', () => {
  it('answers after DATA once per accepted recipient, in RCPT order', () => {
    check(
      `
      S: 220 mbox.example.test Dovecot (Debian) ready.
      C: LHLO mx.example.test
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: RCPT TO:<nobody@example.test>
      C: RCPT TO:<carol@example.test>
      C: RCPT TO:<dave@example.test>
      C: DATA
      S: 250-mbox.example.test
      S: 250-8BITMIME
      S: 250-CHUNKING
      S: 250-ENHANCEDSTATUSCODES
      S: 250 PIPELINING
      S: 250 2.1.0 OK
      S: 250 2.1.5 OK
      S: 550 5.1.1 <nobody@example.test> User doesn't exist: nobody@example.test
      S: 250 2.1.5 OK
      S: 250 2.1.5 OK
      S: 354 OK
      C: Subject: hi
      C:
      C: body
      C: .
      S: 250 2.0.0 <bob@example.test> Vxn3JKBVn2X5HgAAnlrVbw Saved
      S: 552 5.2.2 <carol@example.test> Quota exceeded (mailbox for user is full)
      S: 452 4.2.2 <dave@example.test> Quota exceeded (mailbox for user is full)`,
      lmtp(),
    );
  });

  it('rejects HELO and EHLO, which LMTP does not have (RFC 2033 §4.1)', () => {
    check(
      `
      S: 220 mbox.example.test Dovecot (Debian) ready.
      C: EHLO mx.example.test
      C: HELO mx.example.test
      S: 500 5.5.1 Unknown command
      S: 500 5.5.1 Unknown command`,
      lmtp(),
    );
  });

  it('repeats an end-of-data refusal for each recipient', () => {
    check(
      `
      S: 220 mbox.example.test Dovecot (Debian) ready.
      C: LHLO mx.example.test
      C: MAIL FROM:<alice@a.example>
      C: RCPT TO:<bob@example.test>
      C: RCPT TO:<carol@example.test>
      C: DATA
      S: 250-mbox.example.test
      S: 250-8BITMIME
      S: 250-CHUNKING
      S: 250-ENHANCEDSTATUSCODES
      S: 250 PIPELINING
      S: 250 2.1.0 OK
      S: 250 2.1.5 OK
      S: 250 2.1.5 OK
      S: 354 OK
      C: ${'x'.repeat(40)}
      C: .
      S: 552 5.3.4 Error: message file too big
      S: 552 5.3.4 Error: message file too big`,
      lmtp({ messageSizeLimit: 20 }),
    );
  });

  it('refuses LHLO on an SMTP server', () => {
    check(
      `
      S: 220 mail.example.test ESMTP Postfix (Debian/GNU)
      C: LHLO mx.example.test
      S: 500 5.5.2 Error: command not recognized`,
      testConfig(),
    );
  });
});

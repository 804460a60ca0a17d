import { describe, expect, it } from 'vitest';
import { reply } from '../../../../src/protocols/smtp/replies';
import { postfixDefaults, type ServerConfig } from '../../../../src/protocols/smtp/server-config';
import { converse } from './converse';
import { MESSAGE, fixture, relay, submission } from './transcript';

const MX = (overrides: Partial<ServerConfig> = {}) =>
  postfixDefaults('mx1.b.example', { localDomains: ['b.example'], ...overrides });

const MSA = (overrides: Partial<ServerConfig> = {}) =>
  postfixDefaults('smtp.a.example', {
    localDomains: ['a.example'],
    submission: true,
    tlsSecurityLevel: 'encrypt',
    authEnabled: true,
    tlsAuthOnly: true,
    checkCredentials: (user, password) => user === 'alice@a.example' && password === 's3cret',
    ...overrides,
  });

const EXTENSIONS = `
  S: 250-PIPELINING
  S: 250-SIZE 10240000
  S: 250-VRFY
  S: 250-ETRN
`;
const LAST_EXTENSIONS = `
  S: 250-ENHANCEDSTATUSCODES
  S: 250-8BITMIME
  S: 250-DSN
  S: 250-SMTPUTF8
  S: 250 CHUNKING
`;
const DELIVERY = `
  C: From: Alice <alice@a.example>
  C: To: Bob <bob@b.example>
  C: Subject: Hello
  C: 
  C: Hi Bob!
  C: .
  S: 250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9
  C: QUIT
  S: 221 2.0.0 Bye
  -- server closes: quit --
  -- client closes: quit --
`;

describe('SMTP client against the SMTP server session', () => {
  it('relays to an MX on 25: opportunistic STARTTLS, a new EHLO, one pipelined group', () => {
    const run = converse(relay({ pipelining: true }), MX());
    expect(run.transcript).toEqual(
      fixture(`
      S: 220 mx1.b.example ESMTP Postfix (Debian/GNU)
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      ${EXTENSIONS}
      S: 250-STARTTLS
      ${LAST_EXTENSIONS}
      C: STARTTLS
      S: 220 2.0.0 Ready to start TLS
      -- TLS handshake --
      C: EHLO smtp.a.example
      S: 250-mx1.b.example
      ${EXTENSIONS}
      ${LAST_EXTENSIONS}
      C: MAIL FROM:<alice@a.example> SIZE=83
      C: RCPT TO:<bob@b.example>
      C: DATA
      S: 250 2.1.0 Ok
      S: 250 2.1.5 Ok
      S: 354 End data with <CR><LF>.<CR><LF>
      ${DELIVERY}`),
    );
    expect(run.result).toMatchObject({ status: 'delivered', queueId: '4Xq2Lk1Z3nz9' });
  });

  it('submits on 587: STARTTLS, AUTH PLAIN once AUTH appears under TLS, then the mail', () => {
    const run = converse(submission(), MSA());
    expect(run.transcript).toEqual(
      fixture(`
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      ${EXTENSIONS}
      S: 250-STARTTLS
      ${LAST_EXTENSIONS}
      C: STARTTLS
      S: 220 2.0.0 Ready to start TLS
      -- TLS handshake --
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      ${EXTENSIONS}
      S: 250-AUTH PLAIN LOGIN
      ${LAST_EXTENSIONS}
      C: AUTH PLAIN AGFsaWNlQGEuZXhhbXBsZQBzM2NyZXQ=
      S: 235 2.7.0 Authentication successful
      C: MAIL FROM:<alice@a.example> SIZE=83
      S: 250 2.1.0 Ok
      C: RCPT TO:<bob@b.example>
      S: 250 2.1.5 Ok
      C: DATA
      S: 354 End data with <CR><LF>.<CR><LF>
      ${DELIVERY}`),
    );
    expect(run.result?.status).toBe('delivered');
  });

  it('authenticates with AUTH LOGIN against the server', () => {
    const run = converse(
      submission({
        credentials: { username: 'alice@a.example', password: 's3cret', mechanism: 'LOGIN' },
      }),
      MSA(),
    );
    expect(run.transcript).toEqual(
      expect.arrayContaining([
        'C: AUTH LOGIN',
        'S: 334 VXNlcm5hbWU6',
        'C: YWxpY2VAYS5leGFtcGxl',
        'S: 334 UGFzc3dvcmQ6',
        'C: czNjcmV0',
        'S: 235 2.7.0 Authentication successful',
      ]),
    );
    expect(run.result?.status).toBe('delivered');
  });

  it('bounces on a wrong password (B16)', () => {
    const run = converse(
      submission({
        credentials: { username: 'alice@a.example', password: 'wrong', mechanism: 'PLAIN' },
      }),
      MSA(),
    );
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: { step: 'AUTH', status: '5.7.8' },
    });
    expect(run.result?.failure?.reply?.raw).toBe(
      '535 5.7.8 Error: authentication failed: (reason unavailable)',
    );
  });

  it('stops before AUTH when the server does not offer it in clear (B17)', () => {
    const run = converse(submission({ tls: 'none' }), MSA({ tlsSecurityLevel: 'may' }));
    expect(run.transcript.filter((line) => line.startsWith('C: '))).toEqual([
      'C: EHLO pc-alice.a.example',
      'C: QUIT',
    ]);
    expect(run.result?.failure?.reason).toBe('SMTP AUTH extension not supported by server.');
  });

  it('is refused at RCPT when it submits without AUTH (B18)', () => {
    const run = converse(submission({ credentials: undefined }), MSA());
    expect(run.result).toMatchObject({
      status: 'bounced',
      recipients: [{ failure: { step: 'RCPT', status: '5.7.1' } }],
    });
    expect(run.result?.recipients[0]?.failure?.reply?.raw).toBe(
      '554 5.7.1 <bob@b.example>: Recipient address rejected: Access denied',
    );
  });

  it('bounces a relay denied at RCPT (B01)', () => {
    const run = converse(relay(), MX({ localDomains: ['elsewhere.example'] }));
    expect(run.result?.recipients[0]?.failure?.reason).toBe(
      'host mx1.b.example[203.0.113.10] said: 554 5.7.1 <bob@b.example>: Relay access denied (in reply to RCPT TO command)',
    );
    expect(run.transcript).not.toContain('C: DATA');
  });

  it('defers a relay the server defers (defer_unauth_destination, 454)', () => {
    const run = converse(relay(), MX({ localDomains: ['elsewhere.example'], relay: 'defer' }));
    expect(run.result).toMatchObject({ status: 'deferred' });
  });

  it('delivers to the known recipient and bounces the unknown one (B02)', () => {
    const run = converse(
      relay({
        pipelining: true,
        envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'bbo@b.example'] },
      }),
      MX({ mailboxes: ['bob@b.example'] }),
    );
    expect(run.result).toMatchObject({
      status: 'partial',
      queueId: '4Xq2Lk1Z3nz9',
      recipients: [
        { address: 'bob@b.example', status: 'delivered' },
        { address: 'bbo@b.example', status: 'bounced', failure: { status: '5.1.1' } },
      ],
    });
  });

  it('defers the recipients over the server limit (452, B26)', () => {
    const run = converse(
      relay({
        envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] },
      }),
      MX({ recipientLimit: 1 }),
    );
    expect(run.result).toMatchObject({
      status: 'partial',
      recipients: [{ status: 'delivered' }, { status: 'deferred', failure: { status: '4.5.3' } }],
    });
  });

  it('does not offer a message over the advertised SIZE (B04)', () => {
    const run = converse(relay(), MX({ messageSizeLimit: 50 }));
    expect(run.transcript).not.toContain('C: MAIL FROM:<alice@a.example> SIZE=83');
    expect(run.result).toMatchObject({ status: 'bounced', failure: { kind: 'client' } });
  });

  it('bounces at the end of data a message too big when SIZE is not advertised', () => {
    const run = converse(
      relay(),
      MX({ messageSizeLimit: 50, extensions: { ...MX().extensions, size: false } }),
    );
    expect(run.result?.failure?.reason).toBe(
      'host mx1.b.example[203.0.113.10] said: 552 5.3.4 Error: message file too big (in reply to end of DATA command)',
    );
  });

  it('bounces a mail loop at the end of data (554 5.4.0, B30)', () => {
    const looped = `${'Received: from x by y; Thu, 26 Nov 2026 12:00:00 +0000\r\n'.repeat(51)}${MESSAGE}`;
    const run = converse(relay({ message: looped }), MX());
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: { step: 'end of data', status: '5.4.0' },
    });
  });

  it('defers when the queue cannot be written (451 at the end of data)', () => {
    const run = converse(relay(), MX({ queue: () => ({ reply: reply('queueWriteError') }) }));
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'end of data', temporary: true },
    });
  });

  it('defers a greylisted recipient (B10)', () => {
    const run = converse(
      relay(),
      MX({ recipientHook: ({ recipient }) => reply('greylisted', { address: recipient }) }),
    );
    expect(run.result).toMatchObject({
      status: 'deferred',
      recipients: [{ failure: { step: 'RCPT', status: '4.7.1' } }],
    });
  });

  it('bounces a sender the login does not own (B19)', () => {
    const run = converse(
      submission({ envelope: { mailFrom: 'ceo@a.example', rcptTo: ['bob@b.example'] } }),
      MSA({ senderLogins: { 'alice@a.example': ['alice@a.example'] } }),
    );
    expect(run.result).toMatchObject({ status: 'bounced' });
    expect(run.result?.recipients[0]?.failure?.reply?.code).toBe(553);
  });

  it('says QUIT after a 554 greeting', () => {
    const run = converse(relay(), MX({ greeting: 'refuse' }));
    expect(run.transcript.filter((line) => line.startsWith('C: '))).toEqual(['C: QUIT']);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { step: 'greeting' } });
  });

  it('ends without QUIT on a 421 greeting', () => {
    const run = converse(relay(), MX({ greeting: 'busy' }));
    expect(run.transcript.filter((line) => line.startsWith('C: '))).toEqual([]);
    expect(run.result).toMatchObject({ status: 'deferred', failure: { step: 'greeting' } });
  });

  it('ends on 421 when the server times out a slow client (smtpd_timeout, 10 s under stress)', () => {
    const run = converse(relay({ tls: 'none' }), MX({ timeoutMs: 10_000 }), {
      batch: 1,
      ms: 10_000,
    });
    expect(run.transcript.slice(-4)).toEqual([
      'S: 250 CHUNKING',
      'S: 421 4.4.2 mx1.b.example Error: timeout exceeded',
      '-- server closes: timeout --',
      '-- client closes: drop --',
    ]);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: { step: 'MAIL', status: '4.4.2' },
    });
  });
});

describe('LMTP client against the server session in LMTP mode', () => {
  it('gets one reply per recipient after the dot: one saved, one over quota (B03)', () => {
    const run = converse(
      relay({
        protocol: 'lmtp',
        hostname: 'mx1.b.example',
        peer: 'mail.b.example[private/dovecot-lmtp]',
        tls: 'none',
        pipelining: true,
        envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] },
      }),
      postfixDefaults('mail.b.example', {
        lmtp: true,
        localDomains: ['b.example'],
        deliver: (_, address) =>
          address === 'carol@b.example'
            ? { reply: reply('lmtpQuotaExceeded', { address }) }
            : { sessionId: '8Nb1Hq3lE2ZxBAAA0J78UA' },
      }),
    );
    expect(run.transcript).toEqual(
      expect.arrayContaining([
        'C: LHLO mx1.b.example',
        'C: .',
        'S: 250 2.0.0 <bob@b.example> 8Nb1Hq3lE2ZxBAAA0J78UA Saved',
        'S: 552 5.2.2 <carol@b.example> Quota exceeded (mailbox for user is full)',
      ]),
    );
    expect(run.result).toMatchObject({
      status: 'partial',
      recipients: [
        { address: 'bob@b.example', status: 'delivered' },
        { address: 'carol@b.example', status: 'bounced', failure: { status: '5.2.2' } },
      ],
    });
  });
});

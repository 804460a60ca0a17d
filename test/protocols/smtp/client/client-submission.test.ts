import { describe, expect, it } from 'vitest';
import { play, submission } from './transcript';

// base64("\0alice@a.example\0s3cret"), "alice@a.example" and "s3cret", encoded by hand
// (RFC 4648 table) and checked with `printf '\0alice@a.example\0s3cret' | base64`.
const PLAIN = 'AGFsaWNlQGEuZXhhbXBsZQBzM2NyZXQ=';
const USER = 'YWxpY2VAYS5leGFtcGxl';
const PASSWORD = 'czNjcmV0';

const BEFORE_TLS = `
  S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
  C: EHLO pc-alice.a.example
  S: 250-smtp.a.example
  S: 250-PIPELINING
  S: 250-SIZE 10240000
  S: 250-STARTTLS
  S: 250-ENHANCEDSTATUSCODES
  S: 250 8BITMIME
  C: STARTTLS
  S: 220 2.0.0 Ready to start TLS
  -- TLS handshake --
  C: EHLO pc-alice.a.example
`;

const TRANSACTION = `
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
`;

const EHLO_WITH_AUTH = `
  S: 250-smtp.a.example
  S: 250-AUTH PLAIN LOGIN
  S: 250-ENHANCEDSTATUSCODES
  S: 250 8BITMIME
`;

describe('SMTP client, submission on 587', () => {
  it('starts TLS, says EHLO again, then authenticates with PLAIN and an initial response', () => {
    const run = play(
      submission(),
      `${BEFORE_TLS}${EHLO_WITH_AUTH}
      C: AUTH PLAIN ${PLAIN}
      S: 235 2.7.0 Authentication successful
      ${TRANSACTION}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'delivered', queueId: '4Xq2Lk1Z3nz9' });
  });

  it('answers the empty 334 challenge when PLAIN goes without an initial response', () => {
    const run = play(
      submission({
        credentials: {
          username: 'alice@a.example',
          password: 's3cret',
          mechanism: 'PLAIN',
          initialResponse: false,
        },
      }),
      `${BEFORE_TLS}${EHLO_WITH_AUTH}
      C: AUTH PLAIN
      S: 334 
      C: ${PLAIN}
      S: 235 2.7.0 Authentication successful
      ${TRANSACTION}`,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('answers the Username: and Password: challenges of AUTH LOGIN', () => {
    const run = play(
      submission({
        credentials: { username: 'alice@a.example', password: 's3cret', mechanism: 'LOGIN' },
      }),
      `${BEFORE_TLS}${EHLO_WITH_AUTH}
      C: AUTH LOGIN
      S: 334 VXNlcm5hbWU6
      C: ${USER}
      S: 334 UGFzc3dvcmQ6
      C: ${PASSWORD}
      S: 235 2.7.0 Authentication successful
      ${TRANSACTION}`,
    );
    expect(run.actual).toEqual(run.expected);
  });

  it('cancels with "*" a LOGIN exchange that asks a third question', () => {
    const run = play(
      submission({
        credentials: { username: 'alice@a.example', password: 's3cret', mechanism: 'LOGIN' },
      }),
      `${BEFORE_TLS}${EHLO_WITH_AUTH}
      C: AUTH LOGIN
      S: 334 VXNlcm5hbWU6
      C: ${USER}
      S: 334 UGFzc3dvcmQ6
      C: ${PASSWORD}
      S: 334 UGFzc3dvcmQ6
      C: *
      S: 501 5.7.0 Authentication aborted
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({ status: 'bounced', failure: { step: 'AUTH' } });
  });

  it('stops on a wrong password (535) and reports it as permanent', () => {
    const run = play(
      submission(),
      `${BEFORE_TLS}${EHLO_WITH_AUTH}
      C: AUTH PLAIN ${PLAIN}
      S: 535 5.7.8 Error: authentication failed: (reason unavailable)
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'AUTH',
        kind: 'reply',
        temporary: false,
        status: '5.7.8',
        reason:
          'SASL authentication failed; server smtp.a.example[198.51.100.25] said: 535 5.7.8 Error: authentication failed: (reason unavailable)',
      },
    });
  });

  it("refuses to authenticate when AUTH is not advertised, as Python's smtplib does", () => {
    const run = play(
      submission({ tls: 'none' }),
      `
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      S: 250-STARTTLS
      S: 250 8BITMIME
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'bounced',
      failure: {
        step: 'AUTH',
        kind: 'client',
        reason: 'SMTP AUTH extension not supported by server.',
        key: 'smtpClient.failure.authNotOffered',
      },
    });
  });

  it('refuses when AUTH lists no mechanism the client speaks', () => {
    const run = play(
      submission({ tls: 'none' }),
      `
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      S: 250 AUTH CRAM-MD5
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.failure?.reason).toBe('No suitable authentication method found.');
  });

  it('gives up, temporarily, when TLS is required and STARTTLS is not offered', () => {
    const run = play(
      submission(),
      `
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      S: 250 AUTH PLAIN LOGIN
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result).toMatchObject({
      status: 'deferred',
      failure: {
        step: 'EHLO',
        status: '4.7.4',
        reason: 'TLS is required, but was not offered by host smtp.a.example[198.51.100.25]',
      },
    });
  });

  it('gives up when TLS is required and the server refuses STARTTLS', () => {
    const run = play(
      submission(),
      `
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      S: 250-smtp.a.example
      S: 250 STARTTLS
      C: STARTTLS
      S: 454 4.7.0 TLS not available due to local problem
      C: QUIT
      S: 221 2.0.0 Bye
      -- close: quit --
      `,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.failure?.reason).toBe(
      'TLS is required, but host smtp.a.example[198.51.100.25] refused to start TLS: 454 4.7.0 TLS not available due to local problem',
    );
  });

  it('runs TLS before the greeting on 465 and never sends STARTTLS', () => {
    const run = play(
      submission({ tls: 'implicit' }),
      `
      -- TLS handshake --
      S: 220 smtp.a.example ESMTP Postfix (Debian/GNU)
      C: EHLO pc-alice.a.example
      ${EHLO_WITH_AUTH}
      C: AUTH PLAIN ${PLAIN}
      S: 235 2.7.0 Authentication successful
      ${TRANSACTION}`,
    );
    expect(run.actual).toEqual(run.expected);
    expect(run.result?.status).toBe('delivered');
  });
});

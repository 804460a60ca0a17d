import { describe, expect, it } from 'vitest';
import { replay, expected } from './transcript';
import { bobsStore, pop3 } from './world';

const check = (session: ReturnType<typeof pop3>, fixture: string) =>
  expect(replay(session, fixture)).toBe(expected(fixture));

describe('POP3 AUTHORIZATION state (RFC 1939 §4, Dovecot pop3-login)', () => {
  it('greets with the Debian banner and no APOP timestamp', () => {
    check(pop3(bobsStore()), 'S: +OK Dovecot (Debian) ready.');
  });

  it('lists STLS, USER and the SASL mechanisms in CAPA on a trusted plain connection', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: CAPA
       S: +OK
       S: CAPA
       S: TOP
       S: UIDL
       S: RESP-CODES
       S: PIPELINING
       S: AUTH-RESP-CODE
       S: STLS
       S: USER
       S: SASL PLAIN LOGIN
       S: .`,
    );
  });

  it('offers STLS but neither USER nor PLAIN where cleartext is refused (B31)', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false }),
      `S: +OK Dovecot (Debian) ready.
       C: CAPA
       S: +OK
       S: CAPA
       S: TOP
       S: UIDL
       S: RESP-CODES
       S: PIPELINING
       S: AUTH-RESP-CODE
       S: STLS
       S: SASL
       S: .`,
    );
  });

  it('drops STLS from CAPA once TLS is active (port 995)', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false, tlsActive: true }),
      `S: +OK Dovecot (Debian) ready.
       C: CAPA
       S: +OK
       S: CAPA
       S: TOP
       S: UIDL
       S: RESP-CODES
       S: PIPELINING
       S: AUTH-RESP-CODE
       S: USER
       S: SASL PLAIN LOGIN
       S: .`,
    );
  });

  it('answers +OK to USER whether the user exists or not, then refuses a wrong password', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: USER nobody
       S: +OK
       C: PASS bobpass
       S: -ERR [AUTH] Authentication failed.
       C: USER bob
       S: +OK
       C: PASS wrong
       S: -ERR [AUTH] Authentication failed.
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: +OK Logged in.`,
    );
  });

  it('answers PASS without USER with "No username given."', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: PASS bobpass
       S: -ERR No username given.`,
    );
  });

  it('forgets the user name after one PASS', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: +OK
       C: PASS wrong
       S: -ERR [AUTH] Authentication failed.
       C: PASS bobpass
       S: -ERR No username given.`,
    );
  });

  it('refuses USER and PASS in cleartext on a non-secure connection (B31)', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false }),
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.
       C: PASS bobpass
       S: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.`,
    );
  });

  it('accepts cleartext on a non-secure connection when the config allows it', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false, policy: { disablePlaintextAuth: false } }),
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: +OK Logged in.`,
    );
  });

  it('logs in with AUTH PLAIN and an initial response (RFC 5034 §4)', () => {
    // base64 of "\\0bob\\0bobpass" (authzid empty, authcid bob, password bobpass).
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN AGJvYgBib2JwYXNz
       S: +OK Logged in.`,
    );
  });

  it('logs in with AUTH PLAIN after an empty "+ " challenge', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN
       S: +
       C: AGJvYgBib2JwYXNz
       S: +OK Logged in.`,
    );
  });

  it('takes "=" as an empty initial response', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN =
       S: -ERR [AUTH] Authentication failed.`,
    );
  });

  it('takes a trailing space after the mechanism as no initial response', () => {
    const session = pop3(bobsStore());
    session.open();
    const texts = session
      .receive('AUTH PLAIN \r\n')
      .flatMap((output) => (output.kind === 'line' ? [output.text] : []));
    expect(texts).toEqual(['+ \r\n']);
  });

  it('refuses AUTH PLAIN with a wrong password', () => {
    // "\\0bob\\0wrong"
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN AGJvYgB3cm9uZw==
       S: -ERR [AUTH] Authentication failed.`,
    );
  });

  it('lets the client cancel an exchange with "*"', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN
       S: +
       C: *
       S: -ERR Authentication aborted by client.`,
    );
  });

  it('refuses a response that is not base64', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN @@@@
       S: -ERR [AUTH] Invalid base64 data in initial response
       C: AUTH PLAIN
       S: +
       C: not base64!
       S: -ERR [AUTH] Invalid base64 data in continued response`,
    );
  });

  it('logs in with AUTH LOGIN, asking "Username:" then "Password:" in base64', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH LOGIN
       S: + VXNlcm5hbWU6
       C: Ym9i
       S: + UGFzc3dvcmQ6
       C: Ym9icGFzcw==
       S: +OK Logged in.`,
    );
  });

  it('lists the mechanisms for AUTH without argument and refuses an unknown one', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH
       S: +OK
       S: PLAIN
       S: LOGIN
       S: .
       C: AUTH CRAM-MD5
       S: -ERR [AUTH] Unsupported authentication mechanism.`,
    );
  });

  it('treats AUTH PLAIN as unsupported where cleartext is refused', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false }),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN AGJvYgBib2JwYXNz
       S: -ERR [AUTH] Unsupported authentication mechanism.`,
    );
  });

  it('answers APOP with "APOP not enabled." (no timestamp in the greeting)', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: APOP bob c4c9334bac560ecc979e58001b3e22fb
       S: -ERR APOP not enabled.`,
    );
  });

  it('starts TLS on STLS, then allows cleartext and refuses a second STLS (RFC 2595 §4)', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false }),
      `S: +OK Dovecot (Debian) ready.
       C: STLS
       S: +OK Begin TLS negotiation now.
       -- tls start
       -- tls established
       C: STLS
       S: -ERR TLS is already active.
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: +OK Logged in.`,
    );
  });

  it('discards commands pipelined behind STLS before the handshake (CVE-2011-0411)', () => {
    check(
      pop3(bobsStore(), { trustedPeer: false }),
      `S: +OK Dovecot (Debian) ready.
       C+: STLS
       C: USER injected
       S: +OK Begin TLS negotiation now.
       -- tls start
       -- tls established
       C: PASS bobpass
       S: -ERR No username given.`,
    );
  });

  it('answers STLS with "TLS support isn\'t enabled." when no certificate is set', () => {
    check(
      pop3(bobsStore(), { policy: { tlsAvailable: false } }),
      `S: +OK Dovecot (Debian) ready.
       C: STLS
       S: -ERR TLS support isn't enabled.`,
    );
  });

  it('closes on QUIT before login with "+OK Logging out" and changes nothing', () => {
    const store = bobsStore();
    check(
      pop3(store),
      `S: +OK Dovecot (Debian) ready.
       C: QUIT
       S: +OK Logging out
       -- close quit`,
    );
    expect(store.messages('bob', 'INBOX')).toHaveLength(2);
  });

  it('answers a transaction command before login as unknown', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: STAT
       S: -ERR Unknown command.`,
    );
  });

  it('disconnects after 3 bad commands in a row before login', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: XYZZ
       S: -ERR Unknown command.
       C: CAPA
       S: +OK
       S: CAPA
       S: TOP
       S: UIDL
       S: RESP-CODES
       S: PIPELINING
       S: AUTH-RESP-CODE
       S: STLS
       S: USER
       S: SASL PLAIN LOGIN
       S: .
       C: XYZZ
       S: -ERR Unknown command.
       C: XYZZ
       S: -ERR Unknown command.
       C: XYZZ
       S: -ERR Unknown command.
       S: -ERR Too many invalid bad commands.
       -- close error
       C: CAPA`,
    );
  });

  it('accepts keywords in any case (RFC 1939 §3)', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: user bob
       S: +OK
       C: pAsS bobpass
       S: +OK Logged in.`,
    );
  });

  it('disconnects a client that has not logged in after 3 minutes', () => {
    const session = pop3(bobsStore(), { now: 1000 });
    check(
      session,
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: +OK
       -- tick 180999
       -- tick 181000
       S: -ERR Disconnected for inactivity.
       -- close timeout`,
    );
    expect(session.closed).toBe(true);
  });
});

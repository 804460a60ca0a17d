import { describe, expect, it } from 'vitest';
import { bobStore, fixture, openSession, play, clientLinesOf } from './transcript';

const GREETING =
  'S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.';
const POST_LOGIN =
  'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE UNSELECT CHILDREN UIDPLUS MOVE LITERAL+';

/** Replays the fixture's client lines and expects exactly its server lines. */
function expectTranscript(expected: string[], config: Parameters<typeof openSession>[1] = {}) {
  const session = openSession(bobStore(), config);
  expect(play(session, clientLinesOf(expected))).toEqual(expected);
  return session;
}

describe('IMAP greeting and capabilities (Dovecot 2.3.19 imap-login)', () => {
  it('greets with the capability list and the Debian banner', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 CAPABILITY
      S: * CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN
      S: a1 OK Pre-login capabilities listed, post-login capabilities have more.
    `),
    );
  });

  it('offers LOGINDISABLED instead of AUTH= when cleartext is refused on this connection', () => {
    const session = openSession(bobStore(), { disablePlaintextAuth: true });
    expect(play(session, [])).toEqual([
      'S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready.',
    ]);
  });

  it('leaves STARTTLS out when the server has no certificate, and on implicit TLS', () => {
    for (const config of [{ tlsAvailable: false }, { implicitTls: true }]) {
      const session = openSession(bobStore(), config);
      expect(play(session, [])).toEqual([
        'S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.',
      ]);
    }
  });

  it('lists the post-login capabilities after login', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 LOGIN bob s3cret
      S: a1 OK [CAPABILITY ${POST_LOGIN}] Logged in
      C: a2 CAPABILITY
      S: * CAPABILITY ${POST_LOGIN}
      S: a2 OK Capability completed.
    `),
    );
  });
});

describe('IMAP not authenticated state', () => {
  it('answers NO [AUTHENTICATIONFAILED] to a wrong password and stays not authenticated', () => {
    const session = expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 LOGIN bob wrong
      S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.
    `),
    );
    expect(session.state).toBe('notAuthenticated');
  });

  it('accepts quoted strings and literals as LOGIN arguments', () => {
    const session = openSession(bobStore());
    expect(play(session, ['a1 LOGIN "bob" {6}'], false)).toEqual([
      'C: a1 LOGIN "bob" {6}',
      'S: + OK',
    ]);
    expect(play(session, ['s3cret'], false)).toEqual([
      'C: s3cret',
      `S: a1 OK [CAPABILITY ${POST_LOGIN}] Logged in`,
    ]);
    expect(session.state).toBe('authenticated');
  });

  it('warns that a cleartext password was exposed, then refuses it without TLS', () => {
    expectTranscript(
      fixture(`
        S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready.
        C: a1 LOGIN bob s3cret
        S: * BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.
        S: a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.
        C: a2 AUTHENTICATE PLAIN AGJvYgBzM2NyZXQ=
        S: a2 NO [PRIVACYREQUIRED] Plaintext authentication disabled.
      `),
      { disablePlaintextAuth: true },
    );
  });

  it('accepts cleartext from a trusted peer, as Dovecot does for a secured local connection', () => {
    const session = openSession(bobStore(), { disablePlaintextAuth: true, trustedPeer: true });
    expect(play(session, ['a1 LOGIN bob s3cret']).at(-1)).toBe(
      `S: a1 OK [CAPABILITY ${POST_LOGIN}] Logged in`,
    );
  });

  it('logs in with AUTHENTICATE PLAIN and an initial response (SASL-IR)', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 AUTHENTICATE PLAIN AGJvYgBzM2NyZXQ=
      S: a1 OK [CAPABILITY ${POST_LOGIN}] Logged in
    `),
    );
  });

  it('asks for the PLAIN response with "+ " and checks it', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 AUTHENTICATE PLAIN
      S: + 
      C: AGJvYgB3cm9uZw==
      S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.
      C: a2 AUTHENTICATE PLAIN
      S: + 
      C: AGJvYgBzM2NyZXQ=
      S: a2 OK [CAPABILITY ${POST_LOGIN}] Logged in
    `),
    );
  });

  it('runs the LOGIN mechanism: Username:, then Password:', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 AUTHENTICATE LOGIN
      S: + VXNlcm5hbWU6
      C: Ym9i
      S: + UGFzc3dvcmQ6
      C: czNjcmV0
      S: a1 OK [CAPABILITY ${POST_LOGIN}] Logged in
    `),
    );
  });

  it('cancels AUTHENTICATE when the client sends "*", and refuses bad base64', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 AUTHENTICATE PLAIN
      S: + 
      C: *
      S: a1 BAD Authentication aborted by client.
      C: a2 AUTHENTICATE PLAIN
      S: + 
      C: %%%
      S: a2 BAD Invalid base64 data in continued response
      C: a3 AUTHENTICATE CRAM-MD5
      S: a3 NO [ALERT] Unsupported authentication mechanism.
    `),
    );
  });

  it("answers the missing tag with imap-login's hint", () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: LOGIN bob s3cret
      S: LOGIN BAD First parameter in line is IMAP's command tag, not the command name. Add that before the command, like: a login user pass
    `),
    );
  });

  it('refuses other commands before login, and hangs up at the third invalid one', () => {
    const session = expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 SELECT INBOX
      S: a1 BAD Error in IMAP command received by server.
      C: a2 FETCH 1 BODY[]
      S: a2 BAD Error in IMAP command received by server.
      C: a3 NOOP
      S: a3 OK NOOP completed.
      C: a4 FOO
      S: * BYE Too many invalid IMAP commands.
    `),
    );
    expect(session.closed).toBe(true);
  });

  it('answers a tag with forbidden characters untagged', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a+1 NOOP
      S: * BAD Error in IMAP command received by server.
    `),
    );
  });

  it('answers ID and ignores ENABLE before login', () => {
    expectTranscript(
      fixture(`
      ${GREETING}
      C: a1 ID ("name" "Thunderbird")
      S: * ID ("name" "Dovecot")
      S: a1 OK ID completed.
      C: a2 ENABLE CONDSTORE
      S: * ENABLED
      S: a2 OK ENABLE ignored in non-authenticated state.
    `),
    );
  });

  it('says BYE, then OK, then closes on LOGOUT', () => {
    const session = openSession(bobStore());
    session.open();
    const outputs = session.receive('a1 LOGOUT\r\n');
    expect(outputs.filter((output) => output.kind !== 'command')).toEqual([
      expect.objectContaining({ text: '* BYE Logging out\r\n' }),
      expect.objectContaining({ text: 'a1 OK Logout completed.\r\n' }),
      { kind: 'close', reason: 'quit' },
    ]);
    expect(session.state).toBe('logout');
    expect(session.closed).toBe(true);
  });
});

describe('IMAP STARTTLS (RFC 3501 §6.2.1)', () => {
  it('starts TLS, discards what was pipelined before the handshake, then lists AUTH= again', () => {
    const session = openSession(bobStore(), { disablePlaintextAuth: true });
    session.open();
    // CVE-2011-0411: the injected LOGIN must not be obeyed after the handshake.
    const outputs = session.receive('a1 STARTTLS\r\na2 LOGIN bob s3cret\r\n');
    expect(outputs.filter((output) => output.kind !== 'command')).toEqual([
      expect.objectContaining({ text: 'a1 OK Begin TLS negotiation now.\r\n' }),
      { kind: 'tlsStart' },
    ]);
    expect(session.tlsEstablished()).toEqual([]);
    expect(play(session, ['a3 CAPABILITY', 'a4 STARTTLS'], false)).toEqual([
      'C: a3 CAPABILITY',
      'S: * CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN',
      'S: a3 OK Pre-login capabilities listed, post-login capabilities have more.',
      'C: a4 STARTTLS',
      'S: a4 BAD TLS is already active.',
    ]);
  });

  it('refuses STARTTLS when the server has no certificate', () => {
    const session = openSession(bobStore(), { tlsAvailable: false });
    expect(play(session, ['a1 STARTTLS'], false)).toEqual([
      'C: a1 STARTTLS',
      "S: a1 BAD TLS support isn't enabled.",
    ]);
  });
});

describe('IMAP autologout (RFC 3501 §5.4)', () => {
  it('says BYE after 30 minutes without a command', () => {
    const session = openSession(bobStore(), { startTime: 0 });
    session.open();
    expect(session.tick(29 * 60_000)).toEqual([]);
    const outputs = session.tick(30 * 60_000);
    expect(outputs).toEqual([
      expect.objectContaining({ text: '* BYE Disconnected for inactivity.\r\n' }),
      { kind: 'close', reason: 'timeout' },
    ]);
    expect(session.closed).toBe(true);
  });
});

describe('IMAP missing tag, when the first word is a known command', () => {
  it('gives the hint whatever command name follows LOGIN, but not for LOGIN itself', () => {
    expect(play(openSession(bobStore()), ['LOGIN select', 'LOGIN LOGIN'], false)).toEqual([
      'C: LOGIN select',
      "S: LOGIN BAD First parameter in line is IMAP's command tag, not the command name. Add that before the command, like: a login user pass",
      'C: LOGIN LOGIN',
      'S: LOGIN BAD Error in IMAP command received by server.',
    ]);
  });
});

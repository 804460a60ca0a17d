import { describe, expect, it } from 'vitest';
import { replay, expected } from './transcript';
import { bobsStore, LETTER_1, pop3 } from './world';

const check = (session: ReturnType<typeof pop3>, fixture: string) =>
  expect(replay(session, fixture)).toBe(expected(fixture));

const LOGIN = `S: +OK Dovecot (Debian) ready.
               C: USER bob
               S: +OK
               C: PASS bobpass
               S: +OK Logged in.`;

describe('POP3 TRANSACTION state (RFC 1939 §5, Dovecot pop3-commands.c)', () => {
  it('lists the same capabilities after login, without STLS, USER or SASL', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: CAPA
       S: +OK
       S: CAPA
       S: TOP
       S: UIDL
       S: RESP-CODES
       S: PIPELINING
       S: AUTH-RESP-CODE
       S: .`,
    );
  });

  it('counts messages and octets with STAT and LIST (CRLF and UTF-8 counted)', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: STAT
       S: +OK 2 95
       C: LIST
       S: +OK 2 messages:
       S: 1 66
       S: 2 29
       S: .
       C: LIST 2
       S: +OK 2 29`,
    );
  });

  it('gives UIDL ids as UID then UIDVALIDITY in 8 upper-case hex digits', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: UIDL
       S: +OK
       S: 1 00000001665D71C0
       S: 2 00000002665D71C0
       S: .
       C: UIDL 2
       S: +OK 2 00000002665D71C0`,
    );
  });

  it('sends RETR byte-stuffed with the size in octets', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: RETR 1
       S: +OK 66 octets
       S: From: alice@a.example
       S: Subject: Bonjour
       S:
       S: Salut Bob
       S: ..signature
       S: .`,
    );
  });

  it('sends the header and the first k body lines for TOP n k', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: TOP 1 0
       S: +OK
       S: From: alice@a.example
       S: Subject: Bonjour
       S:
       S: .
       C: TOP 1 1
       S: +OK
       S: From: alice@a.example
       S: Subject: Bonjour
       S:
       S: Salut Bob
       S: .
       C: TOP 1 99
       S: +OK
       S: From: alice@a.example
       S: Subject: Bonjour
       S:
       S: Salut Bob
       S: ..signature
       S: .`,
    );
  });

  it('marks with DELE, hides the message, refuses it again, and RSET unmarks', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: DELE 1
       S: +OK Marked to be deleted.
       C: DELE 1
       S: -ERR Message is deleted.
       C: RETR 1
       S: -ERR Message is deleted.
       C: STAT
       S: +OK 1 29
       C: LIST
       S: +OK 1 messages:
       S: 2 29
       S: .
       C: RSET
       S: +OK
       C: STAT
       S: +OK 2 95`,
    );
  });

  it('answers a number out of range with "There\'s no message n."', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: LIST 9
       S: -ERR There's no message 9.
       C: RETR 0
       S: -ERR There's no message 0.`,
    );
  });

  it('answers a malformed number as Dovecot does', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: RETR abc
       S: -ERR Invalid message number: abc
       C: RETR
       S: -ERR Invalid message number:
       C: DELE 1x
       S: -ERR Noise after message number: x
       C: LIST 99999999999
       S: -ERR Message number too large: 99999999999
       C: TOP 1
       S: -ERR Noise after message number:
       C: TOP 1 x
       S: -ERR Invalid size: x
       C: TOP 1 2z
       S: -ERR Noise after size: z`,
    );
  });

  it('answers NOOP with +OK', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: NOOP
       S: +OK`,
    );
  });

  it('names the unknown command after login, in upper case', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       C: xyzz
       S: -ERR Unknown command: XYZZ
       C: USER bob
       S: -ERR Unknown command: USER`,
    );
  });

  it('keeps the message numbers of the login snapshot when mail arrives (RFC 1939 §4)', () => {
    const store = bobsStore();
    const session = pop3(store);
    replay(session, LOGIN);
    store.deliver('bob', 'Subject: new\r\n\r\nx\r\n', 0);
    check(
      session,
      `C: STAT
       S: +OK 2 95
       C: LIST 3
       S: -ERR There's no message 3.`,
    );
  });

  it('reports a message expunged meanwhile over IMAP', () => {
    const store = bobsStore();
    const session = pop3(store);
    replay(session, LOGIN);
    store.setFlags('bob', 'INBOX', 1, ['\\Deleted'], 'add');
    store.expunge('bob', 'INBOX');
    check(
      session,
      `C: RETR 1
       S: -ERR Message 1 expunged.
       C: LIST 1
       S: +OK 1 66`,
    );
  });

  it('answers pipelined commands in order, even split across chunks', () => {
    const session = pop3(bobsStore());
    session.open();
    const replies = [
      ...session.receive('USER bob\r\nPASS bob'),
      ...session.receive('pass\r\nSTAT\r\nNO'),
      ...session.receive('OP\r\n'),
    ].flatMap((output) => (output.kind === 'line' ? [output.text] : []));
    expect(replies).toEqual(['+OK\r\n', '+OK Logged in.\r\n', '+OK 2 95\r\n', '+OK\r\n']);
  });

  it('echoes each command with its verb and explanation key', () => {
    const session = pop3(bobsStore());
    session.open();
    const commands = session
      .receive('USER bob\r\nPASS bobpass\r\nretr 1\r\nFOO\r\n')
      .flatMap((output) => (output.kind === 'command' ? [output.command] : []));
    expect(commands).toEqual([
      { verb: 'USER', key: 'pop3.command.USER' },
      { verb: 'PASS', key: 'pop3.command.PASS' },
      { verb: 'RETR', key: 'pop3.command.RETR' },
      { verb: 'FOO', key: 'pop3.command.unknown' },
    ]);
  });

  it('classifies each reply with its code, response code and key', () => {
    const session = pop3(bobsStore());
    session.open();
    const replies = session
      .receive('USER bob\r\nPASS wrong\r\n')
      .flatMap((output) => (output.kind === 'line' ? [output.reply] : []));
    expect(replies).toEqual([
      { code: '+OK', key: 'pop3.reply.userOk' },
      { code: '-ERR', enhanced: 'AUTH', key: 'pop3.reply.authFailed' },
    ]);
  });

  it('disconnects after more than 20 bad commands in a row, and a good one resets the count', () => {
    const bad = Array.from({ length: 20 }, () => "C: RETR 9\nS: -ERR There's no message 9.").join(
      '\n',
    );
    check(
      pop3(bobsStore()),
      `${LOGIN}
       ${bad}
       C: NOOP
       S: +OK
       ${bad}
       C: RETR 9
       S: -ERR There's no message 9.
       S: -ERR Too many bad commands.
       -- close error`,
    );
  });

  it('sends the raw message exactly, so its octets match the +OK count', () => {
    const session = pop3(bobsStore());
    session.open();
    const [, , retr] = session
      .receive('USER bob\r\nPASS bobpass\r\nRETR 1\r\n')
      .flatMap((output) => (output.kind === 'line' ? [output.text] : []));
    const body = retr?.split('\r\n').slice(1, -2).join('\r\n').replace(/^\.\./m, '.');
    expect(`${body}\r\n`).toBe(LETTER_1);
  });
});

import { describe, expect, it } from 'vitest';
import { replay, expected } from './transcript';
import { bobsStore, pop3 } from './world';

const check = (session: ReturnType<typeof pop3>, fixture: string) =>
  expect(replay(session, fixture)).toBe(expected(fixture));

const LOGIN = `S: +OK Dovecot (Debian) ready.
               C: USER bob
               S: +OK
               C: PASS bobpass
               S: +OK Logged in.`;

describe('POP3 input limits and timers (Dovecot pop3-login, pop3)', () => {
  it('accepts a line of 1024 octets, CRLF included, before login', () => {
    const session = pop3(bobsStore());
    session.open();
    const texts = session
      .receive(`${'X'.repeat(1022)}\r\n`)
      .flatMap((output) => (output.kind === 'line' ? [output.text] : []));
    expect(texts).toEqual(['-ERR Unknown command.\r\n']);
  });

  it('closes when a line before login does not fit 1024 octets', () => {
    const session = pop3(bobsStore());
    session.open();
    const outputs = session.receive('X'.repeat(1024));
    expect(outputs).toEqual([
      {
        kind: 'line',
        text: '-ERR Input buffer full, aborting\r\n',
        reply: { code: '-ERR', key: 'pop3.reply.inputBufferFull' },
      },
      { kind: 'close', reason: 'error' },
    ]);
    expect(session.closed).toBe(true);
  });

  it('counts octets, not characters, against the limit', () => {
    const session = pop3(bobsStore());
    session.open();
    // 512 "é" are 1024 octets in UTF-8.
    const outputs = session.receive('é'.repeat(512));
    expect(outputs.at(-1)).toEqual({ kind: 'close', reason: 'error' });
  });

  it('closes with "Input line too long." when a line after login passes 2048 octets', () => {
    const session = pop3(bobsStore());
    replay(session, LOGIN);
    const texts = session
      .receive(`NOOP ${'x'.repeat(2048)}\r\n`)
      .flatMap((output) => (output.kind === 'line' ? [output.text] : []));
    expect(texts).toEqual(['-ERR Input line too long.\r\n']);
    expect(session.closed).toBe(true);
  });

  it('says "during authentication" when the login timer ends inside a SASL exchange', () => {
    check(
      pop3(bobsStore()),
      `S: +OK Dovecot (Debian) ready.
       C: AUTH PLAIN
       S: +
       -- tick 180000
       S: -ERR Disconnected for inactivity during authentication.
       -- close timeout`,
    );
  });

  it('resets the 10-minute timer on every command after login', () => {
    check(
      pop3(bobsStore()),
      `${LOGIN}
       -- tick 500000
       C: NOOP
       S: +OK
       -- tick 1099999
       -- tick 1100000
       S: -ERR Disconnected for inactivity.
       -- close timeout`,
    );
  });

  it('takes \\Recent from INBOX at login, as Dovecot does for POP3 sessions', () => {
    const store = bobsStore();
    store.deliver('bob', 'Subject: new\r\n\r\nx\r\n', 0);
    expect(store.status('bob', 'INBOX')?.recent).toBe(1);
    replay(pop3(store), LOGIN);
    expect(store.status('bob', 'INBOX')?.recent).toBe(0);
  });
});

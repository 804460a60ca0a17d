import { describe, expect, it } from 'vitest';
import type { MailboxEvent } from '../../../src/protocols/mailbox/events';
import { replay, expected } from './transcript';
import { bobsStore, pop3 } from './world';

const check = (session: ReturnType<typeof pop3>, fixture: string) =>
  expect(replay(session, fixture)).toBe(expected(fixture));

const LOGIN = `S: +OK Dovecot (Debian) ready.
               C: USER bob
               S: +OK
               C: PASS bobpass
               S: +OK Logged in.`;

const inbox = (store: ReturnType<typeof bobsStore>) =>
  store.messages('bob', 'INBOX')?.map((message) => [message.uid, message.flags]);

describe('POP3 UPDATE state (RFC 1939 §6)', () => {
  it('says "Logging out." and removes nothing when nothing was marked', () => {
    const store = bobsStore();
    check(
      pop3(store),
      `${LOGIN}
       C: QUIT
       S: +OK Logging out.
       -- close quit`,
    );
    expect(inbox(store)).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('removes the marked messages at QUIT, so IMAP sessions see them expunged', () => {
    const store = bobsStore();
    const imap: MailboxEvent[] = [];
    store.watch('bob', 'INBOX', (event) => imap.push(event));
    const session = pop3(store);
    check(
      session,
      `${LOGIN}
       C: DELE 1
       S: +OK Marked to be deleted.
       C: QUIT
       S: +OK Logging out, messages deleted.
       -- close quit`,
    );
    expect(inbox(store)).toEqual([[2, []]]);
    expect(imap).toEqual([{ type: 'expunge', folder: 'INBOX', uids: [1], origin: undefined }]);
    expect(session.state).toBe('closed');
  });

  it('records \\Seen for RETR at QUIT, not for TOP, and not before QUIT', () => {
    const store = bobsStore();
    const session = pop3(store);
    replay(
      session,
      `${LOGIN}
       C: RETR 1
       C: TOP 2 0`,
    );
    expect(inbox(store)).toEqual([
      [1, []],
      [2, []],
    ]);
    session.receive('QUIT\r\n');
    expect(inbox(store)).toEqual([
      [1, ['\\Seen']],
      [2, []],
    ]);
  });

  it('forgets the pending \\Seen on RSET', () => {
    const store = bobsStore();
    replay(
      pop3(store),
      `${LOGIN}
       C: RETR 1
       C: RSET
       C: QUIT`,
    );
    expect(inbox(store)).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('removes nothing when the connection drops after DELE (B32)', () => {
    const store = bobsStore();
    const session = pop3(store);
    check(
      session,
      `${LOGIN}
       C: DELE 1
       S: +OK Marked to be deleted.
       C: RETR 2
       S: +OK 29 octets
       S: Subject: Café
       S:
       S: à demain
       S: .
       -- drop`,
    );
    expect(session.closed).toBe(true);
    expect(inbox(store)).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('disconnects after 10 idle minutes on the caller clock and removes nothing (B32)', () => {
    const store = bobsStore();
    const session = pop3(store, { now: 0 });
    check(
      session,
      `S: +OK Dovecot (Debian) ready.
       -- tick 60000
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: +OK Logged in.
       C: DELE 1
       S: +OK Marked to be deleted.
       -- tick 659999
       -- tick 660000
       S: -ERR Disconnected for inactivity.
       -- close timeout`,
    );
    expect(inbox(store)).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it('lets two sessions open the same maildrop by default (pop3_lock_session = no)', () => {
    const store = bobsStore();
    replay(pop3(store), LOGIN);
    check(pop3(store), LOGIN);
  });

  it('refuses a second session with [IN-USE] when the lock is on, until the first quits', () => {
    const store = bobsStore();
    const policy = { lockSession: true };
    const first = pop3(store, { policy });
    replay(first, LOGIN);
    check(
      pop3(store, { policy }),
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: -ERR [IN-USE] Mailbox is locked by another POP3 session.
       -- close policy`,
    );
    first.receive('QUIT\r\n');
    check(pop3(store, { policy }), LOGIN);
  });

  it('releases the lock when the connection drops', () => {
    const store = bobsStore();
    const policy = { lockSession: true };
    const first = pop3(store, { policy });
    replay(first, LOGIN);
    first.disconnect();
    check(pop3(store, { policy }), LOGIN);
  });

  it('plays the sample session of the reference (§6.4)', () => {
    const store = bobsStore();
    check(
      pop3(store, { trustedPeer: false, tlsActive: true }),
      `S: +OK Dovecot (Debian) ready.
       C: USER bob
       S: +OK
       C: PASS bobpass
       S: +OK Logged in.
       C: STAT
       S: +OK 2 95
       C: LIST
       S: +OK 2 messages:
       S: 1 66
       S: 2 29
       S: .
       C: RETR 1
       S: +OK 66 octets
       S: From: alice@a.example
       S: Subject: Bonjour
       S:
       S: Salut Bob
       S: ..signature
       S: .
       C: DELE 1
       S: +OK Marked to be deleted.
       C: QUIT
       S: +OK Logging out, messages deleted.
       -- close quit`,
    );
    expect(inbox(store)).toEqual([[2, []]]);
  });
});

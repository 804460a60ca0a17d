import { describe, expect, it } from 'vitest';
import type { MailStore } from '../../../src/protocols/mailbox/store';
import {
  ALICE_LETTER,
  CAROL_LETTER,
  bobStore,
  clientLinesOf,
  fixture,
  openSession,
  play,
} from './transcript';

const octets = (text: string) => new TextEncoder().encode(text).length;
const ALICE_SIZE = octets(ALICE_LETTER);
const CAROL_SIZE = octets(CAROL_LETTER);
const ALICE = '"Alice Durand" NIL "alice" "a.example"';

/** Logs in and selects INBOX, then replays the fixture and expects exactly its lines. */
function expectInInbox(expected: string[], store: MailStore = bobStore()) {
  const session = openSession(store);
  play(session, ['a0 LOGIN bob s3cret', 'a1 SELECT INBOX']);
  expect(play(session, clientLinesOf(expected), false)).toEqual(expected);
  return session;
}

/** A store whose INBOX holds five short messages, uids 1 to 5. */
function fiveMessages(): MailStore {
  const store = bobStore();
  for (const n of [3, 4, 5]) store.deliver('bob', `Subject: n${n}\r\n\r\nbody ${n}\r\n`, 0);
  return store;
}

describe('IMAP FETCH (RFC 3501 §6.4.5)', () => {
  it('gives FLAGS, RFC822.SIZE and the ENVELOPE in the order of §7.4.2', () => {
    expectInInbox(
      fixture(`
        C: a3 FETCH 1:2 (FLAGS RFC822.SIZE ENVELOPE)
        S: * 1 FETCH (FLAGS () RFC822.SIZE ${ALICE_SIZE} ENVELOPE ("Mon, 3 Jun 2024 10:15:00 +0200" "=?utf-8?q?R=C3=A9union_demain?=" ((${ALICE})) ((${ALICE})) ((${ALICE})) (("Bob Martin" NIL "bob" "b.example")) NIL NIL NIL "<5f1c2e0a-77@a.example>"))
        S: * 2 FETCH (FLAGS (\\Seen) RFC822.SIZE ${CAROL_SIZE} ENVELOPE ("Tue, 4 Jun 2024 08:00:00 +0000" "Lunch" ((NIL NIL "carol" "c.example")) ((NIL NIL "carol" "c.example")) ((NIL NIL "carol" "c.example")) ((NIL NIL "bob" "b.example")) NIL NIL NIL NIL))
        S: a3 OK Fetch completed.
      `),
    );
  });

  it('sets \\Seen on BODY[] and reports the new FLAGS; BODY.PEEK[] leaves it', () => {
    const store = bobStore();
    const session = openSession(store);
    play(session, ['a0 LOGIN bob s3cret', 'a1 SELECT INBOX']);
    const peek = play(session, ['a2 FETCH 1 BODY.PEEK[TEXT]'], false);
    expect(peek).toEqual([
      'C: a2 FETCH 1 BODY.PEEK[TEXT]',
      'S: * 1 FETCH (BODY[TEXT] {24}',
      'S: Caf=C3=A9 =C3=A0 10h ?',
      'S: )',
      'S: a2 OK Fetch completed.',
    ]);
    expect(store.message('bob', 'INBOX', 1)?.flags).toEqual([]);
    const read = play(session, ['a3 FETCH 1 BODY[]'], false);
    expect(read[1]).toBe(`S: * 1 FETCH (FLAGS (\\Seen) BODY[] {${ALICE_SIZE}}`);
    expect(read.at(-1)).toBe('S: a3 OK Fetch completed.');
    expect(store.message('bob', 'INBOX', 1)?.flags).toEqual(['\\Seen']);
  });

  it('answers BODY[HEADER.FIELDS (…)], BODY[TEXT] and a partial fetch in octets', () => {
    expectInInbox(
      fixture(`
        C: a2 FETCH 2 (BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)] BODY.PEEK[TEXT] BODY.PEEK[]<0.10>)
        S: * 2 FETCH (BODY[HEADER.FIELDS (FROM SUBJECT)] {41}
        S: From: carol@c.example
        S: Subject: Lunch
        S:
        S:  BODY[TEXT] {22}
        S: Noon at the canteen.
        S:  BODY[]<0> {10}
        S: Date: Tue,)
        S: a2 OK Fetch completed.
      `).map((line) => (line === 'S:' ? 'S: ' : line)),
    );
  });

  it('expands the FAST macro and puts UID first in UID FETCH', () => {
    expectInInbox(
      fixture(`
        C: a2 FETCH 2 FAST
        S: * 2 FETCH (FLAGS (\\Seen) INTERNALDATE "04-Jun-2024 08:00:05 +0000" RFC822.SIZE ${CAROL_SIZE})
        S: a2 OK Fetch completed.
        C: a3 UID FETCH 2:* (FLAGS)
        S: * 2 FETCH (UID 2 FLAGS (\\Seen))
        S: a3 OK Fetch completed.
      `),
    );
  });

  it('counts literal sizes in octets of UTF-8, not characters', () => {
    const store = bobStore();
    store.deliver('bob', 'Subject: x\r\n\r\nCafé\r\n', 0);
    const session = openSession(store);
    play(session, ['a0 LOGIN bob s3cret', 'a1 SELECT INBOX']);
    expect(play(session, ['a2 FETCH 3 BODY.PEEK[TEXT]'], false)[1]).toBe(
      'S: * 3 FETCH (BODY[TEXT] {7}',
    );
  });

  it('describes a multipart message with BODYSTRUCTURE and fetches its parts', () => {
    // The CRLF before a boundary belongs to the boundary (RFC 2046 §5.1.1): the text part is
    // "Caf=C3=A9 ?" CRLF, 13 octets, one line. BODY[2.MIME] is the part's header with its
    // empty line (RFC 3501 §6.4.5).
    const PDF_PART_HEADER = [
      'Content-Type: application/pdf; name="odj.pdf"',
      'Content-Disposition: attachment; filename="odj.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      '',
    ].join('\r\n');
    const store = bobStore();
    const raw = [
      'Subject: Ordre du jour',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="=_b1"',
      '',
      '--=_b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=C3=A9 ?',
      '',
      '--=_b1',
      'Content-Type: application/pdf; name="odj.pdf"',
      'Content-Disposition: attachment; filename="odj.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0x',
      '--=_b1--',
      '',
    ].join('\r\n');
    store.deliver('bob', raw, 0);
    expectInInbox(
      fixture(`
        C: a2 FETCH 3 (BODYSTRUCTURE BODY.PEEK[1] BODY.PEEK[2.MIME])
        S: * 3 FETCH (BODYSTRUCTURE (("text" "plain" ("charset" "utf-8") NIL NIL "quoted-printable" 13 1 NIL NIL NIL NIL)("application" "pdf" ("name" "odj.pdf") NIL NIL "base64" 8 NIL ("attachment" ("filename" "odj.pdf")) NIL NIL) "mixed" ("boundary" "=_b1") NIL NIL NIL) BODY[1] {13}
        S: Caf=C3=A9 ?
        S:  BODY[2.MIME] {${octets(PDF_PART_HEADER)}}
        S: Content-Type: application/pdf; name="odj.pdf"
        S: Content-Disposition: attachment; filename="odj.pdf"
        S: Content-Transfer-Encoding: base64
        S:
        S: )
        S: a2 OK Fetch completed.
      `).map((line) => (line === 'S:' ? 'S: ' : line)),
      store,
    );
  });

  it('answers BAD for a message number above EXISTS', () => {
    expectInInbox(
      fixture(`
        C: a2 FETCH 9 FLAGS
        S: a2 BAD Error in IMAP command FETCH: Invalid messageset
        C: a3 FETCH 1 (FLAGS WHATEVER)
        S: a3 BAD Error in IMAP command FETCH: Unknown parameter WHATEVER
      `),
    );
  });
});

describe('IMAP STORE (RFC 3501 §6.4.6)', () => {
  it('replaces, adds and removes flags, and stays silent with .SILENT', () => {
    const store = bobStore();
    expectInInbox(
      fixture(`
        C: a2 STORE 1 +FLAGS (\\Deleted)
        S: * 1 FETCH (FLAGS (\\Deleted))
        S: a2 OK Store completed.
        C: a3 STORE 1:2 FLAGS (\\Flagged $Junk)
        S: * 1 FETCH (FLAGS (\\Flagged $Junk))
        S: * 2 FETCH (FLAGS (\\Flagged $Junk))
        S: a3 OK Store completed.
        C: a4 STORE 2 -FLAGS.SILENT ($Junk)
        S: a4 OK Store completed.
        C: a5 UID STORE 2 +FLAGS (\\Seen)
        S: * 2 FETCH (UID 2 FLAGS (\\Flagged \\Seen))
        S: a5 OK Store completed.
        C: a6 STORE 1 +FLAGS (\\Recent)
        S: a6 BAD Error in IMAP command STORE: Invalid system flag \\RECENT
      `),
      store,
    );
    expect(store.message('bob', 'INBOX', 2)?.flags).toEqual(['\\Flagged', '\\Seen']);
  });
});

describe('IMAP EXPUNGE, CLOSE and UNSELECT (RFC 3501 §6.4.2–§6.4.3, RFC 3691)', () => {
  it('renumbers after each expunge: deleting 2, 3 and 4 gives "* 2 EXPUNGE" three times', () => {
    expectInInbox(
      fixture(`
        C: a2 STORE 2:4 +FLAGS.SILENT (\\Deleted)
        S: a2 OK Store completed.
        C: a3 EXPUNGE
        S: * 2 EXPUNGE
        S: * 2 EXPUNGE
        S: * 2 EXPUNGE
        S: a3 OK Expunge completed.
        C: a4 UID SEARCH ALL
        S: * SEARCH 1 5
        S: a4 OK Search completed.
      `),
      fiveMessages(),
    );
  });

  it('expunges only the given UIDs with UID EXPUNGE', () => {
    expectInInbox(
      fixture(`
        C: a2 STORE 2:4 +FLAGS.SILENT (\\Deleted)
        S: a2 OK Store completed.
        C: a3 UID EXPUNGE 3
        S: * 3 EXPUNGE
        S: a3 OK Expunge completed.
      `),
      fiveMessages(),
    );
  });

  it('expunges silently on CLOSE and keeps \\Deleted messages on UNSELECT', () => {
    const store = fiveMessages();
    const session = expectInInbox(
      fixture(`
        C: a2 STORE 1 +FLAGS.SILENT (\\Deleted)
        S: a2 OK Store completed.
        C: a3 UNSELECT
        S: a3 OK Unselect completed.
      `),
      store,
    );
    expect(session.state).toBe('authenticated');
    expect(store.messages('bob', 'INBOX')?.length).toBe(5);
    expect(play(session, ['a4 SELECT INBOX', 'a5 CLOSE'], false).slice(-2)).toEqual([
      'C: a5 CLOSE',
      'S: a5 OK Close completed.',
    ]);
    expect(store.messages('bob', 'INBOX')?.map((message) => message.uid)).toEqual([2, 3, 4, 5]);
    expect(session.state).toBe('authenticated');
  });
});

describe('IMAP SEARCH (RFC 3501 §6.4.4)', () => {
  it('finds messages by flags, addresses, subject, body, date and UID', () => {
    expectInInbox(
      fixture(`
        C: a2 SEARCH ALL
        S: * SEARCH 1 2
        S: a2 OK Search completed.
        C: a3 SEARCH UNSEEN FROM "alice"
        S: * SEARCH 1
        S: a3 OK Search completed.
        C: a4 SEARCH SEEN
        S: * SEARCH 2
        S: a4 OK Search completed.
        C: a5 SEARCH SUBJECT "réunion"
        S: * SEARCH 1
        S: a5 OK Search completed.
        C: a6 SEARCH TO bob BODY canteen
        S: * SEARCH 2
        S: a6 OK Search completed.
        C: a7 SEARCH SINCE 4-Jun-2024
        S: * SEARCH 2
        S: a7 OK Search completed.
        C: a8 SEARCH OR DELETED FLAGGED
        S: * SEARCH
        S: a8 OK Search completed.
        C: a9 UID SEARCH NOT UID 1
        S: * SEARCH 2
        S: a9 OK Search completed.
        C: b1 SEARCH CHARSET UTF-8 BEFORE 1-Jan-2024
        S: * SEARCH
        S: b1 OK Search completed.
      `),
    );
  });
});

describe('IMAP COPY and MOVE (RFC 3501 §6.4.7, RFC 6851, RFC 4315)', () => {
  it('copies with COPYUID and answers [TRYCREATE] for a missing folder', () => {
    expectInInbox(
      fixture(`
        C: a2 COPY 1:2 Trash
        S: a2 OK [COPYUID 1717400002 1:2 1:2] Copy completed.
        C: a3 COPY 1 Archives
        S: a3 NO [TRYCREATE] Mailbox doesn't exist: Archives
        C: a4 UID COPY 7 Trash
        S: a4 OK No messages found.
      `),
    );
  });

  it('moves: COPYUID first, then the EXPUNGE of each message moved', () => {
    const store = bobStore();
    expectInInbox(
      fixture(`
        C: a2 UID MOVE 2 Trash
        S: * OK [COPYUID 1717400002 2 1] Moved UIDs.
        S: * 2 EXPUNGE
        S: a2 OK Move completed.
      `),
      store,
    );
    expect(store.messages('bob', 'Trash')?.map((message) => message.raw)).toEqual([CAROL_LETTER]);
  });
});

describe('IMAP state and syntax errors (§7.3, B35)', () => {
  it('answers BAD No mailbox selected. to selected-state commands without a mailbox', () => {
    const session = openSession(bobStore());
    play(session, ['a0 LOGIN bob s3cret']);
    expect(play(session, ['a1 FETCH 1 BODY[]', 'a2 EXPUNGE'], false)).toEqual([
      'C: a1 FETCH 1 BODY[]',
      'S: a1 BAD No mailbox selected.',
      'C: a2 EXPUNGE',
      'S: a2 BAD No mailbox selected.',
    ]);
  });

  it('names the unknown command after login, LOGIN included', () => {
    expectInInbox(
      fixture(`
        C: a2 FOO
        S: a2 BAD Error in IMAP command FOO: Unknown command.
        C: a3 LOGIN bob s3cret
        S: a3 BAD Error in IMAP command LOGIN: Unknown command.
        C: a4 SELECT
        S: a4 BAD Error in IMAP command SELECT: Invalid arguments.
      `),
    );
  });

  it('hangs up after 20 invalid commands after login', () => {
    const session = openSession(bobStore());
    play(session, ['a0 LOGIN bob s3cret']);
    const lines = play(
      session,
      Array.from({ length: 20 }, (_, i) => `b${i} FOO`),
      false,
    );
    expect(lines.slice(-2)).toEqual([
      'S: b19 BAD Error in IMAP command FOO: Unknown command.',
      'S: * BYE Too many invalid IMAP commands.',
    ]);
    expect(session.closed).toBe(true);
  });
});

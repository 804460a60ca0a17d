import { describe, expect, it } from 'vitest';
import { bobStore, clientLinesOf, fixture, openSession, play } from './transcript';

const LOGIN = ['a0 LOGIN bob s3cret'];

/** Logs Bob in, then replays the fixture's client lines and expects exactly its lines. */
function expectAfterLogin(expected: string[], store = bobStore()) {
  const session = openSession(store);
  play(session, LOGIN);
  expect(play(session, clientLinesOf(expected), false)).toEqual(expected);
  return session;
}

describe('IMAP SELECT and EXAMINE (RFC 3501 §6.3.1–§6.3.2)', () => {
  it('selects INBOX with FLAGS, PERMANENTFLAGS, EXISTS, RECENT, UNSEEN, UIDVALIDITY, UIDNEXT', () => {
    const session = expectAfterLogin(
      fixture(`
        C: a2 SELECT INBOX
        S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)
        S: * OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.
        S: * 2 EXISTS
        S: * 0 RECENT
        S: * OK [UNSEEN 1] First unseen.
        S: * OK [UIDVALIDITY 1717400000] UIDs valid
        S: * OK [UIDNEXT 3] Predicted next UID
        S: a2 OK [READ-WRITE] Select completed.
      `),
    );
    expect(session.state).toBe('selected');
  });

  it('opens read-only with EXAMINE', () => {
    expectAfterLogin(
      fixture(`
        C: a2 EXAMINE INBOX
        S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)
        S: * OK [PERMANENTFLAGS ()] Read-only mailbox.
        S: * 2 EXISTS
        S: * 0 RECENT
        S: * OK [UNSEEN 1] First unseen.
        S: * OK [UIDVALIDITY 1717400000] UIDs valid
        S: * OK [UIDNEXT 3] Predicted next UID
        S: a2 OK [READ-ONLY] Examine completed.
        C: a3 STORE 1 +FLAGS (\\Deleted)
        S: a3 NO Mailbox is read-only.
      `),
    );
  });

  it('closes the previous mailbox first and leaves none selected when SELECT fails', () => {
    const session = openSession(bobStore());
    play(session, [...LOGIN, 'a1 SELECT INBOX']);
    expect(play(session, ['a2 SELECT Archives', 'a3 FETCH 1 FLAGS'], false)).toEqual([
      'C: a2 SELECT Archives',
      'S: * OK [CLOSED] Previous mailbox closed.',
      "S: a2 NO Mailbox doesn't exist: Archives",
      'C: a3 FETCH 1 FLAGS',
      'S: a3 BAD No mailbox selected.',
    ]);
    expect(session.state).toBe('authenticated');
  });

  it('shows a new message as \\Recent to the first session that selects after delivery', () => {
    const store = bobStore();
    store.deliver('bob', 'Subject: hi\r\n\r\nhello\r\n', Date.UTC(2024, 5, 5));
    const first = openSession(store);
    play(first, LOGIN);
    expect(play(first, ['a1 SELECT INBOX'], false)).toContain('S: * 1 RECENT');
    expect(play(first, ['a2 FETCH 3 FLAGS'], false)).toContain('S: * 3 FETCH (FLAGS (\\Recent))');
    const second = openSession(store);
    play(second, LOGIN);
    expect(play(second, ['a1 SELECT INBOX'], false)).toContain('S: * 0 RECENT');
  });
});

describe('IMAP folder commands (RFC 3501 §6.3.3–§6.3.10)', () => {
  // The store lists INBOX first, then the other folders in code-point order.
  it('creates, lists, renames, subscribes and deletes folders', () => {
    expectAfterLogin(
      fixture(`
        C: a1 CREATE Archives.2024
        S: a1 OK Create completed.
        C: a2 CREATE Archives
        S: a2 NO [ALREADYEXISTS] Mailbox already exists
        C: a3 LIST "" "*"
        S: * LIST (\\HasNoChildren) "." INBOX
        S: * LIST (\\HasChildren) "." Archives
        S: * LIST (\\HasNoChildren) "." Archives.2024
        S: * LIST (\\HasNoChildren) "." Sent
        S: * LIST (\\HasNoChildren) "." Trash
        S: a3 OK List completed.
        C: a4 LIST "" %
        S: * LIST (\\HasNoChildren) "." INBOX
        S: * LIST (\\HasChildren) "." Archives
        S: * LIST (\\HasNoChildren) "." Sent
        S: * LIST (\\HasNoChildren) "." Trash
        S: a4 OK List completed.
        C: a5 DELETE Archives
        S: a5 NO [ALREADYEXISTS] Mailbox has children, delete them first
        C: a6 RENAME Archives.2024 Old
        S: a6 OK Rename completed.
        C: a7 SUBSCRIBE Old
        S: a7 OK Subscribe completed.
        C: a8 LSUB "" *
        S: * LSUB () "." INBOX
        S: * LSUB () "." Old
        S: * LSUB () "." Sent
        S: * LSUB () "." Trash
        S: a8 OK Lsub completed.
        C: a9 DELETE Nothing
        S: a9 NO [NONEXISTENT] Mailbox doesn't exist: Nothing
        C: b1 DELETE INBOX
        S: b1 NO [CANNOT] INBOX can't be deleted.
        C: b2 LIST "" ""
        S: * LIST (\\Noselect) "." ""
        S: b2 OK List completed.
      `),
    );
  });

  it('gives STATUS counters in the order asked, without selecting', () => {
    const session = expectAfterLogin(
      fixture(`
        C: a1 STATUS INBOX (MESSAGES UNSEEN UIDNEXT)
        S: * STATUS INBOX (MESSAGES 2 UNSEEN 1 UIDNEXT 3)
        S: a1 OK Status completed.
        C: a2 STATUS Foo (MESSAGES)
        S: a2 NO Mailbox doesn't exist: Foo
      `),
    );
    expect(session.state).toBe('authenticated');
  });
});

describe('IMAP APPEND (RFC 3501 §6.3.11, RFC 4315, RFC 7888)', () => {
  const message = 'Subject: Brouillon\r\n\r\nCafé\r\n';

  it('waits with "+ OK" for a synchronising literal counted in octets, then answers APPENDUID', () => {
    const store = bobStore();
    const session = openSession(store);
    play(session, LOGIN);
    // "Café" is 4 characters but 5 octets: the literal announces 29 octets.
    const first = session.receive('a1 APPEND Sent (\\Seen) {29}\r\n');
    expect(first.filter((o) => o.kind === 'line').map((o) => o.kind === 'line' && o.text)).toEqual([
      '+ OK\r\n',
    ]);
    const rest = session.receive(`${message}\r\n`);
    expect(rest.find((o) => o.kind === 'data')).toEqual({
      kind: 'data',
      octets: 29,
      text: message,
    });
    expect(rest.filter((o) => o.kind === 'line').map((o) => o.kind === 'line' && o.text)).toEqual([
      'a1 OK [APPENDUID 1717400001 1] Append completed.\r\n',
    ]);
    expect(store.messages('bob', 'Sent')).toEqual([
      expect.objectContaining({ uid: 1, raw: message, size: 29, flags: ['\\Seen'] }),
    ]);
  });

  it('shows the APPEND line before its continuation and the message, in wire order', () => {
    const session = openSession(bobStore());
    play(session, LOGIN);
    const kinds = [
      ...session.receive('a1 APPEND Sent (\\Seen) {29}\r\n'),
      ...session.receive(`${message}\r\n`),
    ].map((o) =>
      o.kind === 'line' ? `S: ${o.text.trimEnd()}` : o.kind === 'command' ? `C: ${o.text}` : o.kind,
    );
    expect(kinds).toEqual([
      'C: a1 APPEND Sent (\\Seen) {29}',
      'S: + OK',
      'data',
      'S: a1 OK [APPENDUID 1717400001 1] Append completed.',
    ]);
  });

  it('sends no continuation for LITERAL+', () => {
    const session = openSession(bobStore());
    play(session, LOGIN);
    const outputs = session.receive(`a1 APPEND Sent {29+}\r\n${message}\r\n`);
    expect(
      outputs.filter((o) => o.kind === 'line').map((o) => o.kind === 'line' && o.text),
    ).toEqual(['a1 OK [APPENDUID 1717400001 1] Append completed.\r\n']);
  });

  it('answers [TRYCREATE] for a missing folder and [OVERQUOTA] when the account is full', () => {
    const store = bobStore();
    const session = openSession(store);
    play(session, LOGIN);
    expect(play(session, [`a1 APPEND Drafts {29+}\r\n${message}`], false).at(-1)).toBe(
      "S: a1 NO [TRYCREATE] Mailbox doesn't exist: Drafts",
    );
    store.setQuota('bob', { storage: 100 });
    expect(play(session, [`a2 APPEND Sent {29+}\r\n${message}`], false).at(-1)).toBe(
      'S: a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
    );
  });

  it('keeps the INTERNALDATE the client gives', () => {
    const store = bobStore();
    const session = openSession(store);
    play(session, LOGIN);
    play(session, [`a1 APPEND Sent "05-Jun-2024 12:00:00 +0200" {29+}\r\n${message}`], false);
    expect(store.messages('bob', 'Sent')?.[0]?.internalDate).toBe(Date.UTC(2024, 5, 5, 10, 0, 0));
  });
});

describe('B33: \\Deleted is not expunged, so the quota stays full', () => {
  it('frees space only after EXPUNGE', () => {
    const store = bobStore();
    const used = store.usage('bob').storage;
    store.setQuota('bob', { storage: used + 10 });
    const session = openSession(store);
    play(session, [...LOGIN, 'a1 SELECT INBOX']);
    const draft = 'Subject: Brouillon\r\n\r\nCafé\r\n';
    expect(
      play(
        session,
        ['a2 STORE 2 +FLAGS.SILENT (\\Deleted)', `a3 APPEND Sent {29+}\r\n${draft}`, 'a4 EXPUNGE'],
        false,
      ),
    ).toEqual([
      'C: a2 STORE 2 +FLAGS.SILENT (\\Deleted)',
      'S: a2 OK Store completed.',
      `C: a3 APPEND Sent {29+}\r\n${draft}`,
      'S: a3 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
      'C: a4 EXPUNGE',
      'S: * 2 EXPUNGE',
      'S: a4 OK Expunge completed.',
    ]);
    expect(play(session, [`a5 APPEND Sent {29+}\r\n${draft}`], false).at(-1)).toBe(
      'S: a5 OK [APPENDUID 1717400001 1] Append completed.',
    );
  });
});

describe('IMAP RENAME of the selected mailbox', () => {
  it('keeps the mailbox selected under its new name, with no EXPUNGE', () => {
    const session = openSession(bobStore());
    play(session, [...LOGIN, 'a1 SELECT Trash', 'a2 APPEND Trash {12+}\r\nSubject: x\r\n']);
    expect(play(session, ['a3 RENAME Trash Corbeille', 'a4 FETCH 1 (UID)'], false)).toEqual([
      'C: a3 RENAME Trash Corbeille',
      'S: a3 OK Rename completed.',
      'C: a4 FETCH 1 (UID)',
      'S: * 1 FETCH (UID 1)',
      'S: a4 OK Fetch completed.',
    ]);
  });
});

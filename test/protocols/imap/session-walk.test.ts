import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { octetLength } from '../../../src/protocols/encoding/utf8';
import type { MailStore } from '../../../src/protocols/mailbox/store';
import type { Output, WireSession } from '../../../src/protocols/wire';
import { bobStore, openSession } from './transcript';
import { problems, responseProblem } from './well-formed';

/** Client lines that reach every state and sub-state of the session machine. */
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  notAuthenticated: [],
  authenticating: ['r1 AUTHENTICATE PLAIN'],
  negotiatingTls: ['r1 STARTTLS'],
  authenticated: ['r1 LOGIN bob s3cret'],
  authenticatedIdling: ['r1 LOGIN bob s3cret', 'r2 IDLE'],
  selected: ['r1 LOGIN bob s3cret', 'r2 SELECT INBOX'],
  selectedIdling: ['r1 LOGIN bob s3cret', 'r2 SELECT INBOX', 'r3 IDLE'],
  examined: ['r1 LOGIN bob s3cret', 'r2 EXAMINE INBOX'],
};

/** One line of every kind the engine knows, good and bad. */
const VOCABULARY = [
  'a CAPABILITY',
  'a NOOP',
  'a ID NIL',
  'a ENABLE CONDSTORE',
  'a STARTTLS',
  'a LOGIN bob s3cret',
  'a LOGIN bob nope',
  'a AUTHENTICATE PLAIN AGJvYgBzM2NyZXQ=',
  'a AUTHENTICATE XOAUTH2',
  'a SELECT INBOX',
  'a SELECT Nope',
  'a EXAMINE Sent',
  'a CREATE New.Sub',
  'a DELETE Trash',
  'a RENAME Sent Sent2',
  'a SUBSCRIBE Sent',
  'a UNSUBSCRIBE Sent',
  'a LIST "" *',
  'a LSUB "" %',
  'a STATUS INBOX (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)',
  'a APPEND Sent {12+}\r\nSubject: x\r\n',
  'a IDLE',
  'DONE',
  'a CHECK',
  'a FETCH 1:* (FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY)',
  'a FETCH 1 (BODY[] BODY[HEADER] BODY[TEXT] BODY[1] BODY.PEEK[]<3.20> RFC822 RFC822.HEADER RFC822.TEXT)',
  'a FETCH 2 FULL',
  'a UID FETCH 1:* ALL',
  'a STORE 1:2 +FLAGS (\\Deleted)',
  'a UID STORE 2 FLAGS.SILENT ($Junk)',
  'a SEARCH OR UNSEEN DELETED SINCE 1-Jun-2024',
  'a UID SEARCH TEXT canteen',
  'a COPY 1 Trash',
  'a MOVE 2 Trash',
  'a UID MOVE 1 Nope',
  'a EXPUNGE',
  'a UID EXPUNGE 1:2',
  'a CLOSE',
  'a UNSELECT',
  'a FOO',
  'LOGIN bob s3cret',
  'a+ NOOP',
  'a FETCH 99 FLAGS',
  '*',
  'a LOGOUT',
];

function start(store: MailStore, route: readonly string[]) {
  const session = openSession(store);
  const outputs: Output[] = [...session.open()];
  for (const line of route) outputs.push(...session.receive(`${line}\r\n`));
  return { session, outputs };
}

/** Store invariants: UIDs strictly increase, UIDNEXT is above them, sizes match the text. */
function storeProblems(store: MailStore): string[] {
  const found: string[] = [];
  for (const folder of store.folders('bob')) {
    const messages = store.messages('bob', folder) ?? [];
    const status = store.status('bob', folder);
    messages.forEach((message, index) => {
      const previous = messages[index - 1];
      if (previous && previous.uid >= message.uid) found.push(`${folder}: UIDs out of order`);
      if (status && message.uid >= status.uidNext)
        found.push(`${folder}: UID ${message.uid} ≥ UIDNEXT`);
      if (octetLength(message.raw) !== message.size)
        found.push(`${folder}: size of ${message.uid}`);
    });
  }
  return found;
}

describe('IMAP session walk', () => {
  it('reaches every state of the machine by its route', () => {
    const reached = Object.entries(ROUTES).map(([name, route]) => [
      name,
      start(bobStore(), route).session.state,
    ]);
    expect(Object.fromEntries(reached)).toEqual({
      notAuthenticated: 'notAuthenticated',
      authenticating: 'notAuthenticated',
      negotiatingTls: 'notAuthenticated',
      authenticated: 'authenticated',
      authenticatedIdling: 'authenticated',
      selected: 'selected',
      selectedIdling: 'selected',
      examined: 'selected',
    });
  });

  it.each(Object.keys(ROUTES))('answers every line well formed in %s', (name) => {
    const found: string[] = [];
    for (const line of VOCABULARY) {
      const store = bobStore();
      const { session, outputs } = start(store, ROUTES[name] ?? []);
      outputs.push(...session.receive(`${line}\r\n`));
      if (name === 'negotiatingTls') outputs.push(...session.tlsEstablished());
      outputs.push(...session.receive('z NOOP\r\n'));
      found.push(...problems(outputs).map((problem) => `${line}: ${problem}`));
      found.push(...storeProblems(store));
      expect(['notAuthenticated', 'authenticated', 'selected', 'logout']).toContain(session.state);
    }
    expect(found).toEqual([]);
  });

  it('checks literal sizes in octets', () => {
    expect(responseProblem('* 1 FETCH (BODY[] {5}\r\nCafé)\r\n')).toBeUndefined();
    expect(responseProblem('* 1 FETCH (BODY[] {4}\r\nCafé)\r\n')).toBeDefined();
  });
});

describe('IMAP session under arbitrary input (fast-check)', () => {
  const line = fc.oneof(
    fc.constantFrom(...VOCABULARY),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('a LOGIN {3}', 'a APPEND INBOX {4}', '{2+}', 'a (((', 'a "unterminated'),
  );

  it('never throws, always answers well formed, and never corrupts the store', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        (lines, cuts) => {
          const store = bobStore();
          const session: WireSession = openSession(store);
          const outputs: Output[] = [...session.open()];
          const text = ['a0 LOGIN bob s3cret', ...lines].map((each) => `${each}\r\n`).join('');
          // The same bytes split at arbitrary places must be framed the same way.
          let at = 0;
          for (let i = 0; at < text.length; i += 1) {
            const size = cuts[i % cuts.length] ?? 1;
            outputs.push(...session.receive(text.slice(at, at + size)));
            at += size;
          }
          expect(problems(outputs)).toEqual([]);
          expect(storeProblems(store)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

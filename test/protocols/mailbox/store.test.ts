import { describe, expect, it } from 'vitest';
import type { MailboxEvent } from '../../../src/protocols/mailbox/events';
import { QUOTA_EXCEEDED_TEXT } from '../../../src/protocols/mailbox/quota';
import { seedStore } from '../../../src/protocols/mailbox/seed';
import { MailStore } from '../../../src/protocols/mailbox/store';

const letter = (subject: string) =>
  `From: alice@a.example\r\nTo: bob@b.example\r\nSubject: ${subject}\r\n\r\nBonjour\r\n`;

function bobStore(): MailStore {
  const store = new MailStore(1717399999);
  store.addUser({ user: 'bob', password: 'bobpass' });
  return store;
}

describe('mailbox store: accounts', () => {
  it('checks a login against the password the world gave', () => {
    const store = bobStore();
    expect(store.checkLogin('bob', 'bobpass')).toBe(true);
    expect(store.checkLogin('bob', 'wrong')).toBe(false);
    expect(store.checkLogin('eve', 'bobpass')).toBe(false);
  });

  it('refuses to deliver to an unknown user', () => {
    expect(bobStore().deliver('eve', letter('x'), 0)).toEqual({ ok: false, error: 'noSuchUser' });
  });
});

describe('mailbox store: messages', () => {
  it('counts the size in UTF-8 octets with CRLF', () => {
    const store = bobStore();
    store.deliver('bob', 'Subject: Café\n\nà bientôt\n', 0);
    const [message] = store.messages('bob', 'INBOX') ?? [];
    expect(message?.raw).toBe('Subject: Café\r\n\r\nà bientôt\r\n');
    // "Subject: Café" is 14 octets, CRLF 2, CRLF 2, "à bientôt" 11, CRLF 2.
    expect(message?.size).toBe(14 + 2 + 2 + 11 + 2);
  });

  it('gives strictly increasing UIDs that are never reused after an expunge', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    store.deliver('bob', letter('2'), 0);
    store.setFlags('bob', 'INBOX', 2, ['\\Deleted'], 'add');
    expect(store.expunge('bob', 'INBOX')).toEqual({ ok: true, value: [2] });
    expect(store.deliver('bob', letter('3'), 0)).toEqual({
      ok: true,
      value: { uid: 3, uidValidity: 1717400000 },
    });
    expect(store.status('bob', 'INBOX')?.uidNext).toBe(4);
  });

  it('expunges only messages flagged \\Deleted', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    store.deliver('bob', letter('2'), 0);
    store.setFlags('bob', 'INBOX', 1, ['\\Seen'], 'add');
    expect(store.expunge('bob', 'INBOX')).toEqual({ ok: true, value: [] });
    expect(store.messages('bob', 'INBOX')?.map((m) => m.uid)).toEqual([1, 2]);
  });

  it('limits UID EXPUNGE to the given UIDs', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0, { flags: ['\\Deleted'] });
    store.deliver('bob', letter('2'), 0, { flags: ['\\Deleted'] });
    expect(store.expunge('bob', 'INBOX', { uids: [2] })).toEqual({ ok: true, value: [2] });
  });

  it('stores system flags in their canonical case and refuses \\Recent', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    expect(store.setFlags('bob', 'INBOX', 1, ['\\seen', '$Junk'], 'add')).toMatchObject({
      ok: true,
      value: { flags: ['\\Seen', '$Junk'] },
    });
    expect(store.setFlags('bob', 'INBOX', 1, ['\\Recent'], 'add')).toEqual({
      ok: false,
      error: 'invalidFlag',
    });
  });

  it('replaces, adds and removes flags', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0, { flags: ['\\Seen'] });
    store.setFlags('bob', 'INBOX', 1, ['\\Flagged', '\\Deleted'], 'add');
    store.setFlags('bob', 'INBOX', 1, ['\\Seen'], 'remove');
    expect(store.message('bob', 'INBOX', 1)?.flags).toEqual(['\\Flagged', '\\Deleted']);
    store.setFlags('bob', 'INBOX', 1, ['\\Answered'], 'replace');
    expect(store.message('bob', 'INBOX', 1)?.flags).toEqual(['\\Answered']);
  });

  it('keeps the INTERNALDATE the caller gave', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 1717402503000);
    expect(store.message('bob', 'INBOX', 1)?.internalDate).toBe(1717402503000);
  });

  it('copies with flags and new UIDs, and moves by removing the source', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 5, { flags: ['\\Seen'] });
    store.deliver('bob', letter('2'), 6);
    const copied = store.copy('bob', 'INBOX', [1, 2, 9], 'INBOX');
    expect(copied).toEqual({
      ok: true,
      value: {
        uidValidity: 1717400000,
        pairs: [
          [1, 3],
          [2, 4],
        ],
      },
    });
    store.createFolder('bob', 'Archives', 0);
    expect(store.move('bob', 'INBOX', [1], 'Archives')).toMatchObject({
      ok: true,
      value: { pairs: [[1, 1]] },
    });
    expect(store.messages('bob', 'INBOX')?.map((m) => m.uid)).toEqual([2, 3, 4]);
    expect(store.message('bob', 'Archives', 1)).toMatchObject({
      flags: ['\\Seen'],
      internalDate: 5,
    });
  });

  it('answers noSuchFolder when copying to a folder that does not exist (TRYCREATE)', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    expect(store.copy('bob', 'INBOX', [1], 'Archive')).toEqual({
      ok: false,
      error: 'noSuchFolder',
    });
  });
});

describe('mailbox store: quota', () => {
  it("refuses a delivery over the storage quota, for Dovecot's text", () => {
    const store = new MailStore();
    store.addUser({ user: 'bob', password: 'p', quota: { storage: 100 } });
    expect(store.deliver('bob', 'x'.repeat(60), 0).ok).toBe(true);
    expect(store.hasRoomFor('bob', 60)).toBe(false);
    expect(store.deliver('bob', 'x'.repeat(60), 0)).toEqual({ ok: false, error: 'overQuota' });
    expect(QUOTA_EXCEEDED_TEXT).toBe('Quota exceeded (mailbox for user is full)');
  });

  it('counts \\Deleted messages until they are expunged', () => {
    const store = new MailStore();
    store.addUser({ user: 'bob', password: 'p', quota: { messages: 1 } });
    store.deliver('bob', letter('1'), 0, { flags: ['\\Deleted'] });
    expect(store.append('bob', 'INBOX', letter('2'), 0).ok).toBe(false);
    store.expunge('bob', 'INBOX');
    expect(store.append('bob', 'INBOX', letter('2'), 0).ok).toBe(true);
  });

  it('counts a copy against the quota but not a move', () => {
    const store = new MailStore();
    store.addUser({ user: 'bob', password: 'p', quota: { messages: 1 } });
    store.createFolder('bob', 'Archives', 0);
    store.deliver('bob', letter('1'), 0);
    expect(store.copy('bob', 'INBOX', [1], 'Archives')).toEqual({ ok: false, error: 'overQuota' });
    expect(store.move('bob', 'INBOX', [1], 'Archives').ok).toBe(true);
  });
});

describe('mailbox store: \\Recent', () => {
  it('shows a delivered message as recent to the first session only', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    expect(store.status('bob', 'INBOX')?.recent).toBe(1);
    expect(store.claimRecent('bob', 'INBOX')).toEqual([1]);
    expect(store.claimRecent('bob', 'INBOX')).toEqual([]);
    expect(store.status('bob', 'INBOX')?.recent).toBe(0);
  });
});

describe('mailbox store: folders', () => {
  it('creates the superior names and keeps INBOX case-insensitive', () => {
    const store = bobStore();
    expect(store.createFolder('bob', 'Cours.Réseaux.TP', 0)).toEqual({
      ok: true,
      value: 'Cours.Réseaux.TP',
    });
    expect(store.folders('bob')).toEqual(['INBOX', 'Cours', 'Cours.Réseaux', 'Cours.Réseaux.TP']);
    expect(store.folderExists('bob', 'inbox')).toBe(true);
    expect(store.createFolder('bob', 'Inbox', 0)).toEqual({ ok: false, error: 'alreadyExists' });
    expect(store.createFolder('bob', 'a..b', 0)).toEqual({ ok: false, error: 'invalidName' });
  });

  it('gives a re-created folder a new UIDVALIDITY', () => {
    const store = bobStore();
    store.createFolder('bob', 'Temp', 1717400000000);
    const first = store.status('bob', 'Temp')?.uidValidity;
    store.deleteFolder('bob', 'Temp');
    store.createFolder('bob', 'Temp', 1717400000000);
    expect(store.status('bob', 'Temp')?.uidValidity).not.toBe(first);
  });

  it('refuses to delete INBOX or a folder with children', () => {
    const store = bobStore();
    store.createFolder('bob', 'a.b', 0);
    expect(store.deleteFolder('bob', 'INBOX')).toEqual({ ok: false, error: 'cannotDeleteInbox' });
    expect(store.deleteFolder('bob', 'a')).toEqual({ ok: false, error: 'hasChildren' });
    expect(store.deleteFolder('bob', 'nope')).toEqual({ ok: false, error: 'noSuchFolder' });
    expect(store.deleteFolder('bob', 'a.b').ok).toBe(true);
  });

  it('renames children and subscriptions with the folder', () => {
    const store = bobStore();
    store.createFolder('bob', 'Cours.TP', 0);
    store.subscribe('bob', 'Cours.TP');
    expect(store.renameFolder('bob', 'Cours', 'Archives', 0)).toEqual({
      ok: true,
      value: 'Archives',
    });
    expect(store.folders('bob')).toEqual(['INBOX', 'Archives', 'Archives.TP']);
    expect(store.subscriptions('bob')).toEqual(['Archives.TP', 'INBOX']);
  });

  it('renaming INBOX moves its messages and leaves it empty', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    expect(store.renameFolder('bob', 'INBOX', 'Old', 0).ok).toBe(true);
    expect(store.status('bob', 'INBOX')?.messages).toBe(0);
    expect(store.status('bob', 'Old')?.messages).toBe(1);
  });

  it('keeps subscriptions even for names that do not exist', () => {
    const store = bobStore();
    store.subscribe('bob', 'Ghost');
    expect(store.subscriptions('bob')).toEqual(['Ghost', 'INBOX']);
    expect(store.unsubscribe('bob', 'Ghost')).toBe(true);
    expect(store.unsubscribe('bob', 'Ghost')).toBe(false);
  });
});

describe('mailbox store: sessions watching a folder', () => {
  it('tells every watcher of a delivery, a flag change and an expunge, with the origin', () => {
    const store = bobStore();
    const phone: MailboxEvent[] = [];
    const laptop: MailboxEvent[] = [];
    const phoneWatcher = store.watch('bob', 'INBOX', (event) => phone.push(event));
    store.watch('bob', 'INBOX', (event) => laptop.push(event));
    store.deliver('bob', letter('1'), 0);
    store.setFlags('bob', 'INBOX', 1, ['\\Deleted'], 'add', phoneWatcher?.id);
    store.setFlags('bob', 'INBOX', 1, ['\\Deleted'], 'add', phoneWatcher?.id);
    store.expunge('bob', 'INBOX', { origin: phoneWatcher?.id });
    expect(laptop).toEqual([
      { type: 'exists', folder: 'INBOX', uid: 1, origin: undefined },
      { type: 'flags', folder: 'INBOX', uid: 1, flags: ['\\Deleted'], origin: phoneWatcher?.id },
      { type: 'expunge', folder: 'INBOX', uids: [1], origin: phoneWatcher?.id },
    ]);
    expect(phone).toEqual(laptop);
  });

  it('stops telling a watcher once it is closed', () => {
    const store = bobStore();
    const events: MailboxEvent[] = [];
    store.watch('bob', 'INBOX', (event) => events.push(event))?.close();
    store.deliver('bob', letter('1'), 0);
    expect(events).toEqual([]);
  });
});

describe('mailbox store: POP3 UPDATE', () => {
  it('removes the deleted messages and marks the retrieved ones \\Seen', () => {
    const store = bobStore();
    store.deliver('bob', letter('1'), 0);
    store.deliver('bob', letter('2'), 0);
    store.deliver('bob', letter('3'), 0);
    expect(store.pop3Update('bob', { deleted: [1], seen: [1, 2] })).toEqual({
      ok: true,
      value: [1],
    });
    expect(store.messages('bob', 'INBOX')?.map((m) => [m.uid, m.flags])).toEqual([
      [2, ['\\Seen']],
      [3, []],
    ]);
  });

  it('holds one POP3 lock per account', () => {
    const store = bobStore();
    expect(store.lockPop3('bob')).toBe(true);
    expect(store.lockPop3('bob')).toBe(false);
    store.unlockPop3('bob');
    expect(store.lockPop3('bob')).toBe(true);
  });
});

describe('mailbox store: seeding from JSON', () => {
  it("describes Bob's mailbox with folders, flags, dates and UIDVALIDITY", () => {
    const store = seedStore({
      accounts: [
        {
          user: 'bob',
          password: 'bobpass',
          quota: { storage: 10_000 },
          folders: [
            {
              name: 'INBOX',
              uidValidity: 1717400000,
              uidNext: 7,
              messages: [{ raw: 'Subject: a\n\nx\n', flags: ['\\Seen'], internalDate: 1 }],
            },
            { name: 'Sent', subscribed: false },
          ],
        },
      ],
    });
    expect(store.message('bob', 'INBOX', 7)).toEqual({
      uid: 7,
      raw: 'Subject: a\r\n\r\nx\r\n',
      size: 17,
      flags: ['\\Seen'],
      internalDate: 1,
    });
    expect(store.status('bob', 'INBOX')).toMatchObject({
      uidValidity: 1717400000,
      uidNext: 8,
      recent: 0,
    });
    expect(store.subscriptions('bob')).toEqual(['INBOX']);
    expect(store.quota('bob')).toEqual({ storage: 10_000 });
  });

  it('gives INBOX, Sent, Trash and Junk when the seed names no folder', () => {
    const store = seedStore({ accounts: [{ user: 'bob', password: 'p' }] });
    expect(store.folders('bob')).toEqual(['INBOX', 'Junk', 'Sent', 'Trash']);
  });

  it('names the account and folder of a seed it cannot store', () => {
    expect(() =>
      seedStore({
        accounts: [
          {
            user: 'bob',
            password: 'p',
            folders: [
              { name: 'INBOX', messages: [{ raw: 'x', flags: ['\\Recent'], internalDate: 0 }] },
            ],
          },
        ],
      }),
    ).toThrow('Seed of account "bob", folder "INBOX": invalidFlag');
  });
});

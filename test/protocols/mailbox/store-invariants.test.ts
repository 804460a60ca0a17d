import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { octetLength } from '../../../src/protocols/encoding/utf8';
import { MailStore } from '../../../src/protocols/mailbox/store';

const folderName = fc.constantFrom('INBOX', 'Sent', 'Archives', 'Archives.2024', 'inbox');
const uid = fc.integer({ min: 1, max: 12 });
const flag = fc.constantFrom('\\Seen', '\\Deleted', '\\Flagged', '$Junk', '\\Recent');

/** One arbitrary operation a session, LMTP or the world could make. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('deliver' as const), raw: fc.string({ unit: 'grapheme' }) }),
  fc.record({
    op: fc.constant('append' as const),
    folder: folderName,
    raw: fc.string(),
    flags: fc.array(flag),
  }),
  fc.record({
    op: fc.constant('flags' as const),
    folder: folderName,
    uid,
    flags: fc.array(flag),
    mode: fc.constantFrom('replace' as const, 'add' as const, 'remove' as const),
  }),
  fc.record({
    op: fc.constant('copy' as const),
    from: folderName,
    to: folderName,
    uids: fc.array(uid),
  }),
  fc.record({
    op: fc.constant('move' as const),
    from: folderName,
    to: folderName,
    uids: fc.array(uid),
  }),
  fc.record({ op: fc.constant('expunge' as const), folder: folderName }),
  fc.record({ op: fc.constant('pop3' as const), deleted: fc.array(uid), seen: fc.array(uid) }),
  fc.record({ op: fc.constant('create' as const), folder: folderName }),
  fc.record({ op: fc.constant('delete' as const), folder: folderName }),
  fc.record({ op: fc.constant('rename' as const), from: folderName, to: folderName }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(store: MailStore, step: Operation, now: number): void {
  switch (step.op) {
    case 'deliver':
      store.deliver('bob', step.raw, now);
      break;
    case 'append':
      store.append('bob', step.folder, step.raw, now, step.flags);
      break;
    case 'flags':
      store.setFlags('bob', step.folder, step.uid, step.flags, step.mode);
      break;
    case 'copy':
      store.copy('bob', step.from, step.uids, step.to);
      break;
    case 'move':
      store.move('bob', step.from, step.uids, step.to);
      break;
    case 'expunge':
      store.expunge('bob', step.folder);
      break;
    case 'pop3':
      store.pop3Update('bob', { deleted: step.deleted, seen: step.seen });
      break;
    case 'create':
      store.createFolder('bob', step.folder, now);
      break;
    case 'delete':
      store.deleteFolder('bob', step.folder);
      break;
    case 'rename':
      store.renameFolder('bob', step.from, step.to, now);
      break;
  }
}

/** Every message of every folder, keyed by folder name and UID, with its UIDVALIDITY. */
function snapshot(store: MailStore) {
  return store.folders('bob').map((name) => ({
    name,
    status: store.status('bob', name),
    messages: store.messages('bob', name) ?? [],
  }));
}

describe('mailbox store invariants under arbitrary operations', () => {
  it('keeps UIDs increasing, sizes true, UIDNEXT ahead and the quota respected', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (steps) => {
        const store = new MailStore();
        store.addUser({ user: 'bob', password: 'p', quota: { storage: 400, messages: 8 } });
        const seenUids = new Map<string, number>();
        steps.forEach((step, index) => {
          const before = snapshot(store);
          apply(store, step, index * 1000);
          const after = snapshot(store);
          let storage = 0;
          let count = 0;
          for (const folder of after) {
            const uids = folder.messages.map((message) => message.uid);
            expect(uids).toEqual([...uids].sort((a, b) => a - b));
            expect(new Set(uids).size).toBe(uids.length);
            for (const message of folder.messages) {
              expect(message.uid).toBeLessThan(folder.status?.uidNext ?? 0);
              expect(message.size).toBe(octetLength(message.raw));
              expect(message.raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
              expect(message.flags).not.toContain('\\Recent');
              storage += message.size;
              count += 1;
            }
            // UIDs are never reused while UIDVALIDITY stays the same (RFC 3501 §2.3.1.1).
            const key = `${folder.name}/${folder.status?.uidValidity}`;
            const previous = seenUids.get(key) ?? 0;
            expect(folder.status?.uidNext ?? 0).toBeGreaterThanOrEqual(previous);
            seenUids.set(key, folder.status?.uidNext ?? 0);
          }
          // Only deliveries, appends and copies add; each is checked against the quota.
          if (['deliver', 'append', 'copy'].includes(step.op)) {
            expect(storage).toBeLessThanOrEqual(400);
            expect(count).toBeLessThanOrEqual(8);
          }
          // A message leaves a folder only through expunge (\Deleted), POP3 UPDATE, MOVE,
          // DELETE or RENAME of its folder.
          for (const folder of before) {
            const still = after.find((each) => each.name === folder.name);
            if (still === undefined || still.status?.uidValidity !== folder.status?.uidValidity) {
              expect(['delete', 'rename']).toContain(step.op);
              continue;
            }
            const kept = new Set(still.messages.map((message) => message.uid));
            for (const message of folder.messages.filter((each) => !kept.has(each.uid))) {
              if (step.op === 'expunge') expect(message.flags).toContain('\\Deleted');
              else expect(['pop3', 'move', 'rename']).toContain(step.op);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

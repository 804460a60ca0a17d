import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src/protocols/wire';
import { bobStore, openSession, play, serverLines } from './transcript';

const LOGIN_AND_SELECT = ['a0 LOGIN bob s3cret', 'a1 SELECT INBOX'];

function twoSessions() {
  const store = bobStore();
  const phone = openSession(store);
  const laptop = openSession(store);
  play(phone, LOGIN_AND_SELECT);
  play(laptop, LOGIN_AND_SELECT);
  return { store, phone, laptop };
}

describe('IMAP with two sessions on one mailbox (RFC 3501 §5.2, §7.4.1)', () => {
  it('tells the other session of a flag change as an untagged FETCH at its next command', () => {
    const { phone, laptop } = twoSessions();
    play(phone, ['p1 STORE 1 +FLAGS (\\Flagged)'], false);
    expect(play(laptop, ['l1 NOOP'], false)).toEqual([
      'C: l1 NOOP',
      'S: * 1 FETCH (FLAGS (\\Flagged))',
      'S: l1 OK NOOP completed.',
    ]);
    // Told once: the next command has nothing new.
    expect(play(laptop, ['l2 NOOP'], false)).toEqual(['C: l2 NOOP', 'S: l2 OK NOOP completed.']);
  });

  it("reports the other session's expunge at the next command, but not during FETCH", () => {
    const { phone, laptop } = twoSessions();
    play(phone, ['p1 STORE 1 +FLAGS.SILENT (\\Deleted)', 'p2 EXPUNGE'], false);
    // RFC 3501 §7.4.1: no EXPUNGE while FETCH by sequence number runs; message 1 is gone.
    expect(play(laptop, ['l1 FETCH 2 (FLAGS)'], false)).toEqual([
      'C: l1 FETCH 2 (FLAGS)',
      'S: * 2 FETCH (FLAGS (\\Seen))',
      'S: l1 OK Fetch completed.',
    ]);
    expect(play(laptop, ['l2 NOOP'], false)).toEqual([
      'C: l2 NOOP',
      'S: * 1 EXPUNGE',
      'S: l2 OK NOOP completed.',
    ]);
    expect(play(laptop, ['l3 FETCH 1 (UID)'], false)).toEqual([
      'C: l3 FETCH 1 (UID)',
      'S: * 1 FETCH (UID 2)',
      'S: l3 OK Fetch completed.',
    ]);
  });

  it('shows a delivery as EXISTS and RECENT at the next command', () => {
    const { store, laptop } = twoSessions();
    store.deliver('bob', 'Subject: new\r\n\r\nhi\r\n', 0);
    expect(play(laptop, ['l1 NOOP'], false)).toEqual([
      'C: l1 NOOP',
      'S: * 3 EXISTS',
      'S: * 1 RECENT',
      'S: l1 OK NOOP completed.',
    ]);
  });
});

describe('IMAP IDLE (RFC 2177)', () => {
  it('pushes a new delivery as "* n EXISTS" through the subscription, then ends with DONE', () => {
    const { store, laptop } = twoSessions();
    const pushed: Output[] = [];
    laptop.subscribe((outputs) => pushed.push(...outputs));
    expect(play(laptop, ['l1 IDLE'], false)).toEqual(['C: l1 IDLE', 'S: + idling']);
    store.deliver('bob', 'Subject: new\r\n\r\nhi\r\n', 0);
    expect(serverLines(pushed)).toEqual(['S: * 3 EXISTS', 'S: * 1 RECENT']);
    expect(play(laptop, ['DONE'], false)).toEqual(['C: DONE', 'S: l1 OK Idle completed.']);
    expect(laptop.state).toBe('selected');
  });

  it("pushes another session's expunge and flag change while idling", () => {
    const { phone, laptop } = twoSessions();
    const pushed: Output[] = [];
    laptop.subscribe((outputs) => pushed.push(...outputs));
    play(laptop, ['l1 IDLE'], false);
    play(
      phone,
      ['p1 STORE 2 +FLAGS (\\Answered)', 'p2 STORE 1 +FLAGS.SILENT (\\Deleted)', 'p3 EXPUNGE'],
      false,
    );
    expect(serverLines(pushed)).toEqual([
      'S: * 2 FETCH (FLAGS (\\Answered \\Seen))',
      'S: * 1 FETCH (FLAGS (\\Deleted))',
      'S: * 1 EXPUNGE',
    ]);
  });

  it('answers BAD Expected DONE. to anything else', () => {
    const { laptop } = twoSessions();
    expect(play(laptop, ['l1 IDLE', 'l2 NOOP', 'l3 NOOP'], false)).toEqual([
      'C: l1 IDLE',
      'S: + idling',
      'C: l2 NOOP',
      'S: l1 BAD Expected DONE.',
      'C: l3 NOOP',
      'S: l3 OK NOOP completed.',
    ]);
  });

  it('reminds the client every 2 minutes with "* OK Still here"', () => {
    const store = bobStore();
    const session = openSession(store, { startTime: 0 });
    play(session, ['a0 LOGIN bob s3cret', 'a1 IDLE']);
    expect(session.tick(60_000)).toEqual([]);
    expect(serverLines(session.tick(120_000))).toEqual(['S: * OK Still here']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  classroomImapWorld,
  classroomPop3World,
} from '../../src/content/worlds/classroom-variants';
import { runWorld } from '../../src/world/run-world';
import { connectionTo, transcript, world } from './worlds';

/** The commands a fetching client sent on its first connection to the mailbox server. */
function commands(
  input: typeof classroomPop3World,
  port: number,
  options: Record<string, boolean>,
): string[] {
  const steps = runWorld(
    world(input, (config) => {
      const bob = config.clients.find((client) => client.id === 'bob-laptop-mua');
      if (bob?.fetch === undefined) throw new Error('no bob-laptop-mua');
      Object.assign(bob.fetch, options);
    }),
  );
  return transcript(steps, connectionTo(steps, 'mail-ecole', port)).filter((line) =>
    line.startsWith('C: '),
  );
}

describe('the fetching client, as its config sets it', () => {
  it('POP3: asks STAT then UIDL, and LIST between them when told to list', () => {
    expect(commands(classroomPop3World, 995, {})).toEqual([
      'C: CAPA',
      'C: USER bob@ecole.example',
      'C: PASS bricoleur',
      'C: STAT',
      'C: UIDL',
      'C: RETR 1',
      'C: DELE 1',
      'C: QUIT',
    ]);
    expect(commands(classroomPop3World, 995, { list: true }).slice(3, 6)).toEqual([
      'C: STAT',
      'C: LIST',
      'C: UIDL',
    ]);
  });

  it('POP3: reads the multi-line LIST answer to its end before asking UIDL', () => {
    const steps = runWorld(
      world(classroomPop3World, (config) => {
        const fetch = config.clients.find((client) => client.id === 'bob-laptop-mua')?.fetch;
        if (fetch !== undefined) fetch.list = true;
      }),
    );
    const lines = transcript(steps, connectionTo(steps, 'mail-ecole', 995));
    const list = lines.indexOf('C: LIST');
    expect(lines.slice(list, list + 3)).toEqual(['C: LIST', 'S: +OK 1 messages:', 'C: UIDL']);
  });

  it('IMAP: lists the folders after LOGIN when told to list, then SELECTs', () => {
    expect(commands(classroomImapWorld, 143, { list: true })).toEqual([
      'C: a1 STARTTLS',
      'C: a2 CAPABILITY',
      'C: a3 LOGIN "bob@ecole.example" "bricoleur"',
      'C: a4 LIST "" "*"',
      'C: a5 SELECT "INBOX"',
      'C: a6 UID FETCH 1:* (FLAGS)',
      'C: a7 UID FETCH 1 (FLAGS BODY[])',
      'C: a8 LOGOUT',
    ]);
  });

  it('IMAP: flags each downloaded message \\Flagged, then \\Deleted when told to expunge', () => {
    expect(commands(classroomImapWorld, 143, { flag: true, expunge: true })).toEqual([
      'C: a1 STARTTLS',
      'C: a2 CAPABILITY',
      'C: a3 LOGIN "bob@ecole.example" "bricoleur"',
      'C: a4 SELECT "INBOX"',
      'C: a5 UID FETCH 1:* (FLAGS)',
      'C: a6 UID FETCH 1 (FLAGS BODY[])',
      'C: a7 UID STORE 1 +FLAGS (\\Flagged)',
      'C: a8 UID STORE 1 +FLAGS.SILENT (\\Deleted)',
      'C: a9 EXPUNGE',
      'C: a10 LOGOUT',
    ]);
  });
});

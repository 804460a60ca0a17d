import { describe, expect, it } from 'vitest';
import { messageAt } from '../../../src/state/selectors/message-at';
import { command, timelineOf } from './steps';

const authored = 'From: a@a.example\r\nSubject: x\r\n\r\nbody\r\n';
const hop2 = `Received: from a by b\r\n${authored}`;

const timeline = timelineOf([
  command('c1', 'laptop', 'msa', 'MAIL FROM:<a@a.example>', 'MAIL'),
  command('c1', 'laptop', 'msa', 'RCPT TO:<b@b.example>', 'RCPT'),
  command('c1', 'laptop', 'msa', 'DATA', 'DATA'),
  { conn: 'c1', kind: 'data', text: authored, messageId: 'm1' },
  command('c2', 'msa', 'mx', 'MAIL FROM:<a@a.example> SIZE=40', 'MAIL'),
  { conn: 'c2', kind: 'data', text: hop2, messageId: 'm1' },
]);

describe('the message at the cursor', () => {
  it('is absent before the first DATA', () => {
    expect(messageAt(timeline, 2)).toBeNull();
  });

  it('is the content of the last hop, with that hop’s envelope commands', () => {
    const first = messageAt(timeline, 3)!;
    expect(first).toMatchObject({ raw: authored, hop: 1, previousRaw: null });
    expect(first.envelope.map((s) => s.text)).toEqual([
      'MAIL FROM:<a@a.example>',
      'RCPT TO:<b@b.example>',
    ]);
    const second = messageAt(timeline, 5)!;
    expect(second).toMatchObject({ raw: hop2, hop: 2, previousRaw: authored });
    expect(second.envelope.map((s) => s.text)).toEqual(['MAIL FROM:<a@a.example> SIZE=40']);
  });
});

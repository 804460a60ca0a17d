import { describe, expect, it } from 'vitest';
import { POP3_REPLY_KEYS, R, replyText } from '../../../src/protocols/pop3/replies';

describe('POP3 reply catalogue', () => {
  it('keys every reply by its own name, so the list of keys is complete', () => {
    const keys = Object.entries(R).map(([name, reply]) => {
      const made =
        typeof reply === 'function' ? (reply as (...args: never[]) => { key: string })() : reply;
      return [name, made.key];
    });
    expect(keys.map(([, key]) => key)).toEqual([...POP3_REPLY_KEYS]);
    for (const [name, key] of keys) expect(key).toBe(`pop3.reply.${name}`);
  });

  it('puts the response code in brackets right after -ERR (RFC 2449 §8)', () => {
    expect(replyText(R.locked)).toBe(
      '-ERR [IN-USE] Mailbox is locked by another POP3 session.\r\n',
    );
    expect(R.locked.enhanced).toBe('IN-USE');
  });

  it('ends a multi-line response with a line holding only "." (RFC 1939 §3)', () => {
    expect(replyText(R.list(1, ['1 120']))).toBe('+OK 1 messages:\r\n1 120\r\n.\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import {
  AnchorError,
  decodedSaslText,
  findOne,
  hostsInConnectionOrder,
  matchAll,
  matchOne,
} from '../../../src/world/timeline/query';
import type { Step } from '../../../src/world/timeline/step';

/** A small hand-written timeline: one pipelined SMTP exchange and one IMAP exchange. */
function step(seq: number, fields: Partial<Step>): Step {
  return {
    seq,
    time: seq * 20,
    conn: 'c1',
    from: 'a',
    to: 'b',
    protocol: 'smtp',
    kind: 'log',
    text: '',
    states: {},
    explain: [],
    ...fields,
  };
}

const cmd = (seq: number, conn: string, text: string, verb: string, encrypted = false): Step =>
  step(seq, {
    conn,
    kind: 'command',
    text,
    command: { verb, key: `smtp.command.${verb}` },
    from: 'relay',
    to: conn === 'c1' ? 'mx' : 'mailbox',
    encrypted,
  });
const reply = (seq: number, conn: string, text: string, code: string, key: string): Step =>
  step(seq, {
    conn,
    kind: 'reply',
    text,
    reply: { code, key },
    from: conn === 'c1' ? 'mx' : 'mailbox',
    to: 'relay',
  });

const timeline: Step[] = [
  step(0, { conn: null, kind: 'dns-query', protocol: 'dns', text: 'ecole.example. IN MX ?' }),
  step(1, {
    conn: 'c1',
    kind: 'connect',
    protocol: 'tcp',
    text: 'connect to mx[198.51.100.25]:25',
    from: 'relay',
    to: 'mx',
  }),
  reply(2, 'c1', '220 mx ESMTP', '220', 'smtp.reply.greeting'),
  cmd(3, 'c1', 'MAIL FROM:<a@x>', 'MAIL'),
  cmd(4, 'c1', 'RCPT TO:<b@y>', 'RCPT'),
  cmd(5, 'c1', 'RCPT TO:<c@y>', 'RCPT'),
  reply(6, 'c1', '250 2.1.0 Ok', '250', 'smtp.reply.mailOk'),
  reply(7, 'c1', '250 2.1.5 Ok', '250', 'smtp.reply.rcptOk'),
  reply(8, 'c1', '550 5.1.1 unknown', '550', 'smtp.reply.unknownUser'),
  step(9, {
    conn: 'c2',
    kind: 'connect',
    protocol: 'tcp',
    text: 'connect to mailbox[198.51.100.26]:993',
    from: 'relay',
    to: 'mailbox',
  }),
  step(10, {
    conn: 'c2',
    kind: 'tls',
    protocol: 'imap',
    text: 'TLS handshake',
    from: 'relay',
    to: 'mailbox',
  }),
  cmd(11, 'c2', 'a1 SELECT INBOX', 'SELECT', true),
  reply(12, 'c2', '* 1 EXISTS', '*', 'imap.data.EXISTS'),
  reply(13, 'c2', 'a1 OK Select completed.', 'OK', 'imap.reply.selectCompleted'),
  step(14, {
    conn: 'c3',
    kind: 'connect',
    protocol: 'tcp',
    text: 'connect to mx[198.51.100.25]:25',
    from: 'relay',
    to: 'mx',
  }),
];

describe('matchAll', () => {
  it('keeps the steps that fit every field given, in timeline order', () => {
    expect(matchAll(timeline, { kind: 'command', verb: 'RCPT' }).map((s) => s.seq)).toEqual([4, 5]);
  });

  it('tests a text against a substring or a regular expression', () => {
    expect(matchAll(timeline, { text: 'IN MX' }).map((s) => s.seq)).toEqual([0]);
    expect(matchAll(timeline, { text: /^250 2\.1\.\d/ }).map((s) => s.seq)).toEqual([6, 7]);
  });

  it('pairs pipelined replies with their commands in order (RFC 2920 §3.1)', () => {
    const answers = matchAll(timeline, { kind: 'reply', after: { command: 'RCPT' } });
    expect(answers.map((s) => s.seq)).toEqual([7, 8]);
    expect(
      matchAll(timeline, { kind: 'reply', after: { command: 'MAIL' } }).map((s) => s.seq),
    ).toEqual([6]);
  });

  it('counts an IMAP untagged line as part of the answer to the pending command', () => {
    const answers = matchAll(timeline, { kind: 'reply', after: { command: 'SELECT' } });
    expect(answers.map((s) => s.seq)).toEqual([12, 13]);
  });

  it('never pairs a greeting with a command', () => {
    expect(matchAll(timeline, { code: '220', after: { command: 'MAIL' } })).toEqual([]);
  });

  it('finds the steps of a connection described by host and port', () => {
    expect(
      matchAll(timeline, { kind: 'tls', conn: { to: 'mailbox', port: 993 } }).map((s) => s.seq),
    ).toEqual([10]);
    expect(
      matchAll(timeline, { kind: 'connect', conn: { to: 'mx', port: 25 } }).map((s) => s.seq),
    ).toEqual([1, 14]);
    expect(
      matchAll(timeline, { kind: 'connect', conn: { to: 'mx', nth: 1 } }).map((s) => s.seq),
    ).toEqual([14]);
    expect(matchAll(timeline, { conn: { to: 'mx', port: 587 } })).toEqual([]);
  });

  it('keeps the n-th match only when nth is given', () => {
    expect(matchAll(timeline, { verb: 'RCPT', nth: 1 }).map((s) => s.seq)).toEqual([5]);
    expect(matchAll(timeline, { verb: 'RCPT', nth: 2 })).toEqual([]);
  });

  it('tells encrypted steps from clear ones', () => {
    expect(matchAll(timeline, { kind: 'command', encrypted: true }).map((s) => s.seq)).toEqual([
      11,
    ]);
    expect(matchAll(timeline, { kind: 'command', encrypted: false })).toHaveLength(3);
  });

  it('matches a key on a reply or a command', () => {
    expect(matchAll(timeline, { key: 'smtp.reply.rcptOk' }).map((s) => s.seq)).toEqual([7]);
    expect(matchAll(timeline, { key: 'smtp.command.MAIL' }).map((s) => s.seq)).toEqual([3]);
  });
});

describe('matchOne', () => {
  it('returns the one step a query names', () => {
    expect(matchOne(timeline, { code: '550' }).seq).toBe(8);
  });

  it('throws an error naming the query when nothing matches', () => {
    expect(() => matchOne(timeline, { code: '354' })).toThrow(
      'anchor {"code":"354"} matches 0 steps, expected exactly 1',
    );
  });

  it('throws an error naming the query when several steps match, regular expressions shown', () => {
    expect(() => matchOne(timeline, { text: /^250/ })).toThrow(
      'anchor {"text":"/^250/"} matches 2 steps, expected exactly 1',
    );
  });

  it('findOne returns the error instead of throwing', () => {
    const result = findOne(timeline, { verb: 'RCPT' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(AnchorError);
      expect(result.error.matches).toBe(2);
    }
  });
});

describe('hostsInConnectionOrder', () => {
  it('lists each host once, in the order of the connections that reached it', () => {
    expect(hostsInConnectionOrder(timeline)).toEqual(['relay', 'mx', 'mailbox']);
  });
});

describe('decodedSaslText', () => {
  const line = (text: string) => step(0, { kind: 'command', text });

  it('decodes the initial response of AUTH PLAIN: NUL, user, NUL, password (RFC 4616 §2)', () => {
    expect(decodedSaslText(line('AUTH PLAIN AGFAYgBz'))).toBe('\u0000a@b\u0000s');
  });

  it('decodes a 334 challenge and a bare answer line', () => {
    expect(decodedSaslText(line('334 VXNlcm5hbWU6'))).toBe('Username:');
    expect(decodedSaslText(line('czNjcmV0'))).toBe('s3cret');
  });

  it('gives null when the last word is not base64', () => {
    expect(decodedSaslText(line('AUTH LOGIN'))).toBeNull();
  });
});

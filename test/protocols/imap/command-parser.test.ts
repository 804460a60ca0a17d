import { describe, expect, it } from 'vitest';
import { readArguments } from '../../../src/protocols/imap/arguments';
import { parseCommand } from '../../../src/protocols/imap/command-parser';
import { parseFetchItems } from '../../../src/protocols/imap/fetch-items';
import { includes, parseSequenceSet } from '../../../src/protocols/imap/sequence-set';

const line = (text: string) => parseCommand({ lines: [text], literals: [] });

describe('IMAP arguments (RFC 3501 §4)', () => {
  it('reads atoms, quoted strings with escapes, nested lists and literals', () => {
    expect(
      readArguments({ lines: ['x "a \\"b\\" \\\\" (c (d)) {3}', ' e'], literals: ['Zoë'] }, 0),
    ).toEqual([
      { kind: 'atom', value: 'x' },
      { kind: 'string', value: 'a "b" \\', literal: false },
      {
        kind: 'list',
        items: [
          { kind: 'atom', value: 'c' },
          { kind: 'list', items: [{ kind: 'atom', value: 'd' }] },
        ],
      },
      { kind: 'string', value: 'Zoë', literal: true },
      { kind: 'atom', value: 'e' },
    ]);
  });

  it('keeps a BODY[…] section with spaces as one atom', () => {
    expect(
      readArguments({ lines: ['BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.10> X'], literals: [] }, 0),
    ).toEqual([
      { kind: 'atom', value: 'BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.10>' },
      { kind: 'atom', value: 'X' },
    ]);
  });

  it('reports unbalanced parentheses and unterminated strings', () => {
    expect(readArguments({ lines: ['(a'], literals: [] }, 0)).toEqual({ error: "Missing ')'" });
    expect(readArguments({ lines: ['a)'], literals: [] }, 0)).toEqual({ error: "Unexpected ')'" });
    expect(readArguments({ lines: ['"abc'], literals: [] }, 0)).toEqual({ error: "Missing '\"'" });
  });
});

describe('IMAP sequence sets (RFC 3501 §9)', () => {
  it('parses ranges, lists and "*"', () => {
    expect(parseSequenceSet('2,4:6,9:*')).toEqual([
      { from: 2, to: 2 },
      { from: 4, to: 6 },
      { from: 9, to: '*' },
    ]);
    for (const bad of ['', '0', '1:', 'a', '1,,2', '1:2:3'])
      expect(parseSequenceSet(bad)).toBeUndefined();
  });

  it('takes "*" as the largest number and a reversed range in order', () => {
    const set = parseSequenceSet('4:2,7:*') ?? [];
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((n) => includes(set, n, 8))).toEqual([2, 3, 4, 7, 8]);
  });
});

describe('IMAP command parser', () => {
  it('reads the tag, the name in any case, and the UID prefix', () => {
    expect(line('A001 uid fetch 1:* (flags)')).toEqual({
      kind: 'command',
      tag: 'A001',
      verb: 'UID FETCH',
      command: {
        name: 'FETCH',
        uid: true,
        set: [{ from: 1, to: '*' }],
        items: [{ kind: 'FLAGS' }],
      },
    });
  });

  it('tells an unknown command from bad arguments and from a bad tag', () => {
    expect(line('a1 FOO bar')).toEqual({ kind: 'unknown', tag: 'a1', verb: 'FOO' });
    expect(line('a1 SELECT')).toEqual({
      kind: 'invalid',
      tag: 'a1',
      verb: 'SELECT',
      reason: 'Invalid arguments.',
    });
    expect(line('a{1 NOOP')).toEqual({ kind: 'badTag' });
    expect(line('')).toEqual({ kind: 'empty' });
  });

  it('reads the three STORE forms with .SILENT', () => {
    expect(line('a STORE 2:4 +FLAGS.SILENT (\\deleted)')).toMatchObject({
      command: { name: 'STORE', action: 'add', silent: true, flags: ['\\Deleted'] },
    });
    expect(line('a STORE 1 -FLAGS \\Seen')).toMatchObject({
      command: { name: 'STORE', action: 'remove', silent: false, flags: ['\\Seen'] },
    });
    expect(line('a STORE 1 FLAGS ($Junk)')).toMatchObject({
      command: { name: 'STORE', action: 'replace', flags: ['$Junk'] },
    });
  });

  it('reads APPEND with flags, a date and the literal message', () => {
    const parsed = parseCommand({
      lines: ['a APPEND Sent (\\Seen) "05-Jun-2024 12:00:00 +0200" {5}', ''],
      literals: ['Hello'],
    });
    expect(parsed).toMatchObject({
      command: {
        name: 'APPEND',
        mailbox: 'Sent',
        flags: ['\\Seen'],
        internalDate: Date.UTC(2024, 5, 5, 10),
        message: 'Hello',
      },
    });
  });

  it('reads SEARCH keys with OR, NOT, sets and a CHARSET', () => {
    expect(line('a SEARCH CHARSET UTF-8 OR SEEN NOT FROM "x" 1:3')).toMatchObject({
      command: {
        name: 'SEARCH',
        key: {
          kind: 'and',
          keys: [
            {
              kind: 'or',
              left: { kind: 'flag', key: 'SEEN' },
              right: { kind: 'not', key: { kind: 'header', field: 'FROM', value: 'x' } },
            },
            { kind: 'sequence', set: [{ from: 1, to: 3 }] },
          ],
        },
      },
    });
    expect(line('a SEARCH SINCE 31-Foo-2024')).toMatchObject({ kind: 'invalid' });
  });
});

describe('IMAP FETCH items (RFC 3501 §6.4.5)', () => {
  it('expands ALL, FAST and FULL', () => {
    const kinds = (macro: string) => {
      const items = parseFetchItems({ kind: 'atom', value: macro });
      return 'error' in items ? items : items.map((item) => item.kind);
    };
    expect(kinds('ALL')).toEqual(['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE']);
    expect(kinds('fast')).toEqual(['FLAGS', 'INTERNALDATE', 'RFC822.SIZE']);
    expect(kinds('FULL')).toEqual(['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE', 'BODY']);
  });

  it('reads sections, PEEK and partial ranges', () => {
    expect(parseFetchItems({ kind: 'atom', value: 'BODY.PEEK[1.2.MIME]<5.10>' })).toEqual([
      {
        kind: 'section',
        peek: true,
        section: { part: [1, 2], text: 'MIME' },
        partial: { offset: 5, length: 10 },
      },
    ]);
    expect(parseFetchItems({ kind: 'atom', value: 'BODY[MIME]' })).toEqual({
      error: 'Invalid BODY[..] parameter: MIME',
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildMessage,
  foldField,
  getField,
  getFields,
  parseMessage,
  unfold,
} from '../../../src/protocols/message/header';

const RAW = [
  'Received: from smtp.a.example (smtp.a.example [198.51.100.25])',
  '\tby mx1.b.example (Postfix) with ESMTPS id 4Wv9Yt0Hn4z1',
  '\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)',
  'From: Alice Durand <alice@a.example>',
  'Subject: Réunion',
  '',
  'Bonjour Bob,',
  '',
].join('\r\n');

describe('RFC 5322 header fields', () => {
  it('parses fields in order with folding kept in raw and removed in value', () => {
    const message = parseMessage(RAW);
    expect(message.fields.map((field) => field.name)).toEqual(['Received', 'From', 'Subject']);
    const received = message.fields[0];
    expect(received?.raw).toBe(
      ' from smtp.a.example (smtp.a.example [198.51.100.25])\r\n' +
        '\tby mx1.b.example (Postfix) with ESMTPS id 4Wv9Yt0Hn4z1\r\n' +
        '\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)',
    );
    expect(received?.value).toBe(
      'from smtp.a.example (smtp.a.example [198.51.100.25])\tby mx1.b.example (Postfix) with ESMTPS id 4Wv9Yt0Hn4z1\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)',
    );
    expect(message.body).toBe('Bonjour Bob,\r\n');
  });

  it('gives offsets in octets (UTF-8), not in characters', () => {
    const message = parseMessage(RAW);
    const subject = getField(message.fields, 'subject');
    expect(subject?.value).toBe('Réunion');
    // "Subject: Réunion\r\n" is 18 characters but 19 octets.
    expect((subject?.end ?? 0) - (subject?.start ?? 0)).toBe(19);
    expect(message.bodyStart).toBe(message.header.end);
    expect(message.size).toBe(message.bodyStart + 'Bonjour Bob,\r\n'.length);
  });

  it('finds fields by name whatever the case', () => {
    const message = parseMessage('to: a@x\r\nTO: b@y\r\n\r\n');
    expect(getFields(message.fields, 'To').map((field) => field.value)).toEqual(['a@x', 'b@y']);
  });

  it('reads a message with no body, and one with no header', () => {
    expect(parseMessage('Subject: x\r\n').fields).toHaveLength(1);
    const headless = parseMessage('\r\nbody');
    expect(headless.fields).toEqual([]);
    expect(headless.body).toBe('body');
  });

  it('skips a line that is not a field, with its continuation lines', () => {
    const message = parseMessage('A: 1\r\nnot a field\r\n continued\r\nB: 2\r\n\r\n');
    expect(message.fields.map((field) => [field.name, field.raw])).toEqual([
      ['A', ' 1'],
      ['B', ' 2'],
    ]);
  });

  it('unfolds by removing each CRLF followed by white space (§2.2.3)', () => {
    expect(unfold(' a\r\n b\r\n\tc')).toBe('a b\tc');
  });

  it('folds a long field at white space within 78 characters', () => {
    const value = Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' ');
    const folded = foldField('Subject', value);
    const lines = folded.slice(0, -2).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(folded.slice('Subject:'.length, -2))).toBe(value);
  });

  it('keeps a word longer than the line whole rather than break it', () => {
    const word = 'x'.repeat(100);
    expect(foldField('X-Long', word)).toBe(`X-Long: ${word}\r\n`);
  });

  it('builds a message: fields, the empty line, then the body', () => {
    expect(
      buildMessage(
        [
          { name: 'From', value: 'alice@a.example' },
          { name: 'To', value: 'bob@b.example' },
        ],
        'Salut\r\n',
      ),
    ).toBe('From: alice@a.example\r\nTo: bob@b.example\r\n\r\nSalut\r\n');
  });

  it('round-trips any value through folding and unfolding', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'é', '<', '@'),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const value = words.join(' ');
        const message = parseMessage(buildMessage([{ name: 'Subject', value }], ''));
        expect(message.fields[0]?.value).toBe(value);
      }),
    );
  });
});

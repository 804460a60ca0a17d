import { describe, expect, it } from 'vitest';
import { ReplyReader } from '../../../../src/protocols/smtp/client/reply-reader';
import { parseExtensions, sizeLimit } from '../../../../src/protocols/smtp/client/extensions';
import { encodeBase64 } from '../../../../src/protocols/encoding/base64';

describe('ReplyReader (RFC 5321 §4.2)', () => {
  it('gathers a multi-line reply into one, with the code of its last line', () => {
    const items = new ReplyReader().push('250-mx1.b.example\r\n250-PIPELINING\r\n250 CHUNKING\r\n');
    expect(items).toEqual([
      {
        kind: 'reply',
        reply: {
          code: 250,
          lines: ['mx1.b.example', 'PIPELINING', 'CHUNKING'],
          raw: '250-mx1.b.example\r\n250-PIPELINING\r\n250 CHUNKING',
        },
      },
    ]);
  });

  it('reads the enhanced status code when its class matches the reply code', () => {
    const [item] = new ReplyReader().push('550 5.1.1 <bob@b.example>: User unknown\r\n');
    expect(item).toMatchObject({ reply: { code: 550, enhanced: '5.1.1' } });
    const [odd] = new ReplyReader().push('550 4.1.1 mismatched class\r\n');
    expect(odd).toEqual({
      kind: 'reply',
      reply: { code: 550, lines: ['4.1.1 mismatched class'], raw: '550 4.1.1 mismatched class' },
    });
  });

  it('accepts a bare code with no text, and a bare LF line end', () => {
    expect(new ReplyReader().push('250\n')).toMatchObject([
      { kind: 'reply', reply: { code: 250, lines: [''] } },
    ]);
  });

  it('reports a line that is not a reply', () => {
    expect(new ReplyReader().push('hello\r\n')).toEqual([{ kind: 'malformed', line: 'hello' }]);
  });

  it('gives up on a line longer than 2048 characters instead of holding it', () => {
    const reader = new ReplyReader();
    expect(reader.push(`250 ${'x'.repeat(2044)}`)).toEqual([]);
    expect(reader.push('yy')).toMatchObject([{ kind: 'malformed' }]);
    expect(reader.push('220 next\r\n')).toMatchObject([{ kind: 'reply', reply: { code: 220 } }]);
  });

  it('forgets a half-read reply when told to discard', () => {
    const reader = new ReplyReader();
    reader.push('250-first\r\n250 par');
    reader.discard();
    expect(reader.push('220 fresh\r\n')).toMatchObject([{ reply: { code: 220 } }]);
  });

  it('decodes UTF-8 split between chunks', () => {
    const reader = new ReplyReader();
    const bytes = new TextEncoder().encode('250 été\r\n');
    expect(reader.push(bytes.slice(0, 6))).toEqual([]);
    expect(reader.push(bytes.slice(6))).toMatchObject([{ reply: { lines: ['été'] } }]);
  });
});

describe('EHLO extensions (RFC 5321 §4.1.1.1)', () => {
  const [item] = new ReplyReader().push(
    '250-mx1.b.example\r\n250-SIZE 10240\r\n250-auth PLAIN LOGIN\r\n250-AUTH=LOGIN\r\n250 8BITMIME\r\n',
  );
  const extensions = item?.kind === 'reply' ? parseExtensions(item.reply) : new Map();

  it('keeps keywords in upper case with their parameters, not the greeting line', () => {
    expect([...extensions.keys()]).toEqual(['SIZE', 'AUTH', '8BITMIME']);
    expect(extensions.get('SIZE')).toEqual(['10240']);
  });

  it('reads the SIZE limit, and none for SIZE 0 (RFC 1870 §4)', () => {
    expect(sizeLimit(extensions)).toBe(10240);
    expect(sizeLimit(new Map([['SIZE', ['0']]]))).toBeUndefined();
  });
});

describe('base64 (RFC 4648)', () => {
  it('encodes the RFC 4648 §10 test vectors', () => {
    expect(
      ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((text) => encodeBase64(text)),
    ).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy']);
  });

  it('encodes text as UTF-8', () => {
    expect(encodeBase64('é')).toBe('w6k=');
  });
});

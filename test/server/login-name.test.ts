import { describe, expect, it } from 'vitest';
import { LoginNameReader } from '../../src/server/login-name';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('LoginNameReader', () => {
  it('reads the POP3 USER name', () => {
    expect(new LoginNameReader('pop3').read('USER bob@ecole.example\r\n')).toBe(
      'bob@ecole.example',
    );
  });

  it('reads a quoted IMAP LOGIN name', () => {
    expect(new LoginNameReader('imap').read('a1 LOGIN "alice@lycee.example" "x y"\r\n')).toBe(
      'alice@lycee.example',
    );
  });

  it('reads PLAIN with an initial response (RFC 4959 SASL-IR)', () => {
    const line = `a AUTHENTICATE PLAIN ${base64('\0alice@lycee.example\0merveilles')}\r\n`;
    expect(new LoginNameReader('imap').read(line)).toBe('alice@lycee.example');
  });

  it('reads PLAIN and LOGIN names sent on the line after the command', () => {
    const plain = new LoginNameReader('pop3');
    expect(plain.read('AUTH PLAIN\r\n')).toBeUndefined();
    expect(plain.read(`${base64('\0bob@ecole.example\0bricoleur')}\r\n`)).toBe('bob@ecole.example');
    const login = new LoginNameReader('imap');
    expect(login.read('a AUTHENTICATE LOGIN\r\n')).toBeUndefined();
    expect(login.read(`${base64('bob@ecole.example')}\r\n`)).toBe('bob@ecole.example');
  });

  it('reads no name from other commands', () => {
    const reader = new LoginNameReader('imap');
    expect(reader.read('a CAPABILITY\r\n')).toBeUndefined();
    expect(reader.read('b STARTTLS\r\n')).toBeUndefined();
    expect(new LoginNameReader('pop3').read('CAPA\r\n')).toBeUndefined();
  });
});

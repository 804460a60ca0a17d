import { describe, expect, it } from 'vitest';
import {
  REPLY_NAMES,
  renderReply,
  reply,
  replyDefinition,
  replyKey,
} from '../../../src/protocols/smtp/replies';

describe('SMTP reply catalogue', () => {
  it.each(REPLY_NAMES)('%s: the enhanced class equals the first digit of the code', (name) => {
    const { code, enhanced } = replyDefinition(name);
    if (enhanced !== undefined) expect(enhanced.charAt(0)).toBe(String(code).charAt(0));
    expect(code).toBeGreaterThanOrEqual(200);
    expect(code).toBeLessThan(600);
  });

  it('renders a multi-line reply with NNN- on every line but the last', () => {
    const text = renderReply(
      reply('ehlo', { host: 'mail.example.test', capabilities: ['PIPELINING', 'CHUNKING'] }),
    );
    expect(text).toBe('250-mail.example.test\r\n250-PIPELINING\r\n250 CHUNKING\r\n');
  });

  it('writes the enhanced code before the text', () => {
    expect(renderReply(reply('userUnknown', { address: 'nobody@example.test' }))).toBe(
      '550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table\r\n',
    );
  });

  it('cuts a reply line at 510 characters, as Postfix does', () => {
    const text = renderReply(reply('vrfy', { argument: 'x'.repeat(2000) }));
    expect(text).toBe(`252 2.0.0 ${'x'.repeat(500)}\r\n`);
  });

  it('names explanation keys after the catalogue they belong to', () => {
    expect(replyKey('rcptOk')).toBe('smtp.reply.rcptOk');
    expect(replyKey('lmtpSaved')).toBe('lmtp.reply.saved');
  });
});

import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/protocols/smtp/command-parser';

const STRICT = { lenientEnvelopes: false, strictRfc: true };

describe('SMTP command parser', () => {
  it('reads verbs in any case', () => {
    expect(parseCommand('mail FROM:<a@b.example>')).toEqual({
      verb: 'MAIL',
      path: { address: 'a@b.example', route: [] },
      parameters: {},
    });
  });

  it('parses MAIL FROM with every ESMTP parameter', () => {
    expect(
      parseCommand(
        'MAIL FROM:<a@b.example> SIZE=1024 BODY=8bitmime AUTH=<> SMTPUTF8 RET=HDRS ENVID=QQ314159',
      ),
    ).toEqual({
      verb: 'MAIL',
      path: { address: 'a@b.example', route: [] },
      parameters: {
        size: 1024,
        body: '8BITMIME',
        auth: '<>',
        smtputf8: true,
        ret: 'HDRS',
        envid: 'QQ314159',
      },
    });
  });

  it('parses RCPT TO with NOTIFY and ORCPT', () => {
    expect(
      parseCommand('RCPT TO:<b@c.example> NOTIFY=SUCCESS,DELAY ORCPT=rfc822;b@c.example'),
    ).toEqual({
      verb: 'RCPT',
      path: { address: 'b@c.example', route: [] },
      parameters: { notify: ['SUCCESS', 'DELAY'], orcpt: 'rfc822;b@c.example' },
    });
  });

  it('takes the null reverse-path, and refuses it as a forward-path', () => {
    expect(parseCommand('MAIL FROM:<>')).toMatchObject({ path: { address: '' } });
    expect(parseCommand('RCPT TO:<>')).toMatchObject({ fault: { reply: 'badRecipientSyntax' } });
  });

  it('takes <Postmaster> without a domain (RFC 5321 §4.5.1)', () => {
    expect(parseCommand('RCPT TO:<Postmaster>', STRICT)).toMatchObject({
      path: { address: 'Postmaster' },
    });
    expect(parseCommand('RCPT TO:<bob>', STRICT)).toMatchObject({
      fault: { reply: 'badRecipientSyntax' },
    });
  });

  it('parses a source route and drops it (RFC 5321 §3.3, Appendix C)', () => {
    expect(parseCommand('RCPT TO:<@one.example,@two.example:joe@three.example>')).toMatchObject({
      path: { address: 'joe@three.example', route: ['one.example', 'two.example'] },
    });
  });

  it('accepts address literals and quoted local parts', () => {
    expect(parseCommand('RCPT TO:<user@[192.0.2.1]>')).toMatchObject({
      path: { address: 'user@[192.0.2.1]' },
    });
    expect(parseCommand('RCPT TO:<user@[IPv6:2001:db8::1]>')).toMatchObject({
      path: { address: 'user@[IPv6:2001:db8::1]' },
    });
    expect(parseCommand('RCPT TO:<"john doe"@b.example>')).toMatchObject({
      path: { address: '"john doe"@b.example' },
    });
  });

  it('is lenient like Postfix, strict when told', () => {
    expect(parseCommand('MAIL FROM: <a@b.example>')).toMatchObject({
      path: { address: 'a@b.example' },
    });
    expect(parseCommand('MAIL FROM:a@b.example')).toMatchObject({
      path: { address: 'a@b.example' },
    });
    expect(parseCommand('MAIL FROM: <a@b.example>', STRICT)).toMatchObject({
      fault: { reply: 'mailSyntax' },
    });
    expect(parseCommand('MAIL FROM:a@b.example', STRICT)).toMatchObject({
      fault: { reply: 'badSenderSyntax' },
    });
  });

  it('applies the RFC 5321 §4.5.3.1 length limits only in strict mode', () => {
    const long = `${'x'.repeat(65)}@b.example`;
    expect(parseCommand(`RCPT TO:<${long}>`)).toMatchObject({ path: { address: long } });
    expect(parseCommand(`RCPT TO:<${long}>`, STRICT)).toMatchObject({
      fault: { reply: 'badRecipientSyntax' },
    });
  });

  it('names the Postfix syntax replies', () => {
    expect(parseCommand('MAIL alice@a.example')).toMatchObject({ fault: { reply: 'mailSyntax' } });
    expect(parseCommand('MAIL FROM:<a@@b.example>')).toMatchObject({
      fault: { reply: 'badSenderSyntax' },
    });
    expect(parseCommand('MAIL FROM:<a@b.example> FOO=1')).toMatchObject({
      fault: { reply: 'unsupportedOption', argument: 'FOO=1' },
    });
    expect(parseCommand('MAIL FROM:<a@b.example> SIZE=big')).toMatchObject({
      fault: { reply: 'sizeSyntax' },
    });
    expect(parseCommand('EHLO')).toMatchObject({ fault: { reply: 'ehloSyntax' } });
    expect(parseCommand('DATA x')).toMatchObject({ fault: { reply: 'dataSyntax' } });
    expect(parseCommand('BDAT 10 MORE')).toMatchObject({ fault: { reply: 'bdatSyntax' } });
    expect(parseCommand('AUTH')).toMatchObject({ fault: { reply: 'authSyntax' } });
  });

  it('parses BDAT and AUTH arguments', () => {
    expect(parseCommand('BDAT 86 last')).toEqual({ verb: 'BDAT', size: 86, last: true });
    expect(parseCommand('AUTH plain AGFsaWNl')).toEqual({
      verb: 'AUTH',
      mechanism: 'PLAIN',
      initialResponse: 'AGFsaWNl',
    });
  });

  it('marks non-SMTP lines as forbidden, and unknown verbs as unknown', () => {
    expect(parseCommand('GET / HTTP/1.1')).toEqual({ verb: 'forbidden', word: 'GET' });
    expect(parseCommand('Subject: hi')).toEqual({ verb: 'forbidden', word: 'Subject:' });
    expect(parseCommand('.quit')).toEqual({ verb: 'forbidden', word: '.quit' });
    expect(parseCommand('MIAL FROM:<a@b>')).toEqual({ verb: 'unknown', word: 'MIAL' });
    expect(parseCommand('')).toEqual({ verb: 'empty' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodePartBody,
  decodePartText,
  findPart,
  parseMime,
  partFilename,
  type MimePart,
} from '../../../src/protocols/message/mime-parse';
import { decodeEncodedWords } from '../../../src/protocols/message/encoded-word';
import { getField } from '../../../src/protocols/message/header';
import { textToBinary, binaryToText } from '../../../src/protocols/encoding/utf8';
import { ANNOTATED_MESSAGE } from './fixtures/annotated-message';

/** What IMAP would serve for a range: the raw message's octets between two offsets. */
function slice(raw: string, range: { start: number; end: number }): string {
  return binaryToText(textToBinary(raw).slice(range.start, range.end));
}

/** The tree without offsets and fields, to compare shapes. */
function shape(part: MimePart): unknown {
  return {
    section: part.section,
    type: `${part.type}/${part.subtype}`,
    parameters: part.parameters,
    encoding: part.encoding,
    size: part.size,
    lines: part.lines,
    ...(part.disposition ? { disposition: part.disposition } : {}),
    ...(part.children.length ? { children: part.children.map(shape) } : {}),
    ...(part.message ? { message: shape(part.message) } : {}),
  };
}

describe('MIME tree of the annotated message (reference §5.3)', () => {
  const root = parseMime(ANNOTATED_MESSAGE);

  it('is multipart/mixed with a quoted-printable text and a base64 PDF', () => {
    expect(shape(root)).toEqual({
      section: '',
      type: 'multipart/mixed',
      parameters: { boundary: '=_b1' },
      encoding: '7bit',
      size: root.body.end - root.body.start,
      lines: 12,
      children: [
        {
          section: '1',
          type: 'text/plain',
          parameters: { charset: 'utf-8' },
          encoding: 'quoted-printable',
          size: 22,
          lines: 0,
        },
        {
          section: '2',
          type: 'application/pdf',
          parameters: { name: 'ordre-du-jour.pdf' },
          encoding: 'base64',
          size: 16,
          lines: 0,
          disposition: { type: 'attachment', parameters: { filename: 'ordre-du-jour.pdf' } },
        },
      ],
    });
  });

  it('gives the octet ranges IMAP serves as BODY[1], BODY[1.MIME], BODY[HEADER], BODY[TEXT]', () => {
    const text = findPart(root, '1');
    expect(text && slice(ANNOTATED_MESSAGE, text.body)).toBe('Caf=C3=A9 =C3=A0 10h ?');
    expect(text && slice(ANNOTATED_MESSAGE, text.header)).toBe(
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n',
    );
    const header = slice(ANNOTATED_MESSAGE, root.header);
    expect(header.startsWith('Return-Path: <alice@a.example>\r\n')).toBe(true);
    expect(header.endsWith('boundary="=_b1"\r\n\r\n')).toBe(true);
    expect(
      slice(ANNOTATED_MESSAGE, root.body).startsWith('--=_b1\r\nContent-Type: text/plain'),
    ).toBe(true);
    expect(root.body.end).toBe(textToBinary(ANNOTATED_MESSAGE).length);
  });

  it('counts the header in octets: "…" is three octets in UTF-8', () => {
    const headerText = ANNOTATED_MESSAGE.slice(0, ANNOTATED_MESSAGE.indexOf('\r\n\r\n') + 4);
    // Two "…" on the DKIM line: 2 characters, 6 octets.
    expect(root.header.end).toBe(headerText.length + 4);
  });

  it('decodes the text part and the attachment', () => {
    const text = findPart(root, '1');
    const pdf = findPart(root, '2');
    expect(text && decodePartText(ANNOTATED_MESSAGE, text)).toBe('Café à 10h ?');
    expect(pdf && partFilename(pdf)).toBe('ordre-du-jour.pdf');
    const octets = pdf ? decodePartBody(ANNOTATED_MESSAGE, pdf) : new Uint8Array();
    expect(Array.from(octets.slice(0, 9))).toEqual([...'%PDF-1.4\n'].map((c) => c.charCodeAt(0)));
  });

  it('keeps the top-level fields for ENVELOPE, in order', () => {
    expect(root.fields.map((field) => field.name).slice(0, 5)).toEqual([
      'Return-Path',
      'Delivered-To',
      'Received',
      'Authentication-Results',
      'DKIM-Signature',
    ]);
    const subject = getField(root.fields, 'Subject');
    expect(subject && decodeEncodedWords(subject.value)).toBe('Réunion demain');
  });

  it('has no part 3 and no part 1.1', () => {
    expect(findPart(root, '3')).toBeUndefined();
    expect(findPart(root, '1.1')).toBeUndefined();
  });
});

const BOUNCE = [
  'From: Mail Delivery System <MAILER-DAEMON@a.example>',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="4Xq2Lk1Z3nz9.1717400000/smtp.a.example"',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--4Xq2Lk1Z3nz9.1717400000/smtp.a.example',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host smtp.a.example.',
  '',
  '--4Xq2Lk1Z3nz9.1717400000/smtp.a.example',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; smtp.a.example',
  '',
  'Final-Recipient: rfc822; bob@b.example',
  'Action: failed',
  'Status: 5.1.1',
  '',
  '--4Xq2Lk1Z3nz9.1717400000/smtp.a.example',
  'Content-Description: Undelivered Message',
  'Content-Type: message/rfc822',
  '',
  'From: Alice <alice@a.example>',
  'Subject: Salut',
  '',
  'Bonjour',
  '',
  '--4Xq2Lk1Z3nz9.1717400000/smtp.a.example--',
  '',
].join('\r\n');

describe('multipart/report bounces (RFC 6522)', () => {
  const root = parseMime(BOUNCE);

  it('finds the three parts of a Postfix bounce, the preamble ignored', () => {
    expect(root.parameters).toEqual({
      'report-type': 'delivery-status',
      boundary: '4Xq2Lk1Z3nz9.1717400000/smtp.a.example',
    });
    expect(root.children.map((part) => `${part.type}/${part.subtype}`)).toEqual([
      'text/plain',
      'message/delivery-status',
      'message/rfc822',
    ]);
    expect(root.children.map((part) => part.description)).toEqual([
      'Notification',
      'Delivery report',
      'Undelivered Message',
    ]);
  });

  it('parses the returned message inside message/rfc822, numbered from its part', () => {
    const returned = findPart(root, '3');
    expect(returned?.message?.fields.map((field) => field.value)).toEqual([
      'Alice <alice@a.example>',
      'Salut',
    ]);
    const inner = findPart(root, '3.1');
    expect(inner && slice(BOUNCE, inner.body)).toBe('Bonjour\r\n');
    expect(inner?.lines).toBe(1);
  });

  it('reads the delivery-status part as text', () => {
    const status = findPart(root, '2');
    expect(status && slice(BOUNCE, status.body)).toContain('Status: 5.1.1');
  });
});

describe('MIME details', () => {
  it('defaults to text/plain; charset=us-ascii and 7bit without MIME fields (RFC 2045 §5.2)', () => {
    const root = parseMime('Subject: x\r\n\r\nhello\r\n');
    expect(shape(root)).toEqual({
      section: '',
      type: 'text/plain',
      parameters: { charset: 'us-ascii' },
      encoding: '7bit',
      size: 7,
      lines: 1,
    });
    expect(findPart(root, '1')).toBe(root);
  });

  it('counts an 8bit UTF-8 body in octets, from text or from octets alike', () => {
    const raw =
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nCafé 5€\r\n';
    const fromText = parseMime(raw);
    // "Café 5€\r\n": 7 characters + CRLF, but é is 2 octets and € is 3.
    expect([fromText.size, fromText.lines, fromText.encoding]).toEqual([12, 1, '8bit']);
    expect(parseMime(new TextEncoder().encode(raw))).toEqual(fromText);
    expect(decodePartText(raw, fromText)).toBe('Café 5€\r\n');
  });

  it('numbers nested multiparts 1.1, 1.2 (RFC 3501 §6.4.5)', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'texte',
      '--inner',
      'Content-Type: text/html',
      '',
      '<p>texte</p>',
      '--inner--',
      '',
      '--outer',
      'Content-Type: image/png',
      'Content-ID: <logo@a.example>',
      'Content-Language: fr, en',
      'Content-Disposition: inline',
      '',
      'iVBORw0KGgo=',
      '--outer--',
    ].join('\r\n');
    const root = parseMime(raw);
    expect(findPart(root, '1.2')?.subtype).toBe('html');
    expect(findPart(root, '1.2')?.section).toBe('1.2');
    const html = findPart(root, '1.2');
    expect(html && slice(raw, html.body)).toBe('<p>texte</p>');
    const image = findPart(root, '2');
    expect(image?.id).toBe('<logo@a.example>');
    expect(image?.language).toEqual(['fr', 'en']);
    expect(image?.disposition).toEqual({ type: 'inline', parameters: {} });
    expect(image && slice(raw, image.body)).toBe('iVBORw0KGgo=');
  });

  it('decodes RFC 2231 file names, continuations included', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      "Content-Disposition: attachment; filename*=utf-8''C%C3%A9line.pdf",
      '',
      'x',
      '--b',
      'Content-Disposition: attachment;',
      " filename*0*=utf-8''rapport-%C3;",
      ' filename*1*=%A9t%C3%A9.txt',
      '',
      'y',
      '--b--',
    ].join('\r\n');
    const root = parseMime(raw);
    expect(root.children.map(partFilename)).toEqual(['Céline.pdf', 'rapport-été.txt']);
  });

  it('treats parts of multipart/digest as message/rfc822 by default (RFC 2046 §5.1.5)', () => {
    const raw = [
      'Content-Type: multipart/digest; boundary=d',
      '',
      '--d',
      '',
      'Subject: un',
      '',
      'corps',
      '--d--',
    ].join('\r\n');
    const part = findPart(parseMime(raw), '1');
    expect(part && `${part.type}/${part.subtype}`).toBe('message/rfc822');
  });

  it('ends the last part at the end of the message when the close delimiter is missing', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nfin\r\n';
    const part = findPart(parseMime(raw), '1');
    expect(part && slice(raw, part.body)).toBe('fin\r\n');
  });
});

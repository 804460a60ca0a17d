import { describe, expect, it } from 'vitest';
import { buildMimeMessage } from '../../../src/protocols/message/mime-build';
import {
  decodePartBody,
  decodePartText,
  findPart,
  parseMime,
} from '../../../src/protocols/message/mime-parse';
import { parseMessage, getField } from '../../../src/protocols/message/header';

const FIELDS = [
  { name: 'From', value: 'Alice Durand <alice@a.example>' },
  { name: 'To', value: 'Bob Martin <bob@b.example>' },
  { name: 'Subject', value: 'Réunion demain' },
];

describe('building MIME messages', () => {
  it('writes the multipart/mixed layout of the reference, part by part', () => {
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);
    const raw = buildMimeMessage({
      fields: FIELDS,
      text: 'Café à 10h ?',
      attachments: [
        { filename: 'ordre-du-jour.pdf', contentType: 'application/pdf', content: pdf },
      ],
    });
    expect(raw).toBe(
      [
        'From: Alice Durand <alice@a.example>',
        'To: Bob Martin <bob@b.example>',
        'Subject: =?utf-8?q?R=C3=A9union_demain?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="=_b1"',
        '',
        '--=_b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Caf=C3=A9 =C3=A0 10h ?',
        '--=_b1',
        'Content-Type: application/pdf; name="ordre-du-jour.pdf"',
        'Content-Disposition: attachment; filename="ordre-du-jour.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQK',
        '--=_b1--',
        '',
      ].join('\r\n'),
    );
    const root = parseMime(raw);
    const text = findPart(root, '1');
    const attachment = findPart(root, '2');
    expect(text && decodePartText(raw, text)).toBe('Café à 10h ?');
    expect(attachment && decodePartBody(raw, attachment)).toEqual(pdf);
  });

  it('writes a plain ASCII text as a single 7bit part', () => {
    const raw = buildMimeMessage({
      fields: [{ name: 'Subject', value: 'Hi' }],
      text: 'Hello\nBob',
    });
    expect(raw).toBe(
      'Subject: Hi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n' +
        'Content-Transfer-Encoding: 7bit\r\n\r\nHello\r\nBob\r\n',
    );
  });

  it('encodes only the display name of an address field, never the address (RFC 2047 §5)', () => {
    const raw = buildMimeMessage({
      fields: [
        { name: 'From', value: 'Sorties du lycée <sorties@lycee.example>' },
        { name: 'To', value: 'Bob <bob@ecole.example>, Zoé Noël <zoe@ecole.example>' },
        { name: 'Subject', value: 'Sortie au musée' },
      ],
      text: 'Hi',
    });
    expect(raw.split('\r\n').slice(0, 4)).toEqual([
      'From: =?utf-8?q?Sorties_du_lyc=C3=A9e?= <sorties@lycee.example>',
      // Folded before 78 characters (RFC 5322 §2.1.1), at a space outside the address.
      'To: Bob <bob@ecole.example>, =?utf-8?q?Zo=C3=A9_No=C3=ABl?=',
      ' <zoe@ecole.example>',
      'Subject: =?utf-8?q?Sortie_au_mus=C3=A9e?=',
    ]);
  });

  it('encodes a non-ASCII file name with RFC 2231', () => {
    const raw = buildMimeMessage({
      fields: FIELDS,
      text: 'ci-joint',
      attachments: [{ filename: 'Céline.txt', contentType: 'text/plain', content: 'x' }],
    });
    expect(raw).toContain("Content-Disposition: attachment; filename*=utf-8''C%C3%A9line.txt\r\n");
    expect(getField(parseMessage(raw).fields, 'Subject')?.value).toBe(
      '=?utf-8?q?R=C3=A9union_demain?=',
    );
  });
});

import { encodeBase64Mime } from '../encoding/base64';
import { encodeQuotedPrintable } from '../encoding/quoted-printable';
import { utf8Encode } from '../encoding/utf8';
import { formatMailbox, parseAddressList } from './address';
import { encodeEncodedWords } from './encoded-word';
import { foldField, type FieldInput } from './header';
import { formatParameter } from './mime-parameters';

/**
 * Building MIME messages as a mail client does: a text/plain part in quoted-printable and
 * attachments in base64 inside multipart/mixed (RFC 2045 §6, RFC 2046 §5.1, RFC 2183).
 */

export interface Attachment {
  filename: string;
  /** Media type, e.g. "application/pdf". */
  contentType: string;
  /** The file's octets (a text is taken as UTF-8). */
  content: Uint8Array | string;
}

export interface MimeMessageInput {
  /** Top-level fields written first (From, To, Subject, Date, Message-ID …); plain values. */
  fields: readonly FieldInput[];
  /** The text the author wrote (line breaks become CRLF). */
  text: string;
  attachments?: readonly Attachment[];
  /** The multipart boundary; it must not occur in the encoded parts (QP and base64 never hold "=_"). */
  boundary?: string;
}

/** RFC 2046 §5.1.1: a boundary starting with "=_" cannot appear in QP or base64 output. */
export const DEFAULT_BOUNDARY = '=_b1';

/** RFC 5322 §3.6.2–3.6.3: the fields whose value is a list of addresses. */
const ADDRESS_FIELDS = new Set(['from', 'sender', 'reply-to', 'to', 'cc', 'bcc']);

/**
 * RFC 2047: non-ASCII header text travels as encoded-words. In an address field only a display
 * name may be one (§5 rule 3): the address itself stays as it is, or no server could route it.
 */
function encodeFieldValue(name: string, value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) || !ADDRESS_FIELDS.has(name.toLowerCase()))
    return encodeEncodedWords(value);
  return parseAddressList(value, { decodeNames: false })
    .map((entry) =>
      entry.kind === 'group'
        ? `${encodeEncodedWords(entry.name)}: ${entry.members.map(formatMailbox).join(', ')};`
        : formatMailbox(entry),
    )
    .join(', ');
}

function headerFields(fields: readonly FieldInput[]): string {
  return fields
    .map((field) => foldField(field.name, encodeFieldValue(field.name, field.value)))
    .join('');
}

function textPartHeader(text: string): { fields: string; body: string } {
  if (
    /^[\t\n\r\x20-\x7e]*$/.test(text) &&
    text.split(/\r?\n/).every((line) => line.length <= 998)
  ) {
    return {
      fields: 'Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n',
      body: text.replace(/\r?\n/g, '\r\n'),
    };
  }
  return {
    fields:
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n',
    body: encodeQuotedPrintable(text),
  };
}

function attachmentPart(attachment: Attachment): string {
  const content =
    typeof attachment.content === 'string' ? utf8Encode(attachment.content) : attachment.content;
  return (
    foldField(
      'Content-Type',
      `${attachment.contentType}; ${formatParameter('name', attachment.filename, true)}`,
    ) +
    foldField(
      'Content-Disposition',
      `attachment; ${formatParameter('filename', attachment.filename, true)}`,
    ) +
    'Content-Transfer-Encoding: base64\r\n\r\n' +
    encodeBase64Mime(content)
  );
}

/**
 * A complete raw message. Without attachments it is a single text/plain part; with them it
 * is multipart/mixed: the text part first, then each attachment, closed by "--boundary--".
 */
export function buildMimeMessage(input: MimeMessageInput): string {
  const top = headerFields(input.fields) + 'MIME-Version: 1.0\r\n';
  const text = textPartHeader(input.text);
  const attachments = input.attachments ?? [];
  if (attachments.length === 0) return `${top}${text.fields}\r\n${text.body}\r\n`;
  const boundary = input.boundary ?? DEFAULT_BOUNDARY;
  const delimiter = `--${boundary}`;
  const parts = [`${text.fields}\r\n${text.body}`, ...attachments.map(attachmentPart)];
  return (
    top +
    `Content-Type: multipart/mixed; ${formatParameter('boundary', boundary, true)}\r\n\r\n` +
    parts.map((part) => `${delimiter}\r\n${part}\r\n`).join('') +
    `${delimiter}--\r\n`
  );
}

import { decodeBase64 } from '../encoding/base64';
import { decodeQuotedPrintable } from '../encoding/quoted-printable';
import { binaryToOctets, binaryToText } from '../encoding/utf8';
import {
  decodeField,
  getField,
  parseHeaderSection,
  toBinary,
  type LocatedHeaderField,
} from './header';
import { parseStructuredValue } from './mime-parameters';
import { withoutLineEnd } from '../encoding/line-ends';

/**
 * A raw message as a MIME tree (RFC 2045–2049, 2183, 2231): everything IMAP needs for
 * BODYSTRUCTURE, and the octet offsets of each part's header and body so BODY[1],
 * BODY[1.MIME], BODY[HEADER] and BODY[TEXT] are plain slices of the stored message.
 */

export interface OctetRange {
  start: number;
  end: number;
}

export interface MimePart {
  /**
   * IMAP section number (RFC 3501 §6.4.5): "" for the message itself, "1", "1.2" … for
   * parts. A message/rfc822 part's encapsulated message keeps the part's number.
   */
  section: string;
  /** Media type and subtype in lower case ("text", "plain"). */
  type: string;
  subtype: string;
  /** Content-Type parameters (names in lower case, RFC 2231 decoded). */
  parameters: Record<string, string>;
  /** Content-ID (RFC 2045 §7), as written with its angle brackets. */
  id?: string;
  /** Content-Description (RFC 2045 §8), encoded-words left as written. */
  description?: string;
  /** Content-Transfer-Encoding in lower case; "7bit" when absent (RFC 2045 §6.1). */
  encoding: string;
  /** Content-MD5 (RFC 1864). */
  md5?: string;
  /** Content-Disposition (RFC 2183). */
  disposition?: { type: string; parameters: Record<string, string> };
  /** Content-Language tags (RFC 3282). */
  language?: string[];
  /** Content-Location (RFC 2557). */
  location?: string;
  /** The part's own header fields (values decoded from UTF-8). */
  fields: LocatedHeaderField[];
  /** The part's header including the empty line that ends it. */
  header: OctetRange;
  /** The part's body: for a part, up to (not including) the CRLF before the next boundary. */
  body: OctetRange;
  /** Body size in octets, as encoded (what BODYSTRUCTURE reports). */
  size: number;
  /** Lines in the body: the number of line feeds, as Dovecot counts them. */
  lines: number;
  /** The parts of a multipart, in order. */
  children: MimePart[];
  /** For message/rfc822 (and message/global): the encapsulated message. */
  message?: MimePart;
}

interface Context {
  binary: string;
  /** The default type for parts without Content-Type: message/rfc822 in multipart/digest. */
  defaultType: [string, string];
}

function countLineFeeds(binary: string, range: OctetRange): number {
  let count = 0;
  for (let i = range.start; i < range.end; i++) if (binary.charCodeAt(i) === 10) count++;
  return count;
}

/** Finds delimiter lines "--boundary" (and the close "--boundary--") in a body range. */
function splitMultipart(binary: string, body: OctetRange, boundary: string): OctetRange[] {
  const delimiter = '--' + boundary;
  const parts: OctetRange[] = [];
  let partStart = -1;
  let position = body.start;
  while (position < body.end) {
    const lf = binary.indexOf('\n', position);
    const next = lf < 0 || lf >= body.end ? body.end : lf + 1;
    const line = withoutLineEnd(binary.slice(position, next));
    if (line.startsWith(delimiter)) {
      // RFC 2046 §5.1.1: after the boundary only "--" (close) or transport padding may follow.
      const tail = line.slice(delimiter.length);
      const isClose = /^--[ \t]*$/.test(tail);
      if (isClose || /^[ \t]*$/.test(tail)) {
        if (partStart >= 0) {
          // The CRLF before the delimiter belongs to the delimiter, not to the part.
          let end = position;
          if (end > partStart && binary.charAt(end - 1) === '\n') end--;
          if (end > partStart && binary.charAt(end - 1) === '\r') end--;
          parts.push({ start: partStart, end });
        }
        if (isClose) return parts;
        partStart = next;
      }
    }
    position = next;
  }
  // No close delimiter: the last part runs to the end of the body.
  if (partStart >= 0) parts.push({ start: Math.min(partStart, body.end), end: body.end });
  return parts;
}

function childSection(parent: string, index: number): string {
  return parent === '' ? String(index) : `${parent}.${index}`;
}

function parseEntity(context: Context, range: OctetRange, section: string): MimePart {
  const { binary } = context;
  const headerSection = parseHeaderSection(binary, range.start, range.end);
  const fields = headerSection.fields.map(decodeField);
  const contentType = getField(fields, 'Content-Type');
  const parsedType = contentType ? parseStructuredValue(contentType.value) : undefined;
  const [typeText, subtypeText] = parsedType?.value.split('/') ?? [];
  const hasValidType = Boolean(typeText && subtypeText);
  // RFC 2045 §5.2: no (or an unreadable) Content-Type means text/plain; charset=us-ascii.
  const [type, subtype] = hasValidType
    ? [typeText?.trim() ?? '', subtypeText?.trim() ?? '']
    : context.defaultType;
  const parameters =
    hasValidType && parsedType
      ? parsedType.parameters
      : type === 'text'
        ? { charset: 'us-ascii' }
        : {};
  const body = { start: headerSection.end, end: range.end };
  const disposition = getField(fields, 'Content-Disposition');
  const language = getField(fields, 'Content-Language');
  const optional = (name: string) => getField(fields, name)?.value;
  const part: MimePart = {
    section,
    type,
    subtype,
    parameters,
    encoding: (optional('Content-Transfer-Encoding') ?? '7bit').toLowerCase(),
    fields,
    header: { start: headerSection.start, end: headerSection.end },
    body,
    size: body.end - body.start,
    lines: countLineFeeds(binary, body),
    children: [],
  };
  const id = optional('Content-ID');
  if (id !== undefined) part.id = id;
  const description = optional('Content-Description');
  if (description !== undefined) part.description = description;
  const md5 = optional('Content-MD5');
  if (md5 !== undefined) part.md5 = md5;
  const location = optional('Content-Location');
  if (location !== undefined) part.location = location;
  if (disposition) {
    const parsed = parseStructuredValue(disposition.value);
    part.disposition = { type: parsed.value, parameters: parsed.parameters };
  }
  if (language) {
    part.language = language.value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
  }
  const boundary = parameters.boundary;
  if (type === 'multipart' && boundary) {
    const childContext: Context = {
      binary,
      defaultType: subtype === 'digest' ? ['message', 'rfc822'] : ['text', 'plain'],
    };
    part.children = splitMultipart(binary, body, boundary).map((childRange, index) =>
      parseEntity(childContext, childRange, childSection(section, index + 1)),
    );
  } else if (type === 'message' && (subtype === 'rfc822' || subtype === 'global')) {
    part.message = parseEntity({ binary, defaultType: ['text', 'plain'] }, body, section);
  }
  return part;
}

/** Parses a raw message (text taken as UTF-8, or octets) into its MIME tree. */
export function parseMime(raw: string | Uint8Array): MimePart {
  const binary = toBinary(raw);
  return parseEntity(
    { binary, defaultType: ['text', 'plain'] },
    { start: 0, end: binary.length },
    '',
  );
}

/**
 * The part an IMAP section number names (RFC 3501 §6.4.5): "1.2" is the second part of the
 * first part; a non-multipart message is its own part "1"; inside a message/rfc822 part,
 * numbers continue in the encapsulated message.
 */
export function findPart(root: MimePart, section: string): MimePart | undefined {
  if (section === '') return root;
  let current: MimePart = root;
  for (const piece of section.split('.')) {
    const index = Number(piece);
    if (!Number.isInteger(index) || index < 1) return undefined;
    const container: MimePart = current.message ?? current;
    if (container.children.length > 0) {
      const child = container.children[index - 1];
      if (!child) return undefined;
      current = child;
    } else if (index === 1 && (current === root || current.message)) {
      // A single-part body is part 1 of its message.
      current = container;
    } else return undefined;
  }
  return current;
}

/** The octets of a part's body after undoing its Content-Transfer-Encoding. */
export function decodePartBody(raw: string | Uint8Array, part: MimePart): Uint8Array {
  const binary = toBinary(raw).slice(part.body.start, part.body.end);
  if (part.encoding === 'base64') return decodeBase64(binary);
  // Valid quoted-printable is ASCII; reading it as UTF-8 keeps stray 8-bit text whole.
  if (part.encoding === 'quoted-printable') return decodeQuotedPrintable(binaryToText(binary));
  return binaryToOctets(binary);
}

/** A text part's body as text: transfer encoding undone, then its charset (UTF-8 by default). */
export function decodePartText(raw: string | Uint8Array, part: MimePart): string {
  const charset = part.parameters.charset ?? 'utf-8';
  const octets = decodePartBody(raw, part);
  try {
    return new TextDecoder(charset.toLowerCase()).decode(octets);
  } catch {
    return new TextDecoder('utf-8').decode(octets);
  }
}

/** The attachment's file name (Content-Disposition filename, else Content-Type name). */
export function partFilename(part: MimePart): string | undefined {
  return part.disposition?.parameters.filename ?? part.parameters.name;
}

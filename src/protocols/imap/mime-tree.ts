import { octetLength } from '../mailbox/octets';
import { envelope } from './envelope';
import type { Section } from './fetch-items';
import { nstring } from './imap-strings';
import {
  fieldValue,
  headerFields,
  selectFields,
  splitMessage,
  type HeaderField,
} from './message-text';

/**
 * The MIME tree of a stored message (RFC 2045 §5, RFC 2046 §5.1), as IMAP addresses it:
 * part numbers for BODY[1.2] and the BODYSTRUCTURE description (RFC 3501 §7.4.2).
 */
export interface MimePart {
  readonly header: string;
  readonly body: string;
  readonly fields: readonly HeaderField[];
  readonly type: string;
  readonly subtype: string;
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** The parts of a multipart body. */
  readonly children: readonly MimePart[];
  /** The message inside a message/rfc822 part. */
  readonly message?: MimePart;
}

interface ParsedValue {
  readonly value: string;
  readonly params: Array<[string, string]>;
}

/** `text/plain; charset="utf-8"` → value and parameters (RFC 2045 §5.1). */
function parseParameterised(text: string): ParsedValue {
  const [value = '', ...rest] = text.split(';');
  const params: Array<[string, string]> = [];
  for (const piece of rest) {
    const equals = piece.indexOf('=');
    if (equals <= 0) continue;
    const name = piece.slice(0, equals).trim();
    let content = piece.slice(equals + 1).trim();
    if (content.startsWith('"') && content.endsWith('"') && content.length >= 2) {
      content = content.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    params.push([name, content]);
  }
  return { value: value.trim(), params };
}

/** Parses a message (or a part) into its MIME tree. */
export function parseMime(raw: string, defaultType = 'text/plain'): MimePart {
  const { header, text } = splitMessage(raw);
  const fields = headerFields(header);
  const contentType = fieldValue(fields, 'Content-Type');
  const parsed = parseParameterised(contentType ?? defaultType);
  let [type = 'text', subtype = 'plain'] = parsed.value.split('/');
  let params = parsed.params;
  if (contentType === undefined || !parsed.value.includes('/')) {
    [type, subtype] = defaultType.split('/') as [string, string];
    // RFC 2045 §5.2: the default is text/plain; charset=us-ascii.
    params = type === 'text' ? [['charset', 'us-ascii']] : [];
  }
  const base = { header, body: text, fields, type, subtype, params };
  const lowerType = type.toLowerCase();
  if (lowerType === 'multipart') {
    const boundary = params.find(([name]) => name.toLowerCase() === 'boundary')?.[1];
    const childDefault = subtype.toLowerCase() === 'digest' ? 'message/rfc822' : 'text/plain';
    const children = boundary
      ? splitParts(text, boundary).map((part) => parseMime(part, childDefault))
      : [];
    return { ...base, children };
  }
  if (lowerType === 'message' && subtype.toLowerCase() === 'rfc822') {
    return { ...base, children: [], message: parseMime(text) };
  }
  return { ...base, children: [] };
}

/** RFC 2046 §5.1.1: parts lie between `--boundary` lines; `--boundary--` closes the last. */
function splitParts(body: string, boundary: string): string[] {
  const lines = body.split('\r\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === `--${boundary}--`) break;
    if (line === `--${boundary}`) {
      if (current) parts.push(current.join('\r\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

function lineCount(body: string): number {
  if (body === '') return 0;
  const breaks = body.split('\r\n').length - 1;
  return body.endsWith('\r\n') ? breaks : breaks + 1;
}

function paramList(params: ReadonlyArray<readonly [string, string]>): string {
  if (params.length === 0) return 'NIL';
  return `(${params.map(([name, value]) => `${nstring(name)} ${nstring(value)}`).join(' ')})`;
}

function disposition(part: MimePart): string {
  const text = fieldValue(part.fields, 'Content-Disposition');
  if (text === undefined) return 'NIL';
  const parsed = parseParameterised(text);
  return `(${nstring(parsed.value)} ${paramList(parsed.params)})`;
}

/**
 * BODYSTRUCTURE (`extensible`) or BODY: for a single part `(type subtype params id
 * description encoding size [lines] …)`; for a multipart, its parts then the subtype.
 */
export function bodyStructure(part: MimePart, extensible: boolean): string {
  if (part.type.toLowerCase() === 'multipart') {
    const children = part.children.map((child) => bodyStructure(child, extensible)).join('');
    const extension = extensible ? ` ${paramList(part.params)} ${disposition(part)} NIL NIL` : '';
    return `(${children} ${nstring(part.subtype)}${extension})`;
  }
  const encoding = fieldValue(part.fields, 'Content-Transfer-Encoding') ?? '7bit';
  const fields = [
    nstring(part.type),
    nstring(part.subtype),
    paramList(part.params),
    nstring(fieldValue(part.fields, 'Content-ID')),
    nstring(fieldValue(part.fields, 'Content-Description')),
    nstring(encoding),
    String(octetLength(part.body)),
  ];
  if (part.message) {
    fields.push(
      envelope(part.message.fields),
      bodyStructure(part.message, extensible),
      String(lineCount(part.body)),
    );
  } else if (part.type.toLowerCase() === 'text') {
    fields.push(String(lineCount(part.body)));
  }
  if (extensible) {
    fields.push(nstring(fieldValue(part.fields, 'Content-MD5')), disposition(part), 'NIL', 'NIL');
  }
  return `(${fields.join(' ')})`;
}

/** The part a section's numbers name (RFC 3501 §6.4.5), or undefined when there is none. */
function findPart(root: MimePart, numbers: readonly number[]): MimePart | undefined {
  let part: MimePart | undefined = root;
  for (const number of numbers) {
    if (part === undefined) return undefined;
    // The parts of an encapsulated message are numbered as that message's own parts.
    const container: MimePart = part.message ?? part;
    if (container.type.toLowerCase() === 'multipart') {
      part = container.children[number - 1];
    } else {
      // A non-multipart body is part 1 of itself.
      part = number === 1 ? container : undefined;
    }
  }
  return part;
}

/** The text a section names, or undefined (answered NIL) when the part does not exist. */
export function sectionContent(raw: string, root: MimePart, section: Section): string | undefined {
  if (section.part.length === 0) {
    const { header, text } = splitMessage(raw);
    return contentOf(header, text, section);
  }
  const part = findPart(root, section.part);
  if (part === undefined) return undefined;
  if (section.text === undefined) return part.body;
  if (section.text === 'MIME') return part.header;
  // HEADER and TEXT of a part are those of the message it encapsulates (message/rfc822).
  if (!part.message) return undefined;
  return contentOf(part.message.header, part.message.body, section);
}

function contentOf(header: string, text: string, section: Section): string {
  switch (section.text) {
    case 'HEADER':
      return header;
    case 'TEXT':
      return text;
    case 'HEADER.FIELDS':
      return selectFields(header, section.fields ?? [], true);
    case 'HEADER.FIELDS.NOT':
      return selectFields(header, section.fields ?? [], false);
    default:
      return header + text;
  }
}

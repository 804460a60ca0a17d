import { binaryToText } from '../encoding/utf8';
import { toBinary } from '../message/header';
import { findPart, parseMime, type MimePart } from '../message/mime-parse';
import { envelope } from './envelope';
import type { Section } from './fetch-items';
import { nstring } from './imap-strings';
import { selectFields, splitMessage } from './message-text';

/** A stored message with its MIME tree (message/mime-parse), parsed once per FETCH. */
export interface ParsedBody {
  readonly raw: string;
  /** The message as one character per octet, as the tree's offsets count. */
  readonly binary: string;
  readonly root: MimePart;
}

export function parseBody(raw: string): ParsedBody {
  return { raw, binary: toBinary(raw), root: parseMime(raw) };
}

function parameterList(parameters: Readonly<Record<string, string>>): string {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return 'NIL';
  return `(${entries.map(([name, value]) => `${nstring(name)} ${nstring(value)}`).join(' ')})`;
}

function disposition(part: MimePart): string {
  if (!part.disposition) return 'NIL';
  return `(${nstring(part.disposition.type)} ${parameterList(part.disposition.parameters)})`;
}

function language(part: MimePart): string {
  if (!part.language || part.language.length === 0) return 'NIL';
  return `(${part.language.map((tag) => nstring(tag)).join(' ')})`;
}

/**
 * BODYSTRUCTURE (`extensible`) or BODY (RFC 3501 §7.4.2): for a single part `(type subtype
 * params id description encoding size [envelope body] [lines] …)`; for a multipart, its parts
 * then the subtype. Extension data: MD5 (single parts) or parameters (multiparts), then
 * disposition, language and location.
 */
export function bodyStructure(part: MimePart, extensible: boolean): string {
  if (part.children.length > 0) {
    const children = part.children.map((child) => bodyStructure(child, extensible)).join('');
    const extension = extensible
      ? ` ${parameterList(part.parameters)} ${disposition(part)} ${language(part)} ${nstring(part.location)}`
      : '';
    return `(${children} ${nstring(part.subtype)}${extension})`;
  }
  const fields = [
    nstring(part.type),
    nstring(part.subtype),
    parameterList(part.parameters),
    nstring(part.id),
    nstring(part.description),
    nstring(part.encoding),
    String(part.size),
  ];
  if (part.message) {
    fields.push(
      envelope(part.message.fields),
      bodyStructure(part.message, extensible),
      String(part.lines),
    );
  } else if (part.type === 'text') {
    fields.push(String(part.lines));
  }
  if (extensible) {
    fields.push(nstring(part.md5), disposition(part), language(part), nstring(part.location));
  }
  return `(${fields.join(' ')})`;
}

const slice = (body: ParsedBody, range: { start: number; end: number }) =>
  binaryToText(body.binary.slice(range.start, range.end));

/** The text a section names (RFC 3501 §6.4.5), or undefined (answered NIL) when there is none. */
export function sectionContent(
  raw: string,
  parsed: () => ParsedBody,
  section: Section,
): string | undefined {
  // A section of the whole message (BODY[], BODY[HEADER], …) needs no MIME tree.
  if (section.part.length === 0) {
    const { header, text } = splitMessage(raw);
    return contentOf(header, text, section);
  }
  const body = parsed();
  const part = findPart(body.root, section.part.join('.'));
  if (part === undefined) return undefined;
  if (section.text === undefined) return slice(body, part.body);
  if (section.text === 'MIME') return slice(body, part.header);
  // HEADER and TEXT of a part are those of the message it encapsulates (message/rfc822).
  if (!part.message) return undefined;
  return contentOf(slice(body, part.message.header), slice(body, part.message.body), section);
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

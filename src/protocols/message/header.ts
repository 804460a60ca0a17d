import { binaryToText, octetsToBinary, textToBinary } from '../encoding/utf8';
import { withoutLineEnd } from '../encoding/line-ends';

/**
 * RFC 5322 header fields: a message is header fields, an empty line, then the body (§2.1).
 * A long field is folded: a CRLF followed by a space or tab continues it (§2.2.3).
 */

/** One header field, in the order it appears. */
export interface HeaderField {
  /** The field name as written ("Subject"); compare names case-insensitively. */
  name: string;
  /** The value as written after the colon, folding kept, without the final CRLF. */
  raw: string;
  /** The unfolded value: folding CRLFs removed (§2.2.3), outer white space trimmed. */
  value: string;
}

/** A header field with where it sits in the raw message, in octets. */
export interface LocatedHeaderField extends HeaderField {
  /** Offset of the first octet of the name. */
  start: number;
  /** Offset just after the field's final CRLF. */
  end: number;
}

/** A parsed header section (of a message or of a MIME part), offsets in octets. */
export interface HeaderSection {
  fields: LocatedHeaderField[];
  /** Offset of the first header octet. */
  start: number;
  /** Offset just after the empty line that ends the header (or the end of the text). */
  end: number;
}

export interface ParsedMessage {
  fields: LocatedHeaderField[];
  /** The header section including the empty line (what IMAP calls BODY[HEADER]). */
  header: { start: number; end: number };
  /** The body text (what IMAP calls BODY[TEXT]), decoded from UTF-8. */
  body: string;
  /** Offset of the body's first octet. */
  bodyStart: number;
  /** Size of the whole message in octets. */
  size: number;
}

/** RFC 5322 §2.2.3: unfolding removes every CRLF that is followed by white space. */
export function unfold(raw: string): string {
  return raw.replace(/\r?\n(?=[ \t])/g, '').trim();
}

/** Finds where the line holding `from` ends: the offset after its LF (or the end). */
function lineEnd(binary: string, from: number, end: number): number {
  const lf = binary.indexOf('\n', from);
  return lf < 0 || lf >= end ? end : lf + 1;
}

function stripLineBreak(line: string): string {
  return withoutLineEnd(line);
}

/**
 * Parses the header section of a binary string (one character per octet) between `start`
 * and `end`. Values stay binary (callers decode them); every offset is an octet offset.
 * A line that is neither a field nor a continuation is skipped, as mail readers do.
 */
export function parseHeaderSection(binary: string, start = 0, end = binary.length): HeaderSection {
  const fields: LocatedHeaderField[] = [];
  // The field being read and where its value starts (just after its colon); a skipped
  // line ends it, so its continuation lines are skipped too.
  let current: LocatedHeaderField | undefined;
  let valueStart = 0;
  let position = start;
  while (position < end) {
    const next = lineEnd(binary, position, end);
    const line = binary.slice(position, next);
    if (line === '\r\n' || line === '\n') return { fields, start, end: next };
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (current) {
        current.raw = stripLineBreak(binary.slice(valueStart, next));
        current.value = unfold(current.raw);
        current.end = next;
      }
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, Math.max(colon, 0)).replace(/[ \t]+$/, '');
      // RFC 5322 §3.6.8: a field name is printable US-ASCII except ":" (no space).
      if (/^[!-9;-~]+$/.test(name)) {
        valueStart = position + colon + 1;
        const raw = stripLineBreak(line.slice(colon + 1));
        current = { name, raw, value: unfold(raw), start: position, end: next };
        fields.push(current);
      } else {
        current = undefined;
      }
    }
    position = next;
  }
  return { fields, start, end };
}

/** A field of a binary header section with its value decoded from UTF-8 (RFC 6532). */
export function decodeField(field: LocatedHeaderField): LocatedHeaderField {
  const raw = binaryToText(field.raw);
  return { ...field, raw, value: unfold(raw) };
}

/** The binary string of a raw message given as text (UTF-8) or octets. */
export function toBinary(raw: string | Uint8Array): string {
  return typeof raw === 'string' ? textToBinary(raw) : octetsToBinary(raw);
}

/** Parses a raw message into its ordered header fields and its body (RFC 5322 §2.1). */
export function parseMessage(raw: string | Uint8Array): ParsedMessage {
  const binary = toBinary(raw);
  const section = parseHeaderSection(binary);
  return {
    fields: section.fields.map(decodeField),
    header: { start: section.start, end: section.end },
    body: binaryToText(binary.slice(section.end)),
    bodyStart: section.end,
    size: binary.length,
  };
}

/** The first field with this name (case-insensitive), or undefined. */
export function getField<T extends HeaderField>(fields: readonly T[], name: string): T | undefined {
  const wanted = name.toLowerCase();
  return fields.find((field) => field.name.toLowerCase() === wanted);
}

/** Every field with this name (case-insensitive), in order. */
export function getFields<T extends HeaderField>(fields: readonly T[], name: string): T[] {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted);
}

/** RFC 5322 §2.1.1: lines SHOULD be at most 78 characters, CRLF not counted. */
export const FOLD_WIDTH = 78;

/**
 * One field as written on the wire, folded at white space so that lines stay within
 * `width` where the value allows it (§2.2.3: fold only where white space already is; a word
 * longer than the line stays whole). Ends with CRLF. A value that already holds CRLFs is
 * taken as folded by its author and kept as is.
 */
export function foldField(name: string, value: string, width = FOLD_WIDTH): string {
  if (value.includes('\n')) return `${name}:${value.startsWith(' ') ? '' : ' '}${value}\r\n`;
  const lines: string[] = [];
  let rest = `${name}: ${value}`;
  while (rest.length > width) {
    // Never cut inside "Name: ", nor at the space that already starts a continuation line.
    const floor = lines.length === 0 ? name.length + 2 : 1;
    let cut = rest.lastIndexOf(' ', width);
    if (cut < floor) cut = rest.indexOf(' ', Math.max(width, floor));
    if (cut < floor) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  return lines.join('\r\n') + '\r\n';
}

/** A field to write: name and unfolded value. */
export interface FieldInput {
  name: string;
  value: string;
}

/** A raw message from fields and a body: folded fields, the empty line, then the body. */
export function buildMessage(fields: readonly FieldInput[], body: string): string {
  return fields.map((field) => foldField(field.name, field.value)).join('') + '\r\n' + body;
}

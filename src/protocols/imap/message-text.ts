/**
 * The parts of a stored message FETCH and SEARCH need (RFC 5322 §2.1, RFC 3501 §6.4.5):
 * the header up to and including the empty line, the text after it, and header fields.
 */
export interface HeaderField {
  /** The name as written (`Subject`). */
  readonly name: string;
  /** The whole field as on the wire, folding and final CRLF included. */
  readonly raw: string;
  /** The unfolded value, without the leading space. */
  readonly value: string;
}

/** Splits at the first empty line; `header` keeps it, as BODY[HEADER] does. */
export function splitMessage(raw: string): { header: string; text: string } {
  if (raw.startsWith('\r\n')) return { header: '\r\n', text: raw.slice(2) };
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return { header: raw, text: '' };
  return { header: raw.slice(0, end + 4), text: raw.slice(end + 4) };
}

/** Header fields in order; a line starting with a space or a tab continues the field before. */
export function headerFields(header: string): HeaderField[] {
  const fields: HeaderField[] = [];
  const lines = header.split('\r\n');
  for (const line of lines) {
    if (line === '') continue;
    const last = fields[fields.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      fields[fields.length - 1] = {
        name: last.name,
        raw: `${last.raw}${line}\r\n`,
        value: `${last.value}${line}`.trim(),
      };
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({
      name: line.slice(0, colon).trim(),
      raw: `${line}\r\n`,
      value: line.slice(colon + 1).trim(),
    });
  }
  return fields;
}

/** A header field by name and unfolded value, whoever parsed it. */
export interface NamedField {
  readonly name: string;
  readonly value: string;
}

/** The first field of that name (names are case-insensitive, RFC 5322 §1.2.2). */
export function fieldValue(fields: readonly NamedField[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return fields.find((field) => field.name.toLowerCase() === wanted)?.value;
}

/** BODY[HEADER.FIELDS (…)] and its .NOT form: the chosen fields, then the empty line. */
export function selectFields(header: string, names: readonly string[], keep: boolean): string {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const chosen = headerFields(header).filter(
    (field) => wanted.has(field.name.toLowerCase()) === keep,
  );
  return `${chosen.map((field) => field.raw).join('')}\r\n`;
}

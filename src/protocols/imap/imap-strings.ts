import { octetLength } from '../encoding/utf8';

/**
 * Writing strings in responses (RFC 3501 §4.3): a quoted string when the text allows it, a
 * literal `{n}` CRLF + n octets otherwise (line breaks, quotes inside 8-bit text). `n` counts
 * octets of UTF-8, never characters.
 */
export function literal(text: string): string {
  return `{${octetLength(text)}}\r\n${text}`;
}

/** Line breaks, NUL and 8-bit text cannot be quoted (RFC 3501 §4.3): they need a literal. */
const needsLiteral = (text: string) =>
  [...text].some((char) => char === '\r' || char === '\n' || char === '\0' || char > '\x7f');

/** A string or NIL (RFC 3501 §9, `nstring`). */
export function nstring(text: string | undefined | null): string {
  if (text === undefined || text === null) return 'NIL';
  return quotedOrLiteral(text);
}

function quotedOrLiteral(text: string): string {
  if (needsLiteral(text)) return literal(text);
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

// RFC 3501 §9: atom-specials and controls, so a name with one of them must be quoted.
const atomSpecials = new Set([...'(){ %*"\\]']);
const isAtomSpecial = (char: string) => atomSpecials.has(char) || char < ' ' || char === '\x7f';

/** A mailbox name as Dovecot writes it: bare when it is an atom, quoted otherwise. */
export function astring(text: string): string {
  if (text !== '' && ![...text].some(isAtomSpecial) && !needsLiteral(text)) return text;
  return quotedOrLiteral(text);
}

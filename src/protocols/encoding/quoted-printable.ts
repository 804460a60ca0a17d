import { utf8Decode, utf8Encode } from './utf8';

/**
 * quoted-printable (RFC 2045 §6.7): printable ASCII stays readable, every other octet is
 * written "=XX" in upper-case hexadecimal, lines are at most 76 characters with "=" at the
 * end of a line as a soft line break.
 */

/** RFC 2045 §6.7 rule 5: encoded lines are at most 76 characters, soft break included. */
export const QP_LINE_LENGTH = 76;

const HEX = '0123456789ABCDEF';

function escapeOctet(octet: number): string {
  return '=' + HEX.charAt(octet >> 4) + HEX.charAt(octet & 15);
}

// RFC 2045 §6.7 rule 2: octets 33–60 and 62–126 may stand for themselves ("=" is 61).
function isLiteral(octet: number): boolean {
  return (octet >= 33 && octet <= 60) || (octet >= 62 && octet <= 126);
}

/** Encodes one line (no line break inside) into soft-broken output lines. */
function encodeLine(octets: Uint8Array): string[] {
  const tokens: string[] = [];
  octets.forEach((octet, index) => {
    const isLast = index === octets.length - 1;
    // RFC 2045 §6.7 rule 3: a space or tab at the end of a line must be encoded.
    if ((octet === 0x20 || octet === 0x09) && !isLast) tokens.push(String.fromCharCode(octet));
    else if (isLiteral(octet)) tokens.push(String.fromCharCode(octet));
    else tokens.push(escapeOctet(octet));
  });
  const lines: string[] = [];
  let current = '';
  tokens.forEach((token, index) => {
    const isLastToken = index === tokens.length - 1;
    // Room for the token, plus one for a soft break "=" unless the line may end here.
    const limit = isLastToken ? QP_LINE_LENGTH : QP_LINE_LENGTH - 1;
    if (current.length + token.length > limit) {
      lines.push(current + '=');
      current = '';
    }
    current += token;
  });
  lines.push(current);
  return lines;
}

/**
 * Quoted-printable of a text (its UTF-8 octets) or of octets. Line breaks in the input
 * (CRLF or LF) are kept as CRLF hard breaks (RFC 2045 §6.7 rule 4).
 */
export function encodeQuotedPrintable(input: string | Uint8Array): string {
  const octets = typeof input === 'string' ? utf8Encode(input) : input;
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < octets.length; i++) {
    if (octets[i] === 0x0a) {
      const end = i > start && octets[i - 1] === 0x0d ? i - 1 : i;
      lines.push(octets.subarray(start, end));
      start = i + 1;
    }
  }
  lines.push(octets.subarray(start));
  return lines.flatMap(encodeLine).join('\r\n');
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  // RFC 2045 §6.7 note 1: a robust decoder also accepts lower-case hex.
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * Octets of a quoted-printable text. Soft breaks ("=" at the end of a line) join lines;
 * trailing white space on a line is dropped (RFC 2045 §6.7 rule 3: it was added in
 * transport); an "=" not followed by two hex digits is kept as is (§6.7 note 2).
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, lineIndex) => {
    const line = rawLine.replace(/[ \t]+$/, '');
    const soft = line.endsWith('=');
    const content = soft ? line.slice(0, -1) : line;
    for (let i = 0; i < content.length; i++) {
      const code = content.charCodeAt(i);
      if (code === 61 && i + 2 < content.length) {
        const high = hexValue(content.charCodeAt(i + 1));
        const low = hexValue(content.charCodeAt(i + 2));
        if (high >= 0 && low >= 0) {
          out.push((high << 4) | low);
          i += 2;
          continue;
        }
      }
      if (code > 0x7f) {
        // Not legal in quoted-printable; a robust reader keeps the character's UTF-8 octets.
        const character = String.fromCodePoint(content.codePointAt(i) ?? code);
        out.push(...utf8Encode(character));
        i += character.length - 1;
      } else out.push(code);
    }
    if (!soft && lineIndex < lines.length - 1) out.push(0x0d, 0x0a);
  });
  return Uint8Array.from(out);
}

/** The UTF-8 text held in a quoted-printable text. */
export function decodeQuotedPrintableText(text: string): string {
  return utf8Decode(decodeQuotedPrintable(text));
}

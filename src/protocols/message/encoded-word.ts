import { decodeBase64, encodeBase64 } from '../encoding/base64';
import { utf8Encode } from '../encoding/utf8';

/**
 * RFC 2047 encoded-words: non-ASCII text in a header as `=?charset?B|Q?text?=`.
 * `=?utf-8?q?R=C3=A9union_demain?=` reads "Réunion demain"; in the Q form "_" is a space.
 */

const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;

function decodeCharset(octets: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(octets);
  } catch {
    // An unknown charset: show the octets as UTF-8 rather than lose the word.
    return new TextDecoder('utf-8').decode(octets);
  }
}

/** RFC 2047 §4.2: Q is quoted-printable where "_" is a space and no soft breaks exist. */
function decodeQ(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const letter = text.charAt(i);
    const hex = text.slice(i + 1, i + 3);
    if (letter === '_') out.push(0x20);
    else if (letter === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/**
 * Decodes every encoded-word of a header value. White space between two adjacent
 * encoded-words is dropped (RFC 2047 §6.2); other text is kept as is.
 */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(
    /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)[ \t\r\n]+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/g,
    '$1',
  );
  return joined.replace(ENCODED_WORD, (_word, charset: string, encoding: string, text: string) => {
    const octets = encoding.toUpperCase() === 'B' ? decodeBase64(text) : decodeQ(text);
    return decodeCharset(octets, charset);
  });
}

/** RFC 2047 §2: an encoded-word is at most 75 characters. */
const MAX_WORD = 75;

// RFC 2047 §5 rule 3: in a Q word, only letters, digits and !*+-/ may stand for themselves.
const Q_LITERAL = /[A-Za-z0-9!*+\-/]/;

/** Each octet's Q form, computed once. */
const Q_OCTETS = Array.from({ length: 256 }, (_, octet) => {
  if (octet === 0x20) return '_';
  const letter = String.fromCharCode(octet);
  if (octet < 0x80 && Q_LITERAL.test(letter)) return letter;
  return '=' + octet.toString(16).toUpperCase().padStart(2, '0');
});

function encodeQ(octets: Uint8Array): string {
  let out = '';
  for (const octet of octets) out += Q_OCTETS[octet] as string;
  return out;
}

/**
 * Splits a text into chunks of whole characters whose encoded form is at most `room`
 * characters long. Lengths add up character by character (a Q form is octet by octet, a B
 * form is four characters per three octets), so each character is measured once.
 */
function chunks(text: string, encoding: 'Q' | 'B', room: number): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let qLength = 0;
  for (const character of text) {
    const code = character.charCodeAt(0);
    // ASCII is one octet; only other characters need the encoder.
    const bytes = code < 0x80 ? null : utf8Encode(character);
    const size = bytes === null ? 1 : bytes.length;
    const characterQ =
      encoding === 'B'
        ? 0
        : bytes === null
          ? (Q_OCTETS[code] as string).length
          : encodeQ(bytes).length;
    const nextLength = encoding === 'B' ? 4 * Math.ceil((octets + size) / 3) : qLength + characterQ;
    if (current !== '' && nextLength > room) {
      out.push(current);
      current = '';
      octets = 0;
      qLength = 0;
    }
    current += character;
    octets += size;
    qLength += characterQ;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * A header value safe for a US-ASCII header: unchanged when it is printable ASCII,
 * otherwise UTF-8 encoded-words (Q by default, as in `=?utf-8?q?R=C3=A9union_demain?=`),
 * several words separated by a space when one would exceed 75 characters.
 */
export function encodeEncodedWords(value: string, encoding: 'Q' | 'B' = 'Q'): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const prefix = `=?utf-8?${encoding.toLowerCase()}?`;
  const encode = (chunk: string) =>
    encoding === 'B' ? encodeBase64(chunk) : encodeQ(utf8Encode(chunk));
  return chunks(value, encoding, MAX_WORD - prefix.length - 2)
    .map((chunk) => `${prefix}${encode(chunk)}?=`)
    .join(' ');
}

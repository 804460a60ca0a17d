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
function encodeQOctet(octet: number): string {
  if (octet === 0x20) return '_';
  const letter = String.fromCharCode(octet);
  if (/[A-Za-z0-9!*+\-/]/.test(letter)) return letter;
  return '=' + octet.toString(16).toUpperCase().padStart(2, '0');
}

/** Splits a text into chunks of whole characters whose encoded form fits one word. */
function chunks(text: string, fits: (chunk: string) => boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const character of text) {
    if (current !== '' && !fits(current + character)) {
      out.push(current);
      current = '';
    }
    current += character;
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
    encoding === 'B' ? encodeBase64(chunk) : Array.from(utf8Encode(chunk), encodeQOctet).join('');
  const fits = (chunk: string) => prefix.length + encode(chunk).length + 2 <= MAX_WORD;
  return chunks(value, fits)
    .map((chunk) => `${prefix}${encode(chunk)}?=`)
    .join(' ');
}

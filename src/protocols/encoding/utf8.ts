/**
 * UTF-8 and octet helpers. Mail counts sizes in octets (RFC 5321 §4.5.3.1, RFC 1939 §11,
 * RFC 3501 literals), so every length a student sees is a UTF-8 byte count, never a JS
 * string length. TextEncoder/TextDecoder run in the browser and in Node alike.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The UTF-8 octets of a text. */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A text from UTF-8 octets; an invalid sequence becomes U+FFFD, as mail readers show it. */
export function utf8Decode(octets: Uint8Array): string {
  return decoder.decode(octets);
}

/**
 * How many octets a text takes on the wire in UTF-8, counted without encoding it: 1 for
 * ASCII, 2 below U+0800, 4 for a surrogate pair, 3 otherwise (a lone surrogate is written as
 * U+FFFD, three octets, as TextEncoder does).
 */
export function octetLength(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      octets += 4;
      i += 1;
    } else octets += 3;
  }
  return octets;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A "binary string": one character (U+0000–U+00FF) per octet. Parsers work on it so that
 * every string index is an octet offset in the raw message (IMAP needs octet offsets).
 */
export function octetsToBinary(octets: Uint8Array): string {
  // ASCII octets read the same as UTF-8 and as a binary string: the native decoder is faster.
  if (isAsciiOctets(octets)) return decoder.decode(octets);
  let out = '';
  // Chunks keep String.fromCharCode below the engines' argument-count limit.
  for (let i = 0; i < octets.length; i += 8192) {
    out += String.fromCharCode(...octets.subarray(i, i + 8192));
  }
  return out;
}

/** The octets of a binary string (each character's code is one octet). */
export function binaryToOctets(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/** A binary string holding the UTF-8 octets of a text. */
export function textToBinary(text: string): string {
  // An ASCII text is its own UTF-8: one octet per character, the same codes.
  if (!NON_ASCII.test(text)) return text;
  return octetsToBinary(utf8Encode(text));
}

/** The text whose UTF-8 octets a binary string holds. */
export function binaryToText(binary: string): string {
  if (!NON_ASCII.test(binary)) return binary;
  return utf8Decode(binaryToOctets(binary));
}

const NON_ASCII = /[\u0080-\uffff]/;

function isAsciiOctets(octets: Uint8Array): boolean {
  for (let i = 0; i < octets.length; i++) if ((octets[i] as number) > 0x7f) return false;
  return true;
}

import { utf8Decode, utf8Encode } from './utf8';

/**
 * base64 (RFC 2045 §6.8, RFC 4648 §4): every 3 octets become 4 characters of a 64-letter
 * alphabet, "=" pads the end. MIME bodies wrap at 76 characters; SMTP AUTH (RFC 4954 §4)
 * and encoded-words (RFC 2047 §4.1) use the unwrapped form.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((letter, value) => [letter, value]));

/** RFC 2045 §6.8: encoded lines are at most 76 characters. */
export const BASE64_LINE_LENGTH = 76;

export interface Base64Options {
  /** Break into CRLF-separated lines of this many characters (MIME: 76). Default: no breaks. */
  lineLength?: number;
}

/** base64 of octets, or of a text's UTF-8 octets. */
export function encodeBase64(input: Uint8Array | string, options: Base64Options = {}): string {
  const octets = typeof input === 'string' ? utf8Encode(input) : input;
  let out = '';
  for (let i = 0; i < octets.length; i += 3) {
    const a = octets[i] ?? 0;
    const b = octets[i + 1] ?? 0;
    const c = octets[i + 2] ?? 0;
    const group = (a << 16) | (b << 8) | c;
    const remaining = octets.length - i;
    out += ALPHABET.charAt((group >> 18) & 63) + ALPHABET.charAt((group >> 12) & 63);
    out += remaining > 1 ? ALPHABET.charAt((group >> 6) & 63) : '=';
    out += remaining > 2 ? ALPHABET.charAt(group & 63) : '=';
  }
  const width = options.lineLength;
  if (width === undefined || width <= 0 || out.length <= width) return out;
  const lines: string[] = [];
  for (let i = 0; i < out.length; i += width) lines.push(out.slice(i, i + width));
  return lines.join('\r\n');
}

/** base64 wrapped at 76 characters with CRLF, as in a MIME body part. */
export function encodeBase64Mime(input: Uint8Array | string): string {
  return encodeBase64(input, { lineLength: BASE64_LINE_LENGTH });
}

/**
 * Octets of a base64 text. RFC 2045 §6.8: characters outside the alphabet (line breaks,
 * spaces) are ignored; decoding stops at the first "=" pad.
 */
export function decodeBase64(text: string): Uint8Array {
  const values: number[] = [];
  for (const letter of text) {
    if (letter === '=') break;
    const value = VALUES.get(letter);
    if (value !== undefined) values.push(value);
  }
  const out = new Uint8Array(Math.floor((values.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const value of values) {
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** The UTF-8 text held in a base64 text (`czNjcmV0` → `s3cret`). */
export function decodeBase64Text(text: string): string {
  return utf8Decode(decodeBase64(text));
}

/** True when a text is well-formed unwrapped base64 (what SMTP AUTH expects, RFC 4954 §4). */
export function isBase64(text: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
}

/**
 * A SASL response as SMTP AUTH, POP3 AUTH and IMAP AUTHENTICATE carry it (RFC 4954 §4,
 * RFC 5034 §4): strict unwrapped base64 of UTF-8 text, "=" for an empty response. Null when it
 * is not valid base64, which the servers answer with an error.
 */
export function decodeSaslResponse(text: string): string | null {
  if (text === '=') return '';
  return isBase64(text) ? decodeBase64Text(text) : null;
}

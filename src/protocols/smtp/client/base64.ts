const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 (RFC 4648 §4) of a text taken as UTF-8, as SASL responses travel in SMTP AUTH
 * (RFC 4954 §4). Written here because `btoa` only takes Latin-1 and protocols/ stays portable.
 */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const group = (a << 16) | (b << 8) | c;
    out += ALPHABET[(group >> 18) & 63];
    out += ALPHABET[(group >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(group >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[group & 63] : '=';
  }
  return out;
}

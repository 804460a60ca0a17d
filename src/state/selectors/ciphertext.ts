/**
 * What an eavesdropper captures of a step sent inside TLS: a TLS 1.3 application-data record
 * header (type 0x17, legacy version 0x0303, length; RFC 8446 §5.2) followed by bytes that look
 * random. They are derived from the text and the step number, so every run shows the same bytes,
 * and the length follows the text's (plus the 16-octet AEAD tag and the inner content type).
 */
export function ciphertextOf(text: string, seq: number, shown = 40): string {
  const octets = new TextEncoder().encode(text);
  const length = octets.length + 17;
  let state = (0x811c9dc5 ^ seq) >>> 0;
  for (const octet of octets) state = Math.imul(state ^ octet, 0x01000193) >>> 0;
  const bytes: number[] = [0x17, 0x03, 0x03, (length >> 8) & 0xff, length & 0xff];
  while (bytes.length < Math.min(shown, length + 5)) {
    // xorshift32: a fixed sequence from the text's hash, never Math.random().
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes.push(state & 0xff);
  }
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return length + 5 > shown ? `${hex} …` : hex;
}

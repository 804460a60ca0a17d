/**
 * A stored message always ends its lines with CRLF (RFC 5322 §2.1), so sizes shown by POP3
 * LIST and IMAP RFC822.SIZE are those of the wire form. A bare LF or a bare CR becomes CRLF.
 */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

import { octetLength } from '../../encoding/utf8';

/** Dot-stuffing (RFC 5321 §4.5.2): a line starting with "." gets one more "." on the wire. */
export function stuffDots(line: string): string {
  return line.startsWith('.') ? `.${line}` : line;
}

/**
 * The message with every line ended by CRLF: a bare CR or LF becomes CRLF (RFC 5321 §2.3.8
 * forbids sending them alone; Python's smtplib converts them the same way), and a last line
 * without an end gets one.
 */
export function withCrlfLines(message: string): string {
  const normalised = message.replace(/\r\n|\r|\n/g, '\r\n');
  return normalised === '' || normalised.endsWith('\r\n') ? normalised : `${normalised}\r\n`;
}

/**
 * The message as it travels after 354: dot-stuffed lines, then the end-of-data line ".",
 * whose first CRLF is the one that ends the last line of text (RFC 5321 §4.1.1.4).
 */
export function toMailData(message: string): string {
  const body = withCrlfLines(message);
  const lines = body === '' ? [] : body.slice(0, -2).split('\r\n');
  return lines.map((line) => `${stuffDots(line)}\r\n`).join('') + '.\r\n';
}

/** The message size in octets as RFC 1870 §3 counts it: with CRLF, without the stuffed dots. */
export function messageOctets(message: string): number {
  return octetLength(withCrlfLines(message));
}

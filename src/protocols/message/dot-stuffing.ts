/**
 * Dot-stuffing (RFC 5321 §4.5.2): on the wire, a line of message text that starts with "."
 * gets one more "." in front, so that no text line can look like the "." that ends DATA.
 * The receiver removes the extra dot. Both work on CRLF text.
 */

/** The text as it travels after DATA: every line starting with "." gets one more ".". */
export function stuffDots(text: string): string {
  return text.replace(/(^|\r\n)\./g, '$1..');
}

/** The text as the receiver stores it: one leading "." removed from every line that has one. */
export function unstuffDots(text: string): string {
  return text.replace(/(^|\r\n)\./g, '$1');
}

/**
 * What a client sends after the 354: the stuffed text, a CRLF if the text does not end
 * with one, then the terminator "." CRLF (RFC 5321 §4.1.1.4: the first CRLF of
 * <CRLF>.<CRLF> ends the last line, so no empty line is added).
 */
export function dataTransmission(text: string): string {
  const stuffed = stuffDots(text);
  const ended = stuffed === '' || stuffed.endsWith('\r\n') ? stuffed : stuffed + '\r\n';
  return ended + '.\r\n';
}

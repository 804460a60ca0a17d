/**
 * Line ends cut without a regular expression: these run on every line a session reads, and a
 * `/\r$/` search walks the whole line looking for its end.
 */

/** The line without a final CR (what is left of CRLF once the LF was cut). */
export function withoutFinalCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The line without its final CRLF or LF. */
export function withoutLineEnd(line: string): string {
  if (line.endsWith('\r\n')) return line.slice(0, -2);
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

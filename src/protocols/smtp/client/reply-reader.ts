import type { ServerReply } from './server-reply';
import { withoutFinalCr } from '../../encoding/line-ends';

/** What the reader made of the server's bytes: a whole reply, or a line that is not one. */
export type ReadItem = { kind: 'reply'; reply: ServerReply } | { kind: 'malformed'; line: string };

// RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
const REPLY_LINE = /^(\d{3})([ -]|$)(.*)$/;
const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})(?= |$)/;
/**
 * RFC 5321 §4.5.3.1.5 allows 512 octets per reply line; past Postfix's `line_length_limit`
 * (2048) the text is not a reply any more, and the reader stops holding it.
 */
const LINE_LIMIT = 2048;

/**
 * ReplyReader frames the server's bytes into replies: it cuts lines at CRLF (a bare LF is
 * accepted too, as Postfix's smtp client and Python's smtplib read them), gathers the
 * `NNN-` continuation lines, and hands back one reply at each `NNN ` line. Bytes may be split
 * anywhere; several replies in one chunk (pipelining, RFC 2920 §3.1) come out in order.
 */
export class ReplyReader {
  private decoder = new TextDecoder('utf-8');
  private pending = '';
  private lines: string[] = [];

  push(chunk: Uint8Array | string): ReadItem[] {
    this.pending +=
      typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const items: ReadItem[] = [];
    let end = this.pending.indexOf('\n');
    while (end !== -1) {
      const line = withoutFinalCr(this.pending.slice(0, end));
      this.pending = this.pending.slice(end + 1);
      const item = this.readLine(line);
      if (item) items.push(item);
      end = this.pending.indexOf('\n');
    }
    if (this.pending.length > LINE_LIMIT) {
      items.push({ kind: 'malformed', line: this.pending.slice(0, LINE_LIMIT) });
      this.pending = '';
      this.lines = [];
    }
    return items;
  }

  /** Forget everything not yet read: after STARTTLS, nothing sent in clear may be trusted (RFC 3207 §4.2). */
  discard(): void {
    this.decoder = new TextDecoder('utf-8');
    this.pending = '';
    this.lines = [];
  }

  private readLine(line: string): ReadItem | undefined {
    const match = REPLY_LINE.exec(line);
    if (!match) {
      this.lines = [];
      return { kind: 'malformed', line };
    }
    this.lines.push(line);
    if (match[2] === '-') return undefined;
    const wire = this.lines;
    this.lines = [];
    return { kind: 'reply', reply: toReply(Number(match[1]), wire) };
  }
}

function toReply(code: number, wire: string[]): ServerReply {
  const lines = wire.map((line) => line.slice(4));
  const enhanced = ENHANCED.exec(lines[0] ?? '');
  // RFC 3463 §2: the class of the enhanced code repeats the first digit of the reply code.
  const sameClass = enhanced !== null && enhanced[1] === String(code).charAt(0);
  return {
    code,
    ...(sameClass ? { enhanced: enhanced[0] } : {}),
    lines,
    raw: wire.join('\r\n'),
  };
}

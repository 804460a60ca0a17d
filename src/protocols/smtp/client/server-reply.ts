/**
 * One server reply as the client reads it (RFC 5321 §4.2): every line of a multi-line reply,
 * the code of the last line, and the RFC 3463 enhanced code when the text starts with one.
 */
export interface ServerReply {
  /** The three-digit reply code, e.g. 250. */
  code: number;
  /** "5.1.1" when the first line's text starts with an enhanced status code of the same class. */
  enhanced?: string;
  /** The text of each line, after the code and its separator. */
  lines: string[];
  /** The reply as it was on the wire, lines joined with CRLF, without the final CRLF. */
  raw: string;
}

/** RFC 5321 §4.2.1: the first digit alone says what happened; a client acts on that. */
export type ReplyClass = 'positive' | 'intermediate' | 'transient' | 'permanent';

export function replyClass(reply: ServerReply): ReplyClass {
  const digit = Math.floor(reply.code / 100);
  if (digit === 2) return 'positive';
  if (digit === 3) return 'intermediate';
  if (digit === 5) return 'permanent';
  // RFC 5321 §4.2: 1yz is not used by SMTP and anything unknown that is not 5yz is not a final
  // refusal either, so the mail is kept for a later try.
  return 'transient';
}

/** The reply on one line, as Postfix puts it in a log or a bounce (`translit(resp->str, "\n", " ")`). */
export function replyOnOneLine(reply: ServerReply): string {
  return reply.raw.split('\r\n').join(' ');
}

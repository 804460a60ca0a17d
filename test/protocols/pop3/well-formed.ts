import type { Output } from '../../../src/protocols/wire';

/** Replies that RFC 1939 §3 / RFC 2449 make multi-line. */
const MULTI_LINE = new Set(
  ['capa', 'mechanisms', 'list', 'uidl', 'retr', 'top'].map((name) => `pop3.reply.${name}`),
);

/** What is wrong with one output line (RFC 1939 §3, RFC 2449 §4): nothing, if well formed. */
export function problemsOf(output: Output): string[] {
  if (output.kind !== 'line') return [];
  const problems: string[] = [];
  const { text, reply } = output;
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const [first = '', ...rest] = lines;
  if (!/^(\+OK|-ERR)( |$)|^\+ /.test(first)) problems.push(`bad status line "${first}"`);
  if (new TextEncoder().encode(first).length + 2 > 512) problems.push('status line over 512');
  if (lines.some((line) => /[\r\n]/.test(line))) problems.push('bare CR or LF');
  if (reply === undefined) problems.push('no reply info');
  else if (MULTI_LINE.has(reply.key)) {
    if (rest.at(-1) !== '.') problems.push('multi-line without final "."');
    if (rest.slice(0, -1).includes('.')) problems.push('unstuffed "." inside');
  } else if (rest.length > 0) problems.push('single-line reply spans lines');
  return problems.map((problem) => `${reply?.key ?? '?'}: ${problem}`);
}

import type { Output } from '../../../src/protocols/wire';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const CR = 0x0d;
const LF = 0x0a;
const statusStart = /^(\*|[^\s(){%*"\\+]+) (OK|NO|BAD|BYE|PREAUTH)( |$)/;

/**
 * Why a server line is not a well-formed IMAP response (RFC 3501 §7), or undefined: it starts
 * with `* `, `+ ` or `<tag> OK|NO|BAD`, every line ends with CRLF, and each literal `{n}` is
 * followed by exactly n octets, then a space or `)`.
 */
export function responseProblem(text: string): string | undefined {
  const bytes = encoder.encode(text);
  const first = decoder.decode(bytes.slice(0, Math.max(0, bytes.indexOf(CR))));
  if (!first.startsWith('* ') && !first.startsWith('+ ') && !statusStart.test(first)) {
    return `bad start: ${first}`;
  }
  let at = 0;
  for (;;) {
    const end = bytes.indexOf(CR, at);
    if (end === -1 || bytes[end + 1] !== LF) return 'a line does not end with CRLF';
    const segment = decoder.decode(bytes.slice(at, end));
    if (segment.includes('\n')) return 'bare LF inside a line';
    const literal = /\{(\d+)\}$/.exec(segment);
    at = end + 2;
    if (!literal) return at === bytes.length ? undefined : 'text after the final CRLF';
    at += Number(literal[1]);
    if (at > bytes.length) return `literal {${literal[1]}} is longer than what follows`;
    // A literal sits inside a list: a space or a closing parenthesis comes right after it.
    if (bytes[at] !== 0x20 && bytes[at] !== 0x29) return `literal {${literal[1]}} ends inside text`;
  }
}

/** Every problem found in a list of outputs, with the text it was found in. */
export function problems(outputs: readonly Output[]): string[] {
  return outputs.flatMap((output) => {
    if (output.kind !== 'line') return [];
    const problem = responseProblem(output.text);
    return problem === undefined ? [] : [`${problem} in ${JSON.stringify(output.text)}`];
  });
}

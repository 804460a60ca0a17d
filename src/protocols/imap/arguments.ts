/**
 * IMAP command arguments (RFC 3501 §4, §9): atoms, quoted strings, literals and parenthesised
 * lists. The wire adapter has already framed the command: `lines` are the text pieces and
 * `literals` the literal contents, literal i following line i (which ends in `{n}` or `{n+}`).
 */
export interface RawCommand {
  readonly lines: readonly string[];
  readonly literals: readonly string[];
}

export type Argument =
  | { readonly kind: 'atom'; readonly value: string }
  | { readonly kind: 'string'; readonly value: string; readonly literal: boolean }
  | { readonly kind: 'list'; readonly items: readonly Argument[] };

/** Why a command line could not be read; the text is Dovecot's parser wording. */
export interface ArgumentError {
  readonly error: string;
}

/** `{310}` or `{310+}` at the end of a line announces a literal (RFC 3501 §4.3, RFC 7888). */
export const LITERAL_MARKER = /\{(\d+)(\+?)\}$/;

const atomEnd = new Set([' ', '(', ')', '"', '\r', '\n']);

/** Reads every argument after the tag and the command name. */
export function readArguments(raw: RawCommand, start: number): Argument[] | ArgumentError {
  // The innermost open list is `current`; `outer` holds the lists around it.
  const outer: Argument[][] = [];
  let current: Argument[] = [];
  let lineIndex = 0;
  let line = raw.lines[0] ?? '';
  let at = start;
  const push = (argument: Argument) => current.push(argument);

  for (;;) {
    if (at >= line.length) {
      if (lineIndex >= raw.literals.length) break;
      // The marker ended the line: the literal is the next argument, and the text goes on after it.
      push({ kind: 'string', value: raw.literals[lineIndex] ?? '', literal: true });
      lineIndex += 1;
      line = raw.lines[lineIndex] ?? '';
      at = 0;
      continue;
    }
    const char = line.charAt(at);
    if (char === ' ') {
      at += 1;
    } else if (char === '(') {
      outer.push(current);
      current = [];
      at += 1;
    } else if (char === ')') {
      const parent = outer.pop();
      if (parent === undefined) return { error: "Unexpected ')'" };
      parent.push({ kind: 'list', items: current });
      current = parent;
      at += 1;
    } else if (char === '"') {
      const quoted = readQuoted(line, at);
      if ('error' in quoted) return quoted;
      push({ kind: 'string', value: quoted.value, literal: false });
      at = quoted.end;
    } else if (char === '{' && LITERAL_MARKER.test(line.slice(at))) {
      // The literal's content is taken from `literals` when the end of this line is reached.
      at = line.length;
    } else {
      const atom = readAtom(line, at);
      if ('error' in atom) return atom;
      push({ kind: 'atom', value: atom.value });
      at = atom.end;
    }
  }
  if (outer.length > 0) return { error: "Missing ')'" };
  return current;
}

function readQuoted(line: string, start: number): { value: string; end: number } | ArgumentError {
  let value = '';
  for (let at = start + 1; at < line.length; at += 1) {
    const char = line.charAt(at);
    if (char === '"') return { value, end: at + 1 };
    if (char === '\\') {
      // RFC 3501 §9 (quoted-specials): only `\"` and `\\` are escapes.
      const next = line[at + 1];
      if (next !== '"' && next !== '\\') return { error: 'Invalid escape in quoted string' };
      value += next;
      at += 1;
    } else {
      value += char;
    }
  }
  return { error: "Missing '\"'" };
}

/**
 * An atom, or a fetch attribute such as `BODY[HEADER.FIELDS (FROM)]<0.100>`: inside `[...]`
 * spaces and parentheses belong to the atom (RFC 3501 §9, `section`).
 */
function readAtom(line: string, start: number): { value: string; end: number } | ArgumentError {
  let at = start;
  while (at < line.length && !atomEnd.has(line.charAt(at))) {
    if (line[at] === '[') {
      const close = line.indexOf(']', at);
      if (close === -1) return { error: "Missing ']'" };
      at = close + 1;
    } else {
      at += 1;
    }
  }
  return { value: line.slice(start, at), end: at };
}

/** An atom or a string: what RFC 3501 calls an astring (user names, mailbox names). */
export function asAstring(argument: Argument | undefined): string | undefined {
  if (argument === undefined || argument.kind === 'list') return undefined;
  return argument.value;
}

/** An atom only (command keywords, flags, sequence sets). */
export function asAtom(argument: Argument | undefined): string | undefined {
  return argument?.kind === 'atom' ? argument.value : undefined;
}

/**
 * Tab completion of the verb being typed, as a shell completes a command name: one match is
 * written out with a space after it, several are narrowed to their common start and listed.
 * IMAP lines start with a tag (`a1 LOGIN …`): the verb is the second word there.
 */
export interface Completion {
  line: string;
  /** The verbs that still match, when more than one does. */
  options: string[];
}

function commonStart(words: readonly string[]): string {
  const [first = '', ...rest] = words;
  let length = first.length;
  for (const word of rest) {
    while (
      length > 0 &&
      word.slice(0, length).toUpperCase() !== first.slice(0, length).toUpperCase()
    )
      length -= 1;
  }
  return first.slice(0, length);
}

export function completeVerb(
  line: string,
  verbs: readonly string[],
  options: { tagged?: boolean; lowerCase?: boolean } = {},
): Completion {
  const tag = options.tagged === true ? (/^\S+ /.exec(line)?.[0] ?? null) : '';
  // A tagged protocol with no tag typed yet: nothing to complete.
  if (tag === null) return { line, options: [] };
  const word = line.slice(tag.length);
  if (/\s/.test(word)) return { line, options: [] };
  const matches = verbs.filter((verb) => verb.toUpperCase().startsWith(word.toUpperCase()));
  const spell = (verb: string) => (options.lowerCase === true ? verb.toLowerCase() : verb);
  if (matches.length === 0) return { line, options: [] };
  if (matches.length === 1) return { line: `${tag}${spell(matches[0] ?? '')} `, options: [] };
  const start = commonStart(matches);
  return {
    line: start.length > word.length ? `${tag}${spell(start)}` : line,
    options: matches.map(spell),
  };
}

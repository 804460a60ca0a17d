/**
 * Message flags (RFC 3501 §2.3.2). System flags begin with "\"; keywords ($Junk, $Forwarded…)
 * do not. \Recent is not stored here: it belongs to the session that first sees the message.
 */
export const SYSTEM_FLAGS = ['\\Answered', '\\Flagged', '\\Deleted', '\\Seen', '\\Draft'] as const;

export type SystemFlag = (typeof SYSTEM_FLAGS)[number];

const bySystemName = new Map(SYSTEM_FLAGS.map((flag) => [flag.toLowerCase(), flag]));

// RFC 3501 §9: a flag keyword is an atom: no space, no parenthesis, no brace, no quote,
// no "%" or "*" (list wildcards), no "]", no "\\" and no control character.
const ATOM_SPECIALS = new Set([...' (){}"%*]\\']);

function isAtom(text: string): boolean {
  return (
    text !== '' &&
    [...text].every((char) => {
      const code = char.charCodeAt(0);
      return code > 0x20 && code !== 0x7f && !ATOM_SPECIALS.has(char);
    })
  );
}

/** The flag as stored: system flags in their canonical case (flags are case-insensitive). */
export function canonicalFlag(flag: string): string | undefined {
  if (flag.startsWith('\\')) return bySystemName.get(flag.toLowerCase());
  return isAtom(flag) ? flag : undefined;
}

/** Whether a client may store this flag (\Recent and unknown system flags are refused). */
export function isValidFlag(flag: string): boolean {
  return canonicalFlag(flag) !== undefined;
}

/** Flags in Dovecot's order: system flags first (as in `* FLAGS`), then keywords as added. */
export function orderFlags(flags: Iterable<string>): string[] {
  const all = [...flags];
  const system = SYSTEM_FLAGS.filter((flag) => all.includes(flag));
  return [...system, ...all.filter((flag) => !flag.startsWith('\\'))];
}

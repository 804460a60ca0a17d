/**
 * Message flags (RFC 3501 §2.3.2). System flags start with a backslash; other atoms are
 * keywords such as `$Junk`. `\Recent` belongs to the server: clients cannot set it.
 */
export const SYSTEM_FLAGS = ['\\Answered', '\\Flagged', '\\Deleted', '\\Seen', '\\Draft'] as const;

const byUpperCase = new Map(SYSTEM_FLAGS.map((flag) => [flag.toUpperCase(), flag]));

/**
 * Normalises flags a client sent, or returns Dovecot's error for a bad one
 * (`Invalid system flag \RECENT`).
 */
export function parseFlags(names: readonly string[]): string[] | { error: string } {
  const flags: string[] = [];
  for (const name of names) {
    let flag = name;
    if (name.startsWith('\\')) {
      const known = byUpperCase.get(name.toUpperCase());
      if (!known) return { error: `Invalid system flag ${name.toUpperCase()}` };
      flag = known;
    }
    if (!flags.includes(flag)) flags.push(flag);
  }
  return flags;
}

/**
 * `(\Deleted \Seen)`: system flags in Dovecot's order (`imap_write_flags`: \Answered \Flagged
 * \Deleted \Seen \Draft \Recent), then keywords.
 */
export function formatFlags(flags: readonly string[], recent = false): string {
  const system: string[] = SYSTEM_FLAGS.filter((flag) => flags.includes(flag));
  if (recent) system.push('\\Recent');
  const others = flags.filter((flag) => !(SYSTEM_FLAGS as readonly string[]).includes(flag));
  return `(${[...system, ...others].join(' ')})`;
}

/** The commands Dovecot 2.3 knows (RFC 1939 §4–§7, RFC 2449 CAPA, RFC 2595 STLS, RFC 5034 AUTH). */
export const POP3_VERBS = [
  'USER',
  'PASS',
  'APOP',
  'AUTH',
  'STLS',
  'CAPA',
  'QUIT',
  'STAT',
  'LIST',
  'RETR',
  'DELE',
  'NOOP',
  'RSET',
  'TOP',
  'UIDL',
] as const;

export type Pop3Verb = (typeof POP3_VERBS)[number];

/** One command line as the server reads it. */
export interface Pop3Command {
  /** The keyword in upper case, as written (RFC 1939 §3: keywords are case-insensitive). */
  keyword: string;
  /** The known verb, or undefined for anything else. */
  verb: Pop3Verb | undefined;
  /** Everything after the first space, untouched (a password may hold spaces). */
  args: string;
}

const known = new Set<string>(POP3_VERBS);

/**
 * Splits a line (without its CRLF) at the first space, as Dovecot does: the keyword is
 * upper-cased, the rest is kept as it is.
 */
export function parseCommand(line: string): Pop3Command {
  const space = line.indexOf(' ');
  const keyword = (space === -1 ? line : line.slice(0, space)).toUpperCase();
  const args = space === -1 ? '' : line.slice(space + 1);
  return { keyword, verb: known.has(keyword) ? (keyword as Pop3Verb) : undefined, args };
}

/** Explanation key of a command (`pop3.command.RETR`, `pop3.command.unknown`). */
export function commandKey(command: Pop3Command): string {
  return `pop3.command.${command.verb ?? 'unknown'}`;
}

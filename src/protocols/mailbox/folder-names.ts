/** Hierarchy separator of Dovecot's default namespace (RFC 3501 §5.1.1). */
export const SEPARATOR = '.';

export const INBOX = 'INBOX';

// Line breaks and NUL cannot travel in a name; "*" and "%" are LIST wildcards (RFC 3501 §6.3.8).
const FORBIDDEN = new Set(['\r', '\n', '\0', '*', '%']);

/**
 * RFC 3501 §5.1: "INBOX" is case-insensitive, other names are not. Dovecot also accepts
 * "inbox.Sub" for a child of INBOX. Returns undefined for a name with an empty level.
 */
export function normalizeFolderName(name: string): string | undefined {
  const trimmed = name.endsWith(SEPARATOR) ? name.slice(0, -1) : name;
  if (trimmed === '' || [...trimmed].some((char) => FORBIDDEN.has(char))) return undefined;
  const levels = trimmed.split(SEPARATOR);
  if (levels.some((level) => level === '')) return undefined;
  if (levels[0]?.toUpperCase() === INBOX) levels[0] = INBOX;
  return levels.join(SEPARATOR);
}

/** "a.b.c" → ["a", "a.b"]: the superior names RFC 3501 §6.3.3 says CREATE should make. */
export function parentNames(name: string): string[] {
  const levels = name.split(SEPARATOR);
  return levels.slice(1).map((_, index) => levels.slice(0, index + 1).join(SEPARATOR));
}

/** Whether `name` is `ancestor` or lies below it. */
export function isWithin(name: string, ancestor: string): boolean {
  return name === ancestor || name.startsWith(ancestor + SEPARATOR);
}

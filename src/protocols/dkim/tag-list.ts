/** RFC 6376 §3.2: `tag=value; tag=value`, white space around tags and values ignored. */
export function parseTagList(text: string): Map<string, string> | null {
  const tags = new Map<string, string>();
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const name = part.slice(0, eq).trim();
    // A tag seen twice makes the whole list invalid (§3.2).
    if (name === '' || tags.has(name)) return null;
    tags.set(
      name,
      part
        .slice(eq + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return tags;
}

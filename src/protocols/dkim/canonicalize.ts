/**
 * DKIM's "relaxed" canonicalisation (RFC 6376 §3.4.2, §3.4.4): the forms signer and verifier
 * both hash, so that white-space changes by relays do not break a signature but any change of
 * words does.
 */

/** A header field as `name:value` with the name in lower case, unfolded, runs of WSP as one SP. */
export function relaxedHeader(name: string, value: string): string {
  const unfolded = value.replace(/\r\n(?=[ \t])/g, '');
  return `${name.trim().toLowerCase()}:${unfolded.replace(/[ \t]+/g, ' ').trim()}\r\n`;
}

/** The body with runs of WSP as one SP, no WSP at line ends, no empty lines at the end. */
export function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

/** A message's header fields in order (name and raw value, folding kept) and its body. */
export interface SplitMessage {
  fields: { name: string; value: string }[];
  body: string;
}

export function splitMessage(message: string): SplitMessage {
  const end = message.indexOf('\r\n\r\n');
  const head = end < 0 ? message : message.slice(0, end + 2);
  const body = end < 0 ? '' : message.slice(end + 4);
  const fields: { name: string; value: string }[] = [];
  for (const line of head.split('\r\n')) {
    if (line === '') continue;
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last !== undefined) last.value += `\r\n${line}`;
    else {
      const colon = line.indexOf(':');
      fields.push({ name: line.slice(0, Math.max(colon, 0)), value: line.slice(colon + 1) });
    }
  }
  return { fields, body };
}

/**
 * RFC 6376 §5.4.2: the fields named in `h=`, each name taking the last instance not yet used,
 * from the bottom up; a name with no instance left contributes nothing.
 */
export function selectHeaders(
  fields: readonly { name: string; value: string }[],
  names: readonly string[],
): string {
  const used = new Set<number>();
  let out = '';
  for (const name of names) {
    for (let i = fields.length - 1; i >= 0; i -= 1) {
      const field = fields[i];
      if (used.has(i) || field === undefined || field.name.toLowerCase() !== name.toLowerCase())
        continue;
      used.add(i);
      out += relaxedHeader(field.name, field.value);
      break;
    }
  }
  return out;
}

/**
 * Structured MIME field values: `Content-Type: multipart/mixed; boundary="=_b1"` and
 * `Content-Disposition: attachment; filename*=utf-8''C%C3%A9line.pdf` (RFC 2045 §5.1,
 * RFC 2183 §2, RFC 2231 §3–4 for continuations and charset-encoded values).
 */

export interface StructuredValue {
  /** The leading token in lower case ("multipart/mixed", "attachment"). */
  value: string;
  /** Parameters, names in lower case, RFC 2231 continuations joined and decoded. */
  parameters: Record<string, string>;
}

/** Splits at ";" outside quoted strings, dropping RFC 822 comments outside quotes. */
function splitParameters(text: string): string[] {
  const parts: string[] = [''];
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const letter = text.charAt(i);
    if (quoted) {
      if (letter === '\\') {
        parts[parts.length - 1] += letter + text.charAt(++i);
        continue;
      }
      if (letter === '"') quoted = false;
    } else if (depth > 0) {
      if (letter === '(') depth++;
      if (letter === ')') depth--;
      continue;
    } else if (letter === '(') {
      depth = 1;
      continue;
    } else if (letter === '"') quoted = true;
    else if (letter === ';') {
      parts.push('');
      continue;
    }
    parts[parts.length - 1] += letter;
  }
  return parts.map((part) => part.trim());
}

function unquote(value: string): string {
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return value;
}

/** RFC 2231 §4: the octets of a percent-encoded segment. */
function percentOctets(value: string): number[] {
  const octets: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value.charAt(i) === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      octets.push(parseInt(hex, 16));
      i += 2;
    } else octets.push(...new TextEncoder().encode(value.charAt(i)));
  }
  return octets;
}

function decodeCharset(octets: number[], charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(Uint8Array.from(octets));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(octets));
  }
}

interface Segment {
  index: number;
  extended: boolean;
  text: string;
}

/** Parses `token; name=value; name*0*=…` into its value and parameters. */
export function parseStructuredValue(text: string): StructuredValue {
  const [head = '', ...rest] = splitParameters(text);
  const segments = new Map<string, Segment[]>();
  for (const part of rest) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    const raw = part.slice(equals + 1).trim();
    // RFC 2231 §3: "name*n" is segment n; a trailing "*" marks a charset-encoded segment.
    const match = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!match) continue;
    const [, name = key, index, star] = match;
    const list = segments.get(name) ?? [];
    list.push({
      index: index === undefined ? 0 : Number(index),
      extended: star === '*',
      text: raw,
    });
    segments.set(name, list);
  }
  const parameters: Record<string, string> = {};
  for (const [name, list] of segments) {
    list.sort((x, y) => x.index - y.index);
    // RFC 2231 §4.1: only the first segment carries charset'language'; segments are joined
    // as octets before the charset is applied, so a character may span two segments.
    let charset = '';
    const octets: number[] = [];
    list.forEach((segment, position) => {
      if (!segment.extended) {
        octets.push(...new TextEncoder().encode(unquote(segment.text)));
        return;
      }
      let text = segment.text;
      const quote = text.indexOf("'");
      const second = text.indexOf("'", quote + 1);
      if (position === 0 && quote >= 0 && second > quote) {
        charset = text.slice(0, quote);
        text = text.slice(second + 1);
      }
      octets.push(...percentOctets(text));
    });
    parameters[name] = decodeCharset(octets, charset);
  }
  return { value: head.toLowerCase(), parameters };
}

/**
 * Writes a parameter, quoted when it holds anything but token characters (RFC 2045 §5.1) or
 * when `quote` asks for it (mail clients quote file names and boundaries by habit).
 */
export function formatParameter(name: string, value: string, quote = false): string {
  if (!quote && /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/.test(value)) return `${name}=${value}`;
  if (/^[\x20-\x7e]*$/.test(value)) return `${name}="${value.replace(/(["\\])/g, '\\$1')}"`;
  // RFC 2231 §4: a non-ASCII value is written name*=utf-8''percent-encoded.
  const encoded = Array.from(new TextEncoder().encode(value), (octet) => {
    const letter = String.fromCharCode(octet);
    return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(letter)
      ? letter
      : '%' + octet.toString(16).toUpperCase().padStart(2, '0');
  }).join('');
  return `${name}*=utf-8''${encoded}`;
}

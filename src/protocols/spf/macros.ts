/** What SPF macros (RFC 7208 §7) can name: `%{s}`, `%{l}`, `%{o}`, `%{d}`, `%{i}`, `%{h}`, `%{v}`. */
export interface MacroContext {
  sender: string;
  domain: string;
  ip: string;
  helo: string;
}

function letterValue(letter: string, context: MacroContext): string {
  const at = context.sender.lastIndexOf('@');
  switch (letter.toLowerCase()) {
    case 's':
      return context.sender;
    case 'l':
      return context.sender.slice(0, at);
    case 'o':
      return context.sender.slice(at + 1);
    case 'd':
      return context.domain;
    case 'i':
      return context.ip;
    case 'h':
      return context.helo;
    case 'v':
      return context.ip.includes(':') ? 'ip6' : 'in-addr';
    default:
      return '';
  }
}

/**
 * Expands a domain-spec (RFC 7208 §7.3): a letter, optional digits (keep the right-most parts)
 * and `r` (reverse), with `.` as the delimiter; `%%`, `%_` and `%-` are escapes.
 */
export function expandMacros(text: string, context: MacroContext): string {
  return text.replace(
    /%(?:\{([a-z])(\d*)(r?)([.\-+,/_=]*)\}|(%)|(_)|(-))/gi,
    (_, letter?: string, digits?: string, reverse?: string, delimiters?: string, ...escapes) => {
      if (escapes[0] === '%') return '%';
      if (escapes[1] === '_') return ' ';
      if (escapes[2] === '-') return '%20';
      const delimiter = new RegExp(`[${(delimiters || '.').replace(/[-\\\]]/g, '\\$&')}]`);
      let parts = letterValue(letter ?? '', context).split(delimiter);
      if (reverse) parts = parts.reverse();
      if (digits) parts = parts.slice(-Number(digits));
      return parts.join('.');
    },
  );
}

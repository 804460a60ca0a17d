/**
 * The SMTP/LMTP command parser: one line (without its CRLF) in, one `Command` out. No state,
 * no policy beyond the envelope syntax switches: the session machine decides what a command
 * means in the state it arrives in (Postfix checks the order of commands before their syntax).
 */
import type { ReplyName } from './replies';

/** Verbs the parser knows. EXPN and HELP are known so they can be explained, though Postfix 3.7 has neither. */
export const KNOWN_VERBS = [
  'EHLO',
  'HELO',
  'LHLO',
  'MAIL',
  'RCPT',
  'DATA',
  'BDAT',
  'RSET',
  'NOOP',
  'QUIT',
  'VRFY',
  'EXPN',
  'HELP',
  'ETRN',
  'STARTTLS',
  'AUTH',
] as const;
export type KnownVerb = (typeof KNOWN_VERBS)[number];

/** A syntax fault: which catalogue reply Postfix gives, and the text it quotes. */
export interface SyntaxFault {
  reply: ReplyName;
  argument?: string;
}

/** A reverse-path or forward-path, route dropped (RFC 5321 §3.3, Appendix C). */
export interface Path {
  /** `local@domain`, `Postmaster`, or '' for the null reverse-path `<>`. */
  address: string;
  /** The source route the client gave, parsed and ignored. */
  route: string[];
}

export interface MailParameters {
  size?: number;
  body?: '7BIT' | '8BITMIME';
  auth?: string;
  smtputf8?: boolean;
  ret?: 'FULL' | 'HDRS';
  envid?: string;
}

export interface RcptParameters {
  notify?: string[];
  orcpt?: string;
}

export type Command =
  | { verb: 'EHLO' | 'HELO' | 'LHLO'; domain: string; fault?: SyntaxFault }
  | { verb: 'MAIL'; path: Path; parameters: MailParameters; fault?: SyntaxFault }
  | { verb: 'RCPT'; path: Path; parameters: RcptParameters; fault?: SyntaxFault }
  | { verb: 'BDAT'; size: number; last: boolean; fault?: SyntaxFault }
  | { verb: 'VRFY' | 'EXPN' | 'ETRN'; argument: string; fault?: SyntaxFault }
  | { verb: 'AUTH'; mechanism: string; initialResponse?: string; fault?: SyntaxFault }
  | { verb: 'DATA' | 'RSET' | 'NOOP' | 'QUIT' | 'STARTTLS' | 'HELP'; fault?: SyntaxFault }
  /** A verb the server does not know: `500 5.5.2 Error: command not recognized`. */
  | { verb: 'unknown'; word: string; fault?: undefined }
  /** Not SMTP at all (HTTP, a header line, lower-case junk): Postfix `smtpd_forbid_cmds`. */
  | { verb: 'forbidden'; word: string; fault?: undefined }
  /** An empty line: `500 5.5.2 Error: bad syntax`. */
  | { verb: 'empty'; fault?: undefined };

export interface ParserOptions {
  /**
   * Postfix leniency (`strict_rfc821_envelopes = no`, the default): a space after `FROM:` /
   * `TO:` and an address without `<>` are accepted.
   */
  lenientEnvelopes: boolean;
  /**
   * Strict RFC 5321 checks apart from the envelope leniency: §4.5.3.1 size limits (local part
   * 64, domain 255, path 256 octets) and a domain required except for `<Postmaster>` (§4.5.1).
   */
  strictRfc: boolean;
}

export const POSTFIX_PARSER: ParserOptions = { lenientEnvelopes: true, strictRfc: false };

/** Postfix `smtpd_forbid_cmds` default: `CONNECT GET POST regexp:{{/^[^A-Z]/ Bogus}}`, plus header-like lines. */
const FORBIDDEN_VERBS = new Set(['CONNECT', 'GET', 'POST']);
const HEADER_LIKE = /^[!-9;-~]+:/;

export function parseCommand(line: string, options: ParserOptions = POSTFIX_PARSER): Command {
  if (line.trim() === '') return { verb: 'empty' };
  // Postfix: a line that does not start with a letter is "Bogus" (regexp tables ignore case).
  if (!/^[A-Za-z]/.test(line) || HEADER_LIKE.test(line.split(' ', 1)[0] ?? '')) {
    return { verb: 'forbidden', word: line.split(/\s/, 1)[0] ?? '' };
  }
  const space = line.search(/[ \t]/);
  const word = space < 0 ? line : line.slice(0, space);
  const rest = space < 0 ? '' : line.slice(space + 1);
  const upper = word.toUpperCase();
  if (FORBIDDEN_VERBS.has(upper)) return { verb: 'forbidden', word };
  const argument = rest.trim();
  switch (upper) {
    case 'EHLO':
    case 'HELO':
    case 'LHLO':
      return argument === ''
        ? {
            verb: upper,
            domain: '',
            fault: { reply: upper === 'HELO' ? 'heloSyntax' : 'ehloSyntax' },
          }
        : { verb: upper, domain: argument.split(/\s+/)[0] ?? '' };
    case 'MAIL':
      return parseMail(rest, options);
    case 'RCPT':
      return parseRcpt(rest, options);
    case 'BDAT':
      return parseBdat(argument);
    case 'VRFY':
    case 'EXPN':
      return argument === ''
        ? { verb: upper, argument, fault: { reply: 'vrfySyntax' } }
        : { verb: upper, argument };
    case 'ETRN':
      return argument === ''
        ? { verb: upper, argument, fault: { reply: 'etrnSyntax' } }
        : { verb: upper, argument };
    case 'AUTH':
      return parseAuth(argument);
    case 'DATA':
    case 'RSET':
    case 'STARTTLS':
      return argument === ''
        ? { verb: upper }
        : { verb: upper, fault: { reply: SYNTAX_REPLY[upper] } };
    case 'NOOP':
    case 'QUIT':
    case 'HELP':
      // RFC 5321 §4.1.1.9: NOOP may carry a string, to be ignored; Postfix ignores QUIT's too.
      return { verb: upper };
    default:
      return { verb: 'unknown', word };
  }
}

const SYNTAX_REPLY: Record<'DATA' | 'RSET' | 'STARTTLS', ReplyName> = {
  DATA: 'dataSyntax',
  RSET: 'rsetSyntax',
  STARTTLS: 'starttlsSyntax',
};

function parseAuth(argument: string): Command {
  const words = argument === '' ? [] : argument.split(/\s+/);
  if (words.length < 1 || words.length > 2) {
    return { verb: 'AUTH', mechanism: '', fault: { reply: 'authSyntax' } };
  }
  const [mechanism = '', initialResponse] = words;
  return initialResponse === undefined
    ? { verb: 'AUTH', mechanism: mechanism.toUpperCase() }
    : { verb: 'AUTH', mechanism: mechanism.toUpperCase(), initialResponse };
}

function parseBdat(argument: string): Command {
  const words = argument === '' ? [] : argument.split(/\s+/);
  const [count = '', last] = words;
  const valid =
    /^\d{1,9}$/.test(count) &&
    words.length <= 2 &&
    (last === undefined || last.toUpperCase() === 'LAST');
  return valid
    ? { verb: 'BDAT', size: Number(count), last: last !== undefined }
    : { verb: 'BDAT', size: 0, last: false, fault: { reply: 'bdatSyntax' } };
}

const NULL_PATH: Path = { address: '', route: [] };

function parseMail(rest: string, options: ParserOptions): Command {
  const envelope = splitEnvelope(rest, 'FROM', options);
  if ('fault' in envelope) {
    return { verb: 'MAIL', path: NULL_PATH, parameters: {}, fault: { reply: 'mailSyntax' } };
  }
  const path = parsePath(envelope.path, options, true);
  if (path === null) {
    return { verb: 'MAIL', path: NULL_PATH, parameters: {}, fault: { reply: 'badSenderSyntax' } };
  }
  const parameters: MailParameters = {};
  for (const word of envelope.parameters) {
    const [name = '', value] = splitParameter(word);
    const fault = applyMailParameter(parameters, name.toUpperCase(), value, word);
    if (fault) return { verb: 'MAIL', path, parameters, fault };
  }
  return { verb: 'MAIL', path, parameters };
}

function applyMailParameter(
  parameters: MailParameters,
  name: string,
  value: string | undefined,
  word: string,
): SyntaxFault | undefined {
  switch (name) {
    case 'SIZE':
      if (value === undefined || !/^\d{1,20}$/.test(value)) return { reply: 'sizeSyntax' };
      parameters.size = Number(value);
      return undefined;
    case 'BODY': {
      const body = value?.toUpperCase();
      if (body !== '7BIT' && body !== '8BITMIME')
        return { reply: 'unsupportedOption', argument: word };
      parameters.body = body;
      return undefined;
    }
    case 'AUTH':
      if (value === undefined) return { reply: 'unsupportedOption', argument: word };
      parameters.auth = value;
      return undefined;
    case 'SMTPUTF8':
      if (value !== undefined) return { reply: 'unsupportedOption', argument: word };
      parameters.smtputf8 = true;
      return undefined;
    case 'RET': {
      const ret = value?.toUpperCase();
      if (ret !== 'FULL' && ret !== 'HDRS') return { reply: 'retSyntax' };
      parameters.ret = ret;
      return undefined;
    }
    case 'ENVID':
      if (value === undefined || value === '') return { reply: 'envidSyntax' };
      parameters.envid = value;
      return undefined;
    default:
      return { reply: 'unsupportedOption', argument: word };
  }
}

function parseRcpt(rest: string, options: ParserOptions): Command {
  const envelope = splitEnvelope(rest, 'TO', options);
  if ('fault' in envelope) {
    return { verb: 'RCPT', path: NULL_PATH, parameters: {}, fault: { reply: 'rcptSyntax' } };
  }
  const path = parsePath(envelope.path, options, false);
  if (path === null) {
    return {
      verb: 'RCPT',
      path: NULL_PATH,
      parameters: {},
      fault: { reply: 'badRecipientSyntax' },
    };
  }
  const parameters: RcptParameters = {};
  for (const word of envelope.parameters) {
    const [name = '', value] = splitParameter(word);
    switch (name.toUpperCase()) {
      case 'NOTIFY': {
        const notify = (value ?? '').toUpperCase().split(',');
        const valid =
          (notify.length === 1 && notify[0] === 'NEVER') ||
          notify.every((item) => item === 'SUCCESS' || item === 'FAILURE' || item === 'DELAY');
        if (!valid) return { verb: 'RCPT', path, parameters, fault: { reply: 'notifySyntax' } };
        parameters.notify = notify;
        break;
      }
      case 'ORCPT':
        // RFC 3461 §4.2: ORCPT=addr-type;xtext.
        if (value === undefined || !/^[^;]+;.+$/.test(value)) {
          return { verb: 'RCPT', path, parameters, fault: { reply: 'orcptSyntax' } };
        }
        parameters.orcpt = value;
        break;
      default:
        return {
          verb: 'RCPT',
          path,
          parameters,
          fault: { reply: 'unsupportedOption', argument: word },
        };
    }
  }
  return { verb: 'RCPT', path, parameters };
}

function splitParameter(word: string): [string, string | undefined] {
  const equals = word.indexOf('=');
  return equals < 0 ? [word, undefined] : [word.slice(0, equals), word.slice(equals + 1)];
}

/** `FROM:<path> params…`: the keyword, the path text, and the ESMTP parameters after it. */
function splitEnvelope(
  rest: string,
  keyword: 'FROM' | 'TO',
  options: ParserOptions,
): { path: string; parameters: string[] } | { fault: true } {
  const prefix = `${keyword}:`;
  if (rest.slice(0, prefix.length).toUpperCase() !== prefix) return { fault: true };
  let after = rest.slice(prefix.length);
  if (/^[ \t]/.test(after)) {
    // RFC 5321 §3.3 allows no space after the colon; Postfix does unless strict_rfc821_envelopes.
    if (!options.lenientEnvelopes) return { fault: true };
    after = after.trimStart();
  }
  if (after === '') return { fault: true };
  let path: string;
  let remainder: string;
  if (after.startsWith('<')) {
    const close = closingBracket(after);
    if (close < 0) return { fault: true };
    path = after.slice(0, close + 1);
    remainder = after.slice(close + 1);
    if (remainder !== '' && !/^[ \t]/.test(remainder)) return { fault: true };
  } else {
    const space = after.search(/[ \t]/);
    path = space < 0 ? after : after.slice(0, space);
    remainder = space < 0 ? '' : after.slice(space);
  }
  const parameters = remainder.trim() === '' ? [] : remainder.trim().split(/[ \t]+/);
  return { path, parameters };
}

/** Index of the `>` closing the path, skipping quoted strings and quoted pairs. */
function closingBracket(text: string): number {
  let quoted = false;
  for (let index = 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '"') quoted = !quoted;
    else if (char === '>' && !quoted) return index;
  }
  return -1;
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\u0080-\\uFFFF]+";
const DOT_STRING = new RegExp(`^${ATOM}(\\.${ATOM})*$`);
const QUOTED_STRING = /^"([^"\\\r\n]|\\[ -~])*"$/;
const LABEL =
  '[A-Za-z0-9\\u0080-\\uFFFF]([A-Za-z0-9\\-\\u0080-\\uFFFF]*[A-Za-z0-9\\u0080-\\uFFFF])?';
const DOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*\\.?$`);
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^IPv6:[0-9A-Fa-f:.]+$/i;

/** An address literal (RFC 5321 §4.1.3): `[192.0.2.1]` or `[IPv6:2001:db8::1]`. */
export function isAddressLiteral(domain: string): boolean {
  if (!domain.startsWith('[') || !domain.endsWith(']')) return false;
  const inner = domain.slice(1, -1);
  return IPV4.test(inner) || (IPV6.test(inner) && inner.includes(':', 5));
}

export function isDomain(domain: string): boolean {
  return DOMAIN.test(domain) || isAddressLiteral(domain);
}

/**
 * Path (RFC 5321 §4.1.2): `<[@route,@route:]mailbox>`. Returns null when it is not an
 * address Postfix accepts. The null path `<>` is legal only as a reverse-path (§4.5.5).
 */
function parsePath(text: string, options: ParserOptions, reverse: boolean): Path | null {
  let inner = text;
  if (text.startsWith('<')) {
    if (!text.endsWith('>')) return null;
    inner = text.slice(1, -1);
  } else if (!options.lenientEnvelopes) {
    return null;
  }
  if (inner === '') return reverse ? NULL_PATH : null;
  const route: string[] = [];
  if (inner.startsWith('@')) {
    // RFC 5321 §3.3 / Appendix C: parse the source route, then ignore it.
    const colon = inner.indexOf(':');
    if (colon < 0) return null;
    for (const hop of inner.slice(0, colon).split(',')) {
      if (!hop.startsWith('@') || !DOMAIN.test(hop.slice(1))) return null;
      route.push(hop.slice(1));
    }
    inner = inner.slice(colon + 1);
  }
  const at = inner.lastIndexOf('@');
  const local = at < 0 ? inner : inner.slice(0, at);
  const domain = at < 0 ? '' : inner.slice(at + 1);
  if (local === '' || !(DOT_STRING.test(local) || QUOTED_STRING.test(local))) return null;
  if (at >= 0 && !isDomain(domain)) return null;
  if (options.strictRfc) {
    const octets = (value: string) => new TextEncoder().encode(value).length;
    if (octets(local) > 64 || octets(domain) > 255 || octets(inner) + 2 > 256) return null;
    if (at < 0 && local.toLowerCase() !== 'postmaster') return null;
  }
  return { address: inner, route };
}

/**
 * POP3 replies with Dovecot 2.3.19 (Debian) texts: `src/pop3-login/` before login,
 * `src/pop3/pop3-commands.c` after. Each carries its explanation key; response codes in
 * brackets (RFC 2449 §8, RFC 3206) go in `enhanced`.
 */
export interface Pop3Reply {
  code: '+OK' | '-ERR' | '+';
  /** The first line without CRLF. */
  text: string;
  /** Lines of a multi-line response (RFC 1939 §3), already byte-stuffed, without the final ".". */
  body?: string[];
  enhanced?: string;
  key: string;
}

const ok = (key: string, text = '+OK', body?: string[]): Pop3Reply => ({
  code: '+OK',
  text,
  key: `pop3.reply.${key}`,
  ...(body === undefined ? {} : { body }),
});
const err = (key: string, text: string, enhanced?: string): Pop3Reply => ({
  code: '-ERR',
  text: `-ERR ${enhanced === undefined ? '' : `[${enhanced}] `}${text}`,
  key: `pop3.reply.${key}`,
  ...(enhanced === undefined ? {} : { enhanced }),
});

export const R = {
  greeting: ok('greeting', '+OK Dovecot (Debian) ready.'),
  capa: (lines: string[]) => ok('capa', '+OK', lines),
  userOk: ok('userOk'),
  loggedIn: ok('loggedIn', '+OK Logged in.'),
  authFailed: err('authFailed', 'Authentication failed.', 'AUTH'),
  plaintextDisallowed: err(
    'plaintextDisallowed',
    'Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    'AUTH',
  ),
  noUsername: err('noUsername', 'No username given.'),
  apopDisabled: err('apopDisabled', 'APOP not enabled.'),
  mechanisms: (names: string[]) => ok('mechanisms', '+OK', names),
  unsupportedMechanism: err(
    'unsupportedMechanism',
    'Unsupported authentication mechanism.',
    'AUTH',
  ),
  invalidBase64: (where: 'initial' | 'continued') =>
    err('invalidBase64', `Invalid base64 data in ${where} response`, 'AUTH'),
  /** RFC 5034 §4: "+ " then the base64 challenge (empty for PLAIN). */
  saslChallenge: (challenge: string): Pop3Reply => ({
    code: '+',
    text: `+ ${challenge}`,
    key: 'pop3.reply.saslChallenge',
  }),
  authAborted: err('authAborted', 'Authentication aborted by client.'),
  locked: err('locked', 'Mailbox is locked by another POP3 session.', 'IN-USE'),
  tlsBegin: ok('tlsBegin', '+OK Begin TLS negotiation now.'),
  tlsActive: err('tlsActive', 'TLS is already active.'),
  tlsUnavailable: err('tlsUnavailable', "TLS support isn't enabled."),
  logoutBeforeLogin: ok('logoutBeforeLogin', '+OK Logging out'),
  logout: ok('logout', '+OK Logging out.'),
  logoutDeleted: ok('logoutDeleted', '+OK Logging out, messages deleted.'),
  unknownBeforeLogin: err('unknownBeforeLogin', 'Unknown command.'),
  tooManyBadBeforeLogin: err('tooManyBadBeforeLogin', 'Too many invalid bad commands.'),
  unknown: (keyword: string) => err('unknown', `Unknown command: ${keyword}`),
  tooManyBad: err('tooManyBad', 'Too many bad commands.'),
  inactivity: err('inactivity', 'Disconnected for inactivity.'),
  inactivityDuringAuth: err(
    'inactivityDuringAuth',
    'Disconnected for inactivity during authentication.',
  ),
  inputBufferFull: err('inputBufferFull', 'Input buffer full, aborting'),
  lineTooLong: err('lineTooLong', 'Input line too long.'),
  stat: (count: number, octets: number) => ok('stat', `+OK ${count} ${octets}`),
  list: (count: number, lines: string[]) => ok('list', `+OK ${count} messages:`, lines),
  listOne: (number: number, octets: number) => ok('listOne', `+OK ${number} ${octets}`),
  retr: (octets: number, lines: string[]) => ok('retr', `+OK ${octets} octets`, lines),
  top: (lines: string[]) => ok('top', '+OK', lines),
  dele: ok('dele', '+OK Marked to be deleted.'),
  noop: ok('noop'),
  rset: ok('rset'),
  uidl: (lines: string[]) => ok('uidl', '+OK', lines),
  uidlOne: (number: number, id: string) => ok('uidlOne', `+OK ${number} ${id}`),
  noSuchMessage: (number: string) => err('noSuchMessage', `There's no message ${number}.`),
  messageDeleted: err('messageDeleted', 'Message is deleted.'),
  invalidNumber: (args: string) => err('invalidNumber', `Invalid message number: ${args}`),
  numberTooLarge: (args: string) => err('numberTooLarge', `Message number too large: ${args}`),
  noiseAfterNumber: (rest: string) =>
    err('noiseAfterNumber', `Noise after message number: ${rest}`),
  invalidSize: (args: string) => err('invalidSize', `Invalid size: ${args}`),
  sizeTooLarge: (args: string) => err('sizeTooLarge', `Size too large: ${args}`),
  noiseAfterSize: (rest: string) => err('noiseAfterSize', `Noise after size: ${rest}`),
  messageExpunged: (number: number) => err('messageExpunged', `Message ${number} expunged.`),
} as const;

/** Every reply key the engine can produce: each entry of R is keyed by its own name. */
export const POP3_REPLY_KEYS: readonly string[] = Object.keys(R).map(
  (name) => `pop3.reply.${name}`,
);

/** The reply as it goes on the wire: every line ends with CRLF, a multi-line one with ".". */
export function replyText(reply: Pop3Reply): string {
  if (reply.body === undefined) return `${reply.text}\r\n`;
  return [reply.text, ...reply.body, '.'].map((line) => `${line}\r\n`).join('');
}

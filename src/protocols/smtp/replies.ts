/**
 * The reply catalogue of the SMTP server (Postfix 3.7.11 on Debian) and of its LMTP mode
 * (Dovecot LMTP 2.3.19). Every reply the session can give is named here, with its code, its
 * RFC 3463 enhanced code (or none, where Postfix sends none), its default text and, through
 * its name, the explanation key a student reads.
 */

/** The values a reply text quotes. */
export interface ReplyArgs {
  host: string;
  banner: string;
  address: string;
  ip: string;
  clientName: string;
  queueId: string;
  bytes: number;
  user: string;
  helo: string;
  argument: string;
  zone: string;
  reason: string;
  domain: string;
  sessionId: string;
  challenge: string;
  capabilities: readonly string[];
}

interface ReplyDefinition {
  code: number;
  /** RFC 3463 `class.subject.detail`; absent where the real server sends none. */
  enhanced?: string;
  text: (args: Partial<ReplyArgs>) => string | readonly string[];
}

const a = (value: string | undefined): string => value ?? '';

const DEFINITIONS = {
  // Connection opening (RFC 5321 §3.1, §4.2).
  greeting: { code: 220, text: (r) => a(r.banner) },
  greetingRefused: { code: 554, text: (r) => `${a(r.host)} ESMTP not accepting connections` },
  greetingBusy: {
    code: 421,
    enhanced: '4.7.0',
    text: (r) => `${a(r.host)} Error: too many connections from ${a(r.ip)}`,
  },
  accessDenied: {
    code: 503,
    enhanced: '5.7.0',
    text: (r) => `Error: access denied for ${a(r.clientName)}[${a(r.ip)}]`,
  },
  // Hello (RFC 5321 §4.1.1.1, §3.2).
  ehlo: { code: 250, text: (r) => [a(r.host), ...(r.capabilities ?? [])] },
  helo: { code: 250, text: (r) => a(r.host) },
  ehloSyntax: { code: 501, text: () => 'Syntax: EHLO hostname' },
  heloSyntax: { code: 501, text: () => 'Syntax: HELO hostname' },
  // Transaction (RFC 5321 §3.3).
  mailOk: { code: 250, enhanced: '2.1.0', text: () => 'Ok' },
  rcptOk: { code: 250, enhanced: '2.1.5', text: () => 'Ok' },
  dataStart: { code: 354, text: () => 'End data with <CR><LF>.<CR><LF>' },
  queued: { code: 250, enhanced: '2.0.0', text: (r) => `Ok: queued as ${a(r.queueId)}` },
  bdatOk: { code: 250, enhanced: '2.0.0', text: (r) => `Ok: ${r.bytes ?? 0} bytes` },
  ok: { code: 250, enhanced: '2.0.0', text: () => 'Ok' },
  bye: { code: 221, enhanced: '2.0.0', text: () => 'Bye' },
  // Sequence (RFC 5321 §4.1.4, §3.3).
  sendHeloFirst: { code: 503, enhanced: '5.5.1', text: () => 'Error: send HELO/EHLO first' },
  nestedMail: { code: 503, enhanced: '5.5.1', text: () => 'Error: nested MAIL command' },
  needMail: { code: 503, enhanced: '5.5.1', text: () => 'Error: need MAIL command' },
  needRcpt: { code: 503, enhanced: '5.5.1', text: () => 'Error: need RCPT command' },
  noValidRecipients: { code: 554, enhanced: '5.5.1', text: () => 'Error: no valid recipients' },
  mailAfterBdat: { code: 503, enhanced: '5.5.1', text: () => 'Error: MAIL after BDAT' },
  rcptAfterBdat: { code: 503, enhanced: '5.5.1', text: () => 'Error: RCPT after BDAT' },
  dataAfterBdat: { code: 503, enhanced: '5.5.1', text: () => 'Error: DATA after BDAT' },
  // Syntax (RFC 5321 §4.2.2: 500 unknown, 501 parameters, 555 MAIL/RCPT parameters).
  notRecognized: { code: 500, enhanced: '5.5.2', text: () => 'Error: command not recognized' },
  badSyntax: { code: 500, enhanced: '5.5.2', text: () => 'Error: bad syntax' },
  notImplemented: { code: 502, enhanced: '5.5.1', text: () => 'Error: command not implemented' },
  mailSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: MAIL FROM:<address>' },
  rcptSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: RCPT TO:<address>' },
  badSenderSyntax: { code: 501, enhanced: '5.1.7', text: () => 'Bad sender address syntax' },
  badRecipientSyntax: { code: 501, enhanced: '5.1.3', text: () => 'Bad recipient address syntax' },
  unsupportedOption: {
    code: 555,
    enhanced: '5.5.4',
    text: (r) => `Unsupported option: ${a(r.argument)}`,
  },
  sizeSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Bad message size syntax' },
  retSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Bad RET parameter syntax' },
  envidSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Bad ENVID parameter syntax' },
  notifySyntax: { code: 501, enhanced: '5.5.4', text: () => 'Error: Bad NOTIFY parameter syntax' },
  orcptSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Error: Bad ORCPT parameter syntax' },
  dsnDisabled: { code: 501, enhanced: '5.7.1', text: () => 'DSN support is disabled' },
  dataSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: DATA' },
  rsetSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: RSET' },
  bdatSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: BDAT count [LAST]' },
  vrfySyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: VRFY address' },
  etrnSyntax: { code: 500, text: () => 'Syntax: ETRN domain' },
  starttlsSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: STARTTLS' },
  authSyntax: { code: 501, enhanced: '5.5.4', text: () => 'Syntax: AUTH mechanism' },
  unicodeNotDeclared: {
    code: 553,
    enhanced: '5.6.7',
    text: () => 'Must declare SMTPUTF8 to send unicode address',
  },
  // Non-SMTP input: Postfix `smtpd_forbid_cmds`.
  forbiddenCommand: {
    code: 221,
    enhanced: '2.7.0',
    text: () => 'Error: I can break rules, too. Goodbye.',
  },
  // VRFY and ETRN (RFC 5321 §3.5, RFC 1985).
  vrfy: { code: 252, enhanced: '2.0.0', text: (r) => a(r.argument) },
  vrfyDisabled: { code: 502, enhanced: '5.5.1', text: () => 'VRFY command is disabled' },
  etrnOk: { code: 250, text: () => 'Queuing started' },
  etrnUnavailable: { code: 459, text: (r) => `<${a(r.domain)}>: service unavailable` },
  // Limits (RFC 5321 §4.5.3.1, RFC 1870).
  sizeExceeded: { code: 552, enhanced: '5.3.4', text: () => 'Message size exceeds fixed limit' },
  messageTooBig: { code: 552, enhanced: '5.3.4', text: () => 'Error: message file too big' },
  tooManyRecipients: { code: 452, enhanced: '4.5.3', text: () => 'Error: too many recipients' },
  tooManyHops: { code: 554, enhanced: '5.4.0', text: () => 'Error: too many hops' },
  bareLf: { code: 550, enhanced: '5.5.2', text: (r) => `${a(r.host)} Error: bare <LF> received` },
  tooManyErrors: {
    code: 421,
    enhanced: '4.7.0',
    text: (r) => `${a(r.host)} Error: too many errors`,
  },
  timeout: { code: 421, enhanced: '4.4.2', text: (r) => `${a(r.host)} Error: timeout exceeded` },
  // Restrictions, delayed to RCPT (smtpd_delay_reject = yes).
  userUnknown: {
    code: 550,
    enhanced: '5.1.1',
    text: (r) =>
      `<${a(r.address)}>: Recipient address rejected: User unknown in local recipient table`,
  },
  relayDenied: {
    code: 554,
    enhanced: '5.7.1',
    text: (r) => `<${a(r.address)}>: Relay access denied`,
  },
  relayDeferred: {
    code: 454,
    enhanced: '4.7.1',
    text: (r) => `<${a(r.address)}>: Relay access denied`,
  },
  recipientAccessDenied: {
    code: 554,
    enhanced: '5.7.1',
    text: (r) => `<${a(r.address)}>: Recipient address rejected: Access denied`,
  },
  senderNotOwned: {
    code: 553,
    enhanced: '5.7.1',
    text: (r) => `<${a(r.address)}>: Sender address rejected: not owned by user ${a(r.user)}`,
  },
  heloNotFqdn: {
    code: 504,
    enhanced: '5.5.2',
    text: (r) => `<${a(r.helo)}>: Helo command rejected: need fully-qualified hostname`,
  },
  clientNoReverse: {
    code: 450,
    enhanced: '4.7.1',
    text: (r) => `Client host rejected: cannot find your reverse hostname, [${a(r.ip)}]`,
  },
  clientBlocked: {
    code: 554,
    enhanced: '5.7.1',
    text: (r) =>
      `Service unavailable; Client host [${a(r.ip)}] blocked using ${a(r.zone)}` +
      (r.reason ? `; ${r.reason}` : ''),
  },
  senderDomainNotFound: {
    code: 450,
    enhanced: '4.1.8',
    text: (r) => `<${a(r.address)}>: Sender address rejected: Domain not found`,
  },
  recipientDomainNotFound: {
    code: 450,
    enhanced: '4.1.2',
    text: (r) => `<${a(r.address)}>: Recipient address rejected: Domain not found`,
  },
  senderNullMx: {
    code: 550,
    enhanced: '5.7.27',
    text: (r) =>
      `<${a(r.address)}>: Sender address rejected: Domain ${a(r.domain)} does not accept mail (nullMX)`,
  },
  recipientNullMx: {
    code: 556,
    enhanced: '5.1.10',
    text: (r) =>
      `<${a(r.address)}>: Recipient address rejected: Domain ${a(r.domain)} does not accept mail (nullMX)`,
  },
  // Texts for the caller's hooks (greylisting, SPF, DMARC, content checks).
  // postgrey's text, with its help site renamed to a documentation name (RFC 2606): server
  // texts carrying a URL never point a class at a real site (CURRICULUM.md).
  greylisted: {
    code: 450,
    enhanced: '4.7.1',
    text: (r) =>
      `<${a(r.address)}>: Recipient address rejected: Greylisted, see http://postgrey.example/help/${a(r.domain)}.html`,
  },
  spfFail: {
    code: 550,
    enhanced: '5.7.23',
    text: (r) =>
      `<${a(r.address)}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. ${a(r.reason)}`.trimEnd(),
  },
  dmarcReject: {
    code: 550,
    enhanced: '5.7.1',
    text: (r) => `rejected by DMARC policy for ${a(r.domain)}`,
  },
  contentRejected: { code: 550, enhanced: '5.7.1', text: () => 'Error: message content rejected' },
  queueWriteError: { code: 451, enhanced: '4.3.0', text: () => 'Error: queue file write error' },
  // STARTTLS (RFC 3207).
  readyToStartTls: { code: 220, enhanced: '2.0.0', text: () => 'Ready to start TLS' },
  tlsAlreadyActive: { code: 554, enhanced: '5.5.1', text: () => 'Error: TLS already active' },
  mustStartTls: { code: 530, enhanced: '5.7.0', text: () => 'Must issue a STARTTLS command first' },
  // AUTH (RFC 4954) with Dovecot SASL behind Postfix.
  authChallenge: { code: 334, text: (r) => a(r.challenge) },
  authSuccessful: { code: 235, enhanced: '2.7.0', text: () => 'Authentication successful' },
  authFailed: {
    code: 535,
    enhanced: '5.7.8',
    text: (r) => `Error: authentication failed: ${r.reason ?? '(reason unavailable)'}`,
  },
  authAborted: { code: 501, enhanced: '5.7.0', text: () => 'Authentication aborted' },
  authNotEnabled: { code: 503, enhanced: '5.5.1', text: () => 'Error: authentication not enabled' },
  authInTransaction: {
    code: 503,
    enhanced: '5.5.1',
    text: () => 'Error: MAIL transaction in progress',
  },
  alreadyAuthenticated: {
    code: 503,
    enhanced: '5.5.1',
    text: () => 'Error: already authenticated',
  },
  // LMTP mode (RFC 2033), Dovecot LMTP 2.3.19 texts.
  lmtpGreeting: { code: 220, text: (r) => `${a(r.host)} Dovecot (Debian) ready.` },
  lmtpLhlo: { code: 250, text: (r) => [a(r.host), ...(r.capabilities ?? [])] },
  lmtpUnknownCommand: { code: 500, enhanced: '5.5.1', text: () => 'Unknown command' },
  lmtpMailOk: { code: 250, enhanced: '2.1.0', text: () => 'OK' },
  lmtpRcptOk: { code: 250, enhanced: '2.1.5', text: () => 'OK' },
  lmtpDataStart: { code: 354, text: () => 'OK' },
  lmtpOk: { code: 250, enhanced: '2.0.0', text: () => 'OK' },
  lmtpSaved: {
    code: 250,
    enhanced: '2.0.0',
    text: (r) => `<${a(r.address)}> ${a(r.sessionId)} Saved`,
  },
  lmtpUserDoesntExist: {
    code: 550,
    enhanced: '5.1.1',
    text: (r) => `<${a(r.address)}> User doesn't exist: ${a(r.address)}`,
  },
  lmtpQuotaExceeded: {
    code: 552,
    enhanced: '5.2.2',
    text: (r) => `<${a(r.address)}> Quota exceeded (mailbox for user is full)`,
  },
  lmtpQuotaExceededTemporary: {
    code: 452,
    enhanced: '4.2.2',
    text: (r) => `<${a(r.address)}> Quota exceeded (mailbox for user is full)`,
  },
} satisfies Record<string, ReplyDefinition>;

export type ReplyName = keyof typeof DEFINITIONS;
export const REPLY_NAMES = Object.keys(DEFINITIONS) as ReplyName[];

/** One reply, ready for the wire: every line but the last is sent as `NNN-`. */
export interface Reply {
  name: ReplyName;
  code: number;
  enhanced?: string;
  lines: readonly string[];
  /** Explanation key: `smtp.reply.<name>`, or `lmtp.reply.<name>` for the LMTP-only replies. */
  key: string;
}

/** `lmtpSaved` → `lmtp.reply.saved`; every other name → `smtp.reply.<name>`. */
export function replyKey(name: ReplyName): string {
  if (name.startsWith('lmtp')) {
    const rest = name.slice(4);
    return `lmtp.reply.${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  return `smtp.reply.${name}`;
}

export function replyDefinition(name: ReplyName): { code: number; enhanced?: string } {
  return DEFINITIONS[name];
}

/** Builds a named reply. As Postfix does, the enhanced class is forced to the code's first digit. */
export function reply(name: ReplyName, args: Partial<ReplyArgs> = {}): Reply {
  const definition: ReplyDefinition = DEFINITIONS[name];
  const text = definition.text(args);
  const lines = typeof text === 'string' ? [text] : text;
  const built: Reply = { name, code: definition.code, lines, key: replyKey(name) };
  if (definition.enhanced !== undefined) {
    built.enhanced = `${String(definition.code).charAt(0)}${definition.enhanced.slice(1)}`;
  }
  return built;
}

const REPLY_LINE_LIMIT = 510;
const encoder = new TextEncoder();

/** The longest prefix of whole characters that fits in `REPLY_LINE_LIMIT` octets. */
function cutLine(line: string): string {
  let octets = 0;
  let cut = '';
  for (const char of line) {
    octets += encoder.encode(char).length;
    if (octets > REPLY_LINE_LIMIT) break;
    cut += char;
  }
  return cut;
}

/**
 * The wire form (RFC 5321 §4.2): `NNN-text` on every line but the last, `NNN text` on the last.
 * The enhanced code (RFC 2034) leads the text of a one-line reply; the only multi-line replies,
 * EHLO and LHLO, carry none.
 */
export function renderReply(value: Reply): string {
  const prefix = value.enhanced === undefined ? '' : `${value.enhanced} `;
  const last = value.lines.length - 1;
  let wire = '';
  value.lines.forEach((line, index) => {
    const separator = index === last ? ' ' : '-';
    const text = value.lines.length > 1 ? line : `${prefix}${line}`;
    // RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets with CRLF; Postfix cuts at 510.
    const full = `${value.code}${separator}${text}`;
    wire += `${full.length > REPLY_LINE_LIMIT ? cutLine(full) : full}\r\n`;
  });
  return wire;
}

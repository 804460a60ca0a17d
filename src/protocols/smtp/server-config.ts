/**
 * What a server session is told by its caller (the world): a plain object of Postfix-like
 * settings, facts about the client, and hooks for what the session cannot know itself
 * (users and passwords, the queue, the mailbox store, SPF/DMARC/greylisting verdicts).
 */
import type { MailParameters, ParserOptions } from './command-parser';
import type { Reply } from './replies';

/** RFC 3848 "with" protocol words for the Received: line the world writes. */
export type WithProtocol = 'SMTP' | 'ESMTP' | 'ESMTPS' | 'ESMTPA' | 'ESMTPSA' | 'LMTP';

/** A finished transaction, handed to the caller at the end of DATA / BDAT LAST. */
export interface TransactionRecord {
  mailFrom: string;
  mailParameters: MailParameters;
  recipients: string[];
  /** The message as received: unstuffed, CRLF line ends. */
  content: string;
  /** Size in octets, CRLF counted, stuffing dots not counted (RFC 1870 §3). */
  octets: number;
  helo: string | null;
  peerIp: string;
  tls: boolean;
  authenticatedUser: string | null;
  withProtocol: WithProtocol;
}

/** The caller queued the message (and chose its queue id), or refused it with a reply. */
export type QueueVerdict = { queueId: string } | { reply: Reply };
/** LMTP: one recipient's delivery by the mailbox store. */
export type DeliveryVerdict = { sessionId: string } | { reply: Reply };

export interface ClientFacts {
  ip: string;
  /** The verified reverse name, or null when the PTR lookup found none (Postfix "unknown"). */
  reverseName: string | null;
  /** A DNSBL zone listing the client, with the TXT text Postfix quotes. */
  dnsblListing?: { zone: string; text?: string };
  /** The client is in `mynetworks`. */
  trusted: boolean;
}

/** Facts about a domain the caller looked up in DNS, for the unknown-domain and null-MX checks. */
export type DomainFact = 'ok' | 'notFound' | 'nullMx';

export interface ServerConfig {
  hostname: string;
  /** `smtpd_banner`, after the code: Debian's `$myhostname ESMTP $mail_name (Debian/GNU)`. */
  banner: string;
  /** LMTP mode (RFC 2033) with Dovecot LMTP texts. */
  lmtp: boolean;
  /** Refuse the connection with the greeting: 554 (wait for QUIT) or 421 (close). */
  greeting: 'accept' | 'refuse' | 'busy';
  parser: ParserOptions;
  localDomains: string[];
  /** Mailboxes that exist in the local domains (lower case); null: every local part exists. */
  mailboxes: string[] | null;
  /** What happens to a recipient outside the local domains from an unprivileged client. */
  relay: 'reject' | 'defer';
  /** Debian's submission template: `smtpd_recipient_restrictions = permit_sasl_authenticated,reject`. */
  submission: boolean;
  heloRequired: boolean;
  /** `reject_non_fqdn_helo_hostname`. */
  rejectNonFqdnHelo: boolean;
  /** `reject_unknown_reverse_client_hostname`. */
  rejectUnknownReverseClient: boolean;
  /** `reject_rbl_client`: reject a client the facts say is listed. */
  rejectDnsblListed: boolean;
  /** `reject_sender_login_mismatch`: which logins own which sender addresses. */
  senderLogins: Record<string, string[]> | null;
  /** `smtpd_tls_wrappermode`: the connection is TLS from the first byte (465, RFC 8314 §3). */
  tlsWrapperMode: boolean;
  /** `smtpd_tls_security_level`: none (no STARTTLS), may, encrypt. */
  tlsSecurityLevel: 'none' | 'may' | 'encrypt';
  authEnabled: boolean;
  /** `smtpd_tls_auth_only`. */
  tlsAuthOnly: boolean;
  authMechanisms: string[];
  vrfyEnabled: boolean;
  etrnDomains: string[];
  /** EHLO keywords the server offers (`smtpd_discard_ehlo_keywords` removes the others). */
  extensions: {
    pipelining: boolean;
    size: boolean;
    vrfy: boolean;
    etrn: boolean;
    enhancedStatusCodes: boolean;
    eightBitMime: boolean;
    dsn: boolean;
    smtputf8: boolean;
    chunking: boolean;
  };
  /** `message_size_limit` in octets (0: none). */
  messageSizeLimit: number;
  /** `smtpd_recipient_limit`. */
  recipientLimit: number;
  /** `hopcount_limit`. */
  hopCountLimit: number;
  /** `smtpd_forbid_bare_newline` (3.7.11 back-port): no, normalize, reject. */
  bareNewline: 'no' | 'normalize' | 'reject';
  /** `smtpd_hard_error_limit`. (The soft limit only makes Postfix sleep: not simulated.) */
  hardErrorLimit: number;
  junkCommandLimit: number;
  /** `smtpd_timeout` in ms. */
  timeoutMs: number;
  /** `line_length_limit`: longer command lines are cut, the rest skipped. */
  lineLengthLimit: number;
  client: ClientFacts;
  /** Checks a login; the world owns the users. */
  checkCredentials: (user: string, password: string) => boolean;
  /** Domain facts for `reject_unknown_*_domain` and the null-MX checks; absent: not checked. */
  domainFacts?: (domain: string) => DomainFact;
  /** SPF, DMARC-at-RCPT, greylisting…: a reply to reject the recipient, or null to pass. */
  recipientHook?: (facts: {
    sender: string;
    recipient: string;
    helo: string | null;
  }) => Reply | null;
  /** Content checks at end of data (DMARC milter, header checks): a reply, or null to pass. */
  contentHook?: (record: TransactionRecord) => Reply | null;
  /** SMTP: queue the message. */
  queue: (record: TransactionRecord) => QueueVerdict;
  /** LMTP: deliver to one recipient. */
  deliver: (record: TransactionRecord, recipient: string) => DeliveryVerdict;
}

/** Postfix 3.7.11 built-in defaults with Debian's banner, on port 25. */
export function postfixDefaults(
  hostname: string,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  return {
    hostname,
    banner: `${hostname} ESMTP Postfix (Debian/GNU)`,
    lmtp: false,
    greeting: 'accept',
    parser: { lenientEnvelopes: true, strictRfc: false },
    localDomains: [],
    mailboxes: null,
    relay: 'reject',
    submission: false,
    heloRequired: false,
    rejectNonFqdnHelo: false,
    rejectUnknownReverseClient: false,
    rejectDnsblListed: false,
    senderLogins: null,
    tlsWrapperMode: false,
    tlsSecurityLevel: 'may',
    authEnabled: false,
    tlsAuthOnly: false,
    authMechanisms: ['PLAIN', 'LOGIN'],
    vrfyEnabled: true,
    etrnDomains: [],
    extensions: {
      pipelining: true,
      size: true,
      vrfy: true,
      etrn: true,
      enhancedStatusCodes: true,
      eightBitMime: true,
      dsn: true,
      smtputf8: true,
      chunking: true,
    },
    messageSizeLimit: 10_240_000,
    recipientLimit: 1000,
    hopCountLimit: 50,
    bareNewline: 'no',
    hardErrorLimit: 20,
    junkCommandLimit: 100,
    timeoutMs: 300_000,
    lineLengthLimit: 2048,
    client: { ip: '192.0.2.1', reverseName: null, trusted: false },
    checkCredentials: () => false,
    queue: () => ({ queueId: '4Xq2Lk1Z3nz9' }),
    deliver: () => ({ sessionId: 'session' }),
    ...overrides,
  };
}

/**
 * Postfix's restrictions as pure functions of the session facts: each returns the reply that
 * rejects, or null to let the command through. The machine calls each once per command.
 */
import type { Command, MailParameters } from './command-parser';
import { isAddressLiteral } from './command-parser';
import { reply, type Reply } from './replies';
import type { ServerConfig, WithProtocol } from './server-config';

/** What the restrictions may look at. */
export interface SessionFacts {
  config: ServerConfig;
  helo: string | null;
  esmtp: boolean;
  tls: boolean;
  user: string | null;
}

export function isStartTlsOffered(facts: SessionFacts): boolean {
  return facts.config.tlsSecurityLevel !== 'none' && !facts.tls && !facts.config.lmtp;
}

/**
 * AUTH is offered when enabled and, with `smtpd_tls_auth_only` (implied by the `encrypt`
 * level in Postfix), only under TLS.
 */
export function isAuthOffered(facts: SessionFacts): boolean {
  const { authEnabled, lmtp, tlsAuthOnly, tlsSecurityLevel } = facts.config;
  const tlsFirst = tlsAuthOnly || tlsSecurityLevel === 'encrypt';
  return authEnabled && !lmtp && (!tlsFirst || facts.tls);
}

/** The EHLO keywords, in the order Postfix's `ehlo_cmd` writes them (Dovecot LMTP: alphabetical). */
export function capabilities(facts: SessionFacts): string[] {
  const { extensions, messageSizeLimit, vrfyEnabled } = facts.config;
  if (facts.config.lmtp) {
    return [
      ...(extensions.eightBitMime ? ['8BITMIME'] : []),
      ...(extensions.chunking ? ['CHUNKING'] : []),
      ...(extensions.enhancedStatusCodes ? ['ENHANCEDSTATUSCODES'] : []),
      ...(extensions.pipelining ? ['PIPELINING'] : []),
    ];
  }
  const list: string[] = [];
  if (extensions.pipelining) list.push('PIPELINING');
  if (extensions.size) list.push(`SIZE ${messageSizeLimit}`);
  if (extensions.vrfy && vrfyEnabled) list.push('VRFY');
  if (extensions.etrn) list.push('ETRN');
  if (isStartTlsOffered(facts)) list.push('STARTTLS');
  if (isAuthOffered(facts)) list.push(`AUTH ${facts.config.authMechanisms.join(' ')}`);
  if (extensions.enhancedStatusCodes) list.push('ENHANCEDSTATUSCODES');
  if (extensions.eightBitMime) list.push('8BITMIME');
  if (extensions.dsn) list.push('DSN');
  if (extensions.smtputf8) list.push('SMTPUTF8');
  if (extensions.chunking) list.push('CHUNKING');
  return list;
}

// eslint-disable-next-line no-control-regex -- RFC 6531: any octet above US-ASCII needs SMTPUTF8.
const NON_ASCII = /[^\x00-\x7f]/;

/** MAIL FROM parameters the server's extensions allow (RFC 1870, 3461, 4954, 6531). */
export function checkMailParameters(
  facts: SessionFacts,
  address: string,
  parameters: MailParameters,
): Reply | null {
  const { extensions, messageSizeLimit } = facts.config;
  if (parameters.smtputf8 && !extensions.smtputf8) {
    return reply('unsupportedOption', { argument: 'SMTPUTF8' });
  }
  if ((parameters.ret !== undefined || parameters.envid !== undefined) && !extensions.dsn) {
    return reply('dsnDisabled');
  }
  if (parameters.auth !== undefined && !isAuthOffered(facts)) {
    return reply('unsupportedOption', { argument: `AUTH=${parameters.auth}` });
  }
  if (NON_ASCII.test(address) && !parameters.smtputf8) return reply('unicodeNotDeclared');
  // RFC 1870 §6.1: a declared SIZE above the fixed limit gets 552 at MAIL.
  if (messageSizeLimit > 0 && (parameters.size ?? 0) > messageSizeLimit) {
    return reply('sizeExceeded');
  }
  return null;
}

const domainOf = (address: string): string => {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
};

export function isLocalRecipient(config: ServerConfig, address: string): boolean {
  const domain = domainOf(address);
  return domain === '' || config.localDomains.includes(domain);
}

/** RFC 5321 §4.5.1: `Postmaster` (any case, with or without a local domain) is always accepted. */
function isPostmaster(address: string): boolean {
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).toLowerCase() === 'postmaster';
}

function isFullyQualified(helo: string): boolean {
  return isAddressLiteral(helo) || /^[^.]+(\.[^.]+)+\.?$/.test(helo);
}

/**
 * The recipient restrictions as Postfix runs them with `smtpd_delay_reject = yes`: client,
 * HELO and sender restrictions first, then relay control, then the recipient tables.
 */
export function checkRecipient(
  facts: SessionFacts,
  sender: string,
  mailParameters: MailParameters,
  command: Extract<Command, { verb: 'RCPT' }>,
): Reply | null {
  const { config, user } = facts;
  const address = command.path.address;
  const ip = config.client.ip;
  const privileged = config.client.trusted || user !== null;
  if (NON_ASCII.test(address) && !mailParameters.smtputf8) return reply('unicodeNotDeclared');
  if (config.lmtp) {
    return mailboxExists(config, address) ? null : reply('lmtpUserDoesntExist', { address });
  }
  // smtpd_client_restrictions
  if (config.rejectUnknownReverseClient && config.client.reverseName === null && !privileged) {
    return reply('clientNoReverse', { ip });
  }
  if (config.rejectDnsblListed && config.client.dnsblListing && !privileged) {
    const { zone, text } = config.client.dnsblListing;
    return reply('clientBlocked', text === undefined ? { ip, zone } : { ip, zone, reason: text });
  }
  // smtpd_helo_restrictions
  if (config.rejectNonFqdnHelo && facts.helo !== null && !isFullyQualified(facts.helo)) {
    return reply('heloNotFqdn', { helo: facts.helo });
  }
  // smtpd_sender_restrictions
  if (config.senderLogins !== null && user !== null && sender !== '') {
    const owned = config.senderLogins[user] ?? [];
    if (!owned.some((owner) => owner.toLowerCase() === sender.toLowerCase())) {
      return reply('senderNotOwned', { address: sender, user });
    }
  }
  if (config.domainFacts && sender !== '' && domainOf(sender) !== '') {
    const domain = domainOf(sender);
    const fact = config.domainFacts(domain);
    if (fact === 'notFound') return reply('senderDomainNotFound', { address: sender });
    if (fact === 'nullMx') return reply('senderNullMx', { address: sender, domain });
  }
  // smtpd_recipient_restrictions: Debian's submission template permits only SASL clients.
  if (config.submission && user === null) return reply('recipientAccessDenied', { address });
  const local = isLocalRecipient(config, address) || isPostmaster(address);
  if (!local && !privileged) {
    return reply(config.relay === 'defer' ? 'relayDeferred' : 'relayDenied', { address });
  }
  if (!local && config.domainFacts) {
    const domain = domainOf(address);
    const fact = config.domainFacts(domain);
    if (fact === 'notFound') return reply('recipientDomainNotFound', { address });
    if (fact === 'nullMx') return reply('recipientNullMx', { address, domain });
  }
  // smtpd_reject_unlisted_recipient: the local recipient table.
  if (local && !isPostmaster(address) && !mailboxExists(config, address)) {
    return reply('userUnknown', { address });
  }
  return config.recipientHook?.({ sender, recipient: address, helo: facts.helo }) ?? null;
}

export function mailboxExists(config: ServerConfig, address: string): boolean {
  return config.mailboxes === null || config.mailboxes.includes(address.toLowerCase());
}

/** RFC 3848 §2 "with" words: ESMTP, plus S for TLS and A for an authenticated client. */
export function withProtocol(facts: SessionFacts): WithProtocol {
  if (facts.config.lmtp) return 'LMTP';
  if (!facts.esmtp) return 'SMTP';
  return `ESMTP${facts.tls ? 'S' : ''}${facts.user !== null ? 'A' : ''}` as WithProtocol;
}

/** Counts `Received:` header fields (RFC 5321 §6.3 loop detection), in the header only. */
export function countHops(content: string): number {
  let hops = 0;
  for (const line of content.split('\r\n')) {
    if (line === '') break;
    if (/^received:/i.test(line)) hops++;
  }
  return hops;
}

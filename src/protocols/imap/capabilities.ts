/**
 * CAPABILITY lists (RFC 3501 §6.1.1, §7.2.1) as Dovecot 2.3.19 builds them: the imap-login
 * list before login, with STARTTLS only when TLS can start and is not active yet, and
 * LOGINDISABLED instead of the AUTH= mechanisms when cleartext login is refused
 * (`disable_plaintext_auth`, RFC 3501 §6.2.3).
 */
export interface CapabilityOptions {
  readonly tlsAvailable: boolean;
  readonly tlsActive: boolean;
  readonly plaintextAllowed: boolean;
}

export function preLoginCapabilities(options: CapabilityOptions): string {
  const items = ['IMAP4rev1', 'SASL-IR', 'LOGIN-REFERRALS', 'ID', 'ENABLE', 'IDLE', 'LITERAL+'];
  if (options.tlsAvailable && !options.tlsActive) items.push('STARTTLS');
  if (options.plaintextAllowed) items.push('AUTH=PLAIN', 'AUTH=LOGIN');
  else items.push('LOGINDISABLED');
  return items.join(' ');
}

/**
 * After login Dovecot lists some thirty extensions (SORT, THREAD, CONDSTORE, QRESYNC…). The
 * simulator lists only those it implements, in Dovecot's order, so a real client never relies
 * on one it would not get.
 */
export const POST_LOGIN_CAPABILITIES =
  'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE UNSELECT CHILDREN UIDPLUS MOVE LITERAL+';

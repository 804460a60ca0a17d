import { SASL_MECHANISMS } from './sasl';

/** Dovecot's POP3_CAPABILITY_REPLY (pop3-capability.h), sent before and after login. */
const BASE = ['CAPA', 'TOP', 'UIDL', 'RESP-CODES', 'PIPELINING', 'AUTH-RESP-CODE'];

/**
 * CAPA before login (RFC 2449 §5, Dovecot pop3-login): STLS only while TLS is possible and
 * not yet active (RFC 2595 §4), USER only where cleartext passwords are accepted, then the
 * SASL mechanisms this connection may use.
 */
export function capabilitiesBeforeLogin(options: {
  tlsAvailable: boolean;
  tlsActive: boolean;
  cleartextAllowed: boolean;
}): string[] {
  return [
    ...BASE,
    ...(options.tlsAvailable && !options.tlsActive ? ['STLS'] : []),
    ...(options.cleartextAllowed ? ['USER'] : []),
    ['SASL', ...advertisedMechanisms(options.cleartextAllowed)].join(' '),
  ];
}

/** CAPA in the TRANSACTION state (Dovecot pop3-commands.c). */
export function capabilitiesAfterLogin(): string[] {
  return [...BASE];
}

/** PLAIN and LOGIN send the password in clear: Dovecot hides them where cleartext is refused. */
export function advertisedMechanisms(cleartextAllowed: boolean): string[] {
  return cleartextAllowed ? [...SASL_MECHANISMS] : [];
}

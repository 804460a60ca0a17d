import { resolve, type DnsExchange } from './resolve';
import { normalizeName, type MxRecord, type Zone } from './zone';

/**
 * The fact behind Postfix's `reject_unknown_sender_domain` and
 * `reject_unknown_recipient_domain` (smtpd_check.c): can mail reach this domain at all?
 * Postfix asks MX, then A, then AAAA, and stops at the first type that answers. The SMTP
 * server turns the outcome into its reply (450 4.1.8 / 4.1.2 "Domain not found",
 * 550 5.7.27 / 556 5.1.10 for a null MX).
 */

export type DomainCheckOutcome = 'found' | 'notFound' | 'nullMx' | 'temporary';

export interface DomainCheck {
  domain: string;
  outcome: DomainCheckOutcome;
  queries: DnsExchange[];
  key: string;
}

export const DOMAIN_CHECK_KEYS: Readonly<Record<DomainCheckOutcome, string>> = {
  found: 'dns.domain.found',
  notFound: 'dns.domain.notFound',
  nullMx: 'dns.domain.nullMx',
  temporary: 'dns.domain.temporary',
};

/** Whether a sender or recipient domain can receive mail, as an SMTP server checks it. */
export function checkMailDomain(zone: Zone, domain: string): DomainCheck {
  const name = normalizeName(domain);
  const queries: DnsExchange[] = [];
  const done = (outcome: DomainCheckOutcome): DomainCheck => ({
    domain: name,
    outcome,
    queries,
    key: DOMAIN_CHECK_KEYS[outcome],
  });
  for (const type of ['MX', 'A', 'AAAA'] as const) {
    const exchange = resolve(zone, name, type);
    queries.push(exchange);
    const { status, records } = exchange.answer;
    if (status === 'SERVFAIL' || status === 'TIMEOUT') return done('temporary');
    if (status === 'NOERROR') {
      const isNullMx = records.some(
        (record): record is MxRecord =>
          record.type === 'MX' && normalizeName(record.exchange) === '.',
      );
      // RFC 7505 §4.2: a null MX domain is not a valid sender or recipient domain.
      return done(isNullMx ? 'nullMx' : 'found');
    }
  }
  return done('notFound');
}

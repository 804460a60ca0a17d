import type { ExplanationCatalogue } from './types';

/** What a student reads about the sender checks at the MX: SPF, DKIM and DMARC verdicts. */
export const mailAuthEn: ExplanationCatalogue = {
  'spf.result.pass': {
    title: 'SPF pass',
    meaning: 'The sender’s domain lists the connecting IP address: this server may send its mail.',
    when: 'At RCPT TO, after the MX read the TXT record of the MAIL FROM domain.',
    action: 'Nothing to do. DMARC can use this pass if the domain matches From:.',
    rfc: 'RFC 7208 §2.6.3',
  },
  'spf.result.fail': {
    title: 'SPF fail (-all)',
    meaning: 'The sender’s domain says this IP address may not send its mail.',
    when: 'At RCPT TO; a server that enforces SPF refuses with 550 5.7.23.',
    action:
      'If the mail is genuine, add the sending server to the record (ip4:, include:). Otherwise it is forged.',
    rfc: 'RFC 7208 §2.6.4, §8.4',
  },
  'spf.result.softfail': {
    title: 'SPF softfail (~all)',
    meaning: 'The domain says this address is probably not allowed, but asks not to reject.',
    when: 'At RCPT TO; the message is usually accepted and marked.',
    action: 'Move to -all once every sending server is listed.',
    rfc: 'RFC 7208 §2.6.5',
  },
  'spf.result.neutral': {
    title: 'SPF neutral (?all)',
    meaning: 'The domain makes no statement about this address.',
    when: 'When no mechanism matched and the record ends with ?all (or with nothing).',
    action: 'Treat it like no SPF at all.',
    rfc: 'RFC 7208 §2.6.2',
  },
  'spf.result.none': {
    title: 'SPF none',
    meaning: 'The domain publishes no SPF record (or the domain does not exist).',
    when: 'After the TXT query of the MAIL FROM domain.',
    action: 'Publish "v=spf1 … -all" to say which servers send for the domain.',
    rfc: 'RFC 7208 §2.6.1',
  },
  'spf.result.temperror': {
    title: 'SPF temperror',
    meaning: 'A DNS failure stopped the check; it may work later.',
    when: 'When a DNS query answered SERVFAIL or timed out.',
    action: 'Check the domain’s name servers.',
    rfc: 'RFC 7208 §2.6.6',
  },
  'spf.result.permerror': {
    title: 'SPF permerror',
    meaning:
      'The record cannot be read: two records, a typo, more than 10 DNS lookups, an include without a record.',
    when: 'While evaluating the record.',
    action: 'Fix the record; check it with an SPF validator.',
    rfc: 'RFC 7208 §2.6.7, §4.6.4',
  },
  'dkim.result.pass': {
    title: 'DKIM pass',
    meaning:
      'The signature (d= domain, s= selector) matches the public key in DNS: the signed headers and body are unchanged.',
    when: 'At the end of data, after the MX fetched <selector>._domainkey.<domain>.',
    action: 'Nothing to do. DMARC can use it if d= matches the From: domain.',
    rfc: 'RFC 6376 §6.1; RFC 8463',
  },
  'dkim.result.fail': {
    title: 'DKIM fail',
    meaning:
      'The signature does not verify: the body or a signed header changed on the way, or the key is wrong.',
    when: 'At the end of data. "body hash did not verify" means the body changed.',
    action: 'Find the relay that modifies messages (footer, subject tag) or fix the published key.',
    rfc: 'RFC 6376 §6.1.3',
  },
  'dkim.result.none': {
    title: 'DKIM none',
    meaning: 'The message carries no DKIM-Signature.',
    when: 'At the end of data.',
    action: 'Have the submission server sign outgoing mail.',
    rfc: 'RFC 8601 §2.7.1',
  },
  'dkim.result.neutral': {
    title: 'DKIM neutral',
    meaning: 'The signature uses an algorithm this verifier does not check.',
    when: 'At the end of data.',
    action: 'Sign with an algorithm receivers know (ed25519-sha256 or rsa-sha256).',
    rfc: 'RFC 8601 §2.7.1',
  },
  'dkim.result.temperror': {
    title: 'DKIM temperror',
    meaning: 'The public key could not be fetched because of a DNS failure.',
    when: 'At the end of data.',
    action: 'Check the signing domain’s name servers.',
    rfc: 'RFC 6376 §6.1.2',
  },
  'dkim.result.permerror': {
    title: 'DKIM permerror',
    meaning:
      'The signature or the key record is unusable: a syntax error, no key at the selector, a key of another type.',
    when: 'At the end of data.',
    action: 'Publish the key at <selector>._domainkey.<domain> and check the signature’s tags.',
    rfc: 'RFC 6376 §6.1.2',
  },
  'dmarc.result.pass': {
    title: 'DMARC pass',
    meaning: 'SPF or DKIM passed for a domain aligned with the From: domain the reader sees.',
    when: 'At the end of data, after the MX read _dmarc.<From domain>.',
    action: 'Nothing to do.',
    rfc: 'RFC 7489 §4.2',
  },
  'dmarc.result.fail.none': {
    title: 'DMARC fail, p=none',
    meaning: 'Neither SPF nor DKIM passed aligned with From:, but the owner only asks for reports.',
    when: 'At the end of data; the message is delivered.',
    action: 'Read the reports, fix SPF and DKIM, then move to quarantine or reject.',
    rfc: 'RFC 7489 §6.3',
  },
  'dmarc.result.fail.quarantine': {
    title: 'DMARC fail, p=quarantine',
    meaning:
      'Neither SPF nor DKIM passed aligned with From:; the owner asks to treat the message as suspicious.',
    when: 'At the end of data; the message is accepted and usually goes to spam.',
    action: 'Make SPF or DKIM pass for the From: domain.',
    rfc: 'RFC 7489 §6.3',
  },
  'dmarc.result.fail.reject': {
    title: 'DMARC fail, p=reject',
    meaning:
      'Neither SPF nor DKIM passed aligned with From:; the owner asks to refuse the message.',
    when: 'At the end of data: 550 5.7.1 rejected by DMARC policy.',
    action: 'Sign with DKIM as the From: domain, or send from a server its SPF lists.',
    rfc: 'RFC 7489 §6.3, §6.6',
  },
  'dmarc.result.none': {
    title: 'DMARC none',
    meaning: 'The From: domain publishes no DMARC policy.',
    when: 'After the _dmarc queries (the domain, then its organisational domain).',
    action: 'Publish "v=DMARC1; p=none" to start receiving reports.',
    rfc: 'RFC 7489 §6.6.3',
  },
  'dmarc.result.temperror': {
    title: 'DMARC temperror',
    meaning: 'The policy could not be fetched because of a DNS failure.',
    when: 'At the end of data.',
    action: 'Check the domain’s name servers.',
    rfc: 'RFC 7489 §6.6.3',
  },
};

import type { ExplanationCatalogue } from './types';

/** DNS explanations: record types, resolver outcomes and what the MX lookup concluded. */
export const dnsEn: ExplanationCatalogue = {
  'dns.record.a': {
    title: 'A — the IPv4 address of a name',
    meaning:
      'An A record gives the IPv4 address of a host name, such as mx1.b.example → 203.0.113.10.',
    when: 'Asked after the MX lookup, once for each mail server name, and for the domain itself when there is no MX.',
    action: 'The sending server connects to this address on port 25.',
    rfc: 'RFC 1035 §3.4.1',
  },
  'dns.record.aaaa': {
    title: 'AAAA — the IPv6 address of a name',
    meaning: 'An AAAA record gives the IPv6 address of a host name.',
    when: 'Asked beside A when the sending server uses IPv6 too.',
    action: 'The sending server may try this address as well as the IPv4 one.',
    rfc: 'RFC 3596 §2.1',
  },
  'dns.record.mx': {
    title: 'MX — who receives mail for a domain',
    meaning:
      'An MX record names a mail server for the domain and gives it a preference. The lowest number is tried first; higher numbers are backups.',
    when: 'The first question a sending server asks, about the domain of the envelope recipient (RCPT TO), never about the To: header.',
    action:
      'The sender sorts the MX hosts by preference, looks up their addresses, and tries them in order.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.record.txt': {
    title: 'TXT — free text attached to a name',
    meaning: 'A TXT record holds text. Mail uses it to publish SPF, DKIM and DMARC policies.',
    when: 'Read by the receiving server when it checks who may send for a domain.',
    action: 'Read the text: v=spf1, v=DKIM1 and v=DMARC1 tell which policy it is.',
    rfc: 'RFC 1035 §3.3.14',
  },
  'dns.record.ptr': {
    title: 'PTR — the name of an address (reverse DNS)',
    meaning:
      'A PTR record gives the host name of an IP address, stored under in-addr.arpa with the address reversed: 198.51.100.25 → 25.100.51.198.in-addr.arpa.',
    when: 'Asked by a receiving server as soon as a client connects; the name appears in the Received: line.',
    action:
      'Without a PTR, the server writes "unknown" and may refuse the client (450 4.7.1 … cannot find your reverse hostname).',
    rfc: 'RFC 1035 §3.5',
  },
  'dns.record.cname': {
    title: 'CNAME — an alias for another name',
    meaning:
      'A CNAME says that a name is another name under a second label. The resolver follows it.',
    when: 'Met while resolving: the answer then holds the CNAME and the records of its target.',
    action: 'A domain may be an alias, but an MX must name a real host, never an alias.',
    rfc: 'RFC 1034 §3.6.2, RFC 2181 §10.3',
  },
  'dns.txt.spf': {
    title: 'SPF — which servers may send for this domain',
    meaning:
      'The domain lists the IP addresses allowed to send mail with its name in MAIL FROM, for example "v=spf1 ip4:198.51.100.25 -all".',
    when: 'Read by the receiving MX while the client sends MAIL FROM and RCPT TO.',
    action:
      'If the sending IP is not listed and the record ends in -all, the MX may reject the mail: add the relay to the record.',
    rfc: 'RFC 7208 §4',
  },
  'dns.txt.dkim': {
    title: 'DKIM — the public key that checks a signature',
    meaning:
      'The signing domain publishes its public key at <selector>._domainkey.<domain>. The DKIM-Signature: header says which selector to use.',
    when: 'Read by the receiving server to verify the DKIM-Signature: of a message.',
    action: 'If the key is missing or the message changed on the way, the result is dkim=fail.',
    rfc: 'RFC 6376 §3.6',
  },
  'dns.txt.dmarc': {
    title: 'DMARC — what to do when From: is not authenticated',
    meaning:
      'Published at _dmarc.<domain>, it asks receivers to check that SPF or DKIM passes for the domain shown in From:, and says what to do otherwise (p=none, quarantine or reject).',
    when: 'Read by the receiving server after the SPF and DKIM checks.',
    action:
      'With p=reject, a message that fails alignment is refused: sign with DKIM for the From: domain.',
    rfc: 'RFC 7489 §6',
  },
  'dns.outcome.noerror': {
    title: 'NOERROR — the name server answered',
    meaning: 'The name exists and records of the type asked for were returned.',
    when: 'After any DNS question whose answer holds records.',
    action: 'Use the records in the answer section.',
    rfc: 'RFC 1035 §4.1.1',
  },
  'dns.outcome.nodata': {
    title: 'NODATA — the name exists, but not with this type',
    meaning:
      'The answer is NOERROR with an empty answer section: the name exists, it just has no record of this type.',
    when: 'For example an MX question about a domain that only has an A record.',
    action: 'For MX, this is the case where the domain itself is used as an implicit MX.',
    rfc: 'RFC 2308 §2.2',
  },
  'dns.outcome.nxdomain': {
    title: 'NXDOMAIN — the name does not exist',
    meaning: 'The name server says, with authority, that no such name exists in the DNS.',
    when: 'Typically a typing mistake in the recipient domain (gmial.example).',
    action:
      'This is a permanent answer: the mail bounces at once. Check the spelling of the address.',
    rfc: 'RFC 1035 §4.1.1, RFC 8020',
  },
  'dns.outcome.servfail': {
    title: 'SERVFAIL — the name server failed',
    meaning:
      'The name server could not answer: the zone is broken, or its servers cannot be reached.',
    when: 'After a question about a name whose DNS is out of order.',
    action: 'This is temporary: the mail stays in the queue and is retried later.',
    rfc: 'RFC 1035 §4.1.1',
  },
  'dns.outcome.timeout': {
    title: 'Timeout — no name server answered',
    meaning: 'The resolver sent the question and got no answer in time.',
    when: 'When the DNS server is down or a firewall blocks port 53.',
    action:
      'This is temporary, like SERVFAIL: queue and retry. dig says "connection timed out; no servers could be reached".',
    rfc: 'RFC 1035 §7.2',
  },
  'dns.mx.found': {
    title: 'MX hosts found — the order to try them',
    meaning:
      'The domain has MX records. They are sorted by preference, lowest first; hosts of equal preference are shuffled to share the load.',
    when: 'After the MX question and one address question per host.',
    action: 'The sender connects to the first host on port 25, then tries the next if it fails.',
    rfc: 'RFC 5321 §5.1',
    difference:
      "The shuffle is drawn from the world's seed, so a given world always tries hosts in the same order.",
  },
  'dns.mx.implicitMx': {
    title: 'Implicit MX — no MX record, the domain itself is used',
    meaning:
      'The domain has no MX record at all, so its own A/AAAA address is used as if it were an MX with preference 0.',
    when: 'When the MX question answers NODATA.',
    action:
      'If that address is a web server without port 25 open, mail waits and then bounces: publish an MX record.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.nxdomain': {
    title: 'Domain not found — permanent failure (5.4.4)',
    meaning: 'Neither the MX nor the A question found the domain: it does not exist.',
    when: 'Postfix asks MX, then A, and reports the A error: "Host or domain name not found. Name service error for name=… type=A: Host not found".',
    action: 'The message bounces at once. Correct the recipient address.',
    rfc: 'RFC 5321 §5.1, RFC 3463 (5.4.4)',
  },
  'dns.mx.nodata': {
    title: 'No MX and no address — permanent failure (5.4.4)',
    meaning: 'The domain exists but has neither MX nor A record, so there is nowhere to deliver.',
    when: 'Postfix reports "… type=A: Host found but no data record of requested type".',
    action: 'The message bounces. The domain owner must publish an MX record.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.temporary': {
    title: 'DNS failure — temporary (4.4.3)',
    meaning:
      'The DNS did not answer (SERVFAIL or timeout), so nothing is known about the domain yet.',
    when: 'Postfix logs "… type=MX: Host not found, try again" and defers the message.',
    action: 'The message stays in the queue and is retried. Only NXDOMAIN is permanent.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.nullMx': {
    title: 'Null MX — the domain accepts no mail',
    meaning: 'The single record "MX 0 ." says that this domain never receives mail.',
    when: 'Postfix stops at once with "Domain … does not accept mail (nullMX)" (5.1.0), without trying the A record.',
    action: 'The message bounces. A server that checks addresses answers 556 5.1.10 to RCPT.',
    rfc: 'RFC 7505 §3',
  },
  'dns.mx.malformedMx': {
    title: 'Invalid MX — an address or an alias instead of a host name',
    meaning:
      'An MX record must name a host that has its own address records. It may not be an IP address, nor an alias (CNAME).',
    when: 'Found while reading the MX answer.',
    action: 'The message bounces (5.4.4). The domain owner must point the MX at a real host name.',
    rfc: 'RFC 5321 §5.1, RFC 2181 §10.3',
    difference:
      'Postfix follows an MX that points at an alias and only warns about a numeric one; the simulator refuses both, as the RFCs say, so the mistake is visible.',
  },
  'dns.mx.noAddress': {
    title: 'No MX host has an address',
    meaning: 'The MX records exist, but none of their host names has an A or AAAA record.',
    when: 'Postfix logs "warning: no MX host for … has a valid address record".',
    action:
      'The message bounces (5.4.4), or is retried (4.4.3) if an address lookup failed temporarily. Add the missing A record.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.loopsBack': {
    title: 'Mail loops back to myself (5.4.6)',
    meaning:
      'The sending server is itself the best MX of the domain, yet it does not think the domain is its own.',
    when: 'After the MX lookup, when the sender finds its own name or address among the hosts.',
    action:
      "Add the domain to the server's local domains (mydestination or virtual domains), or fix the MX record.",
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.noPrimaryRelay': {
    title: 'Unable to find the primary relay (4.4.4)',
    meaning:
      'The sending server is a backup MX; the better MX exists but has no address right now.',
    when: 'After the MX lookup, when only hosts of the same or worse preference than the sender remain.',
    action: 'The message waits in the queue. Fix the address record of the primary MX.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.found': {
    title: 'Domain can receive mail',
    meaning: 'The domain has an MX record or an address, so mail can be delivered to it.',
    when: 'Checked by a server with reject_unknown_sender_domain or reject_unknown_recipient_domain, at MAIL FROM or RCPT TO.',
    action: 'Nothing to do: the check passes.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.notFound': {
    title: 'Domain not found',
    meaning: 'The domain has no MX record and no address: no reply could ever reach it.',
    when: 'Postfix answers 450 4.1.8 (sender) or 450 4.1.2 (recipient) "Domain not found"; 550 when unknown_address_reject_code = 550.',
    action: 'Check the spelling of the address, or publish the missing records.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.nullMx': {
    title: 'Domain refuses all mail (null MX)',
    meaning: 'The domain publishes "MX 0 .": it neither sends replies nor receives mail.',
    when: 'Postfix answers 550 5.7.27 for a sender, 556 5.1.10 for a recipient.',
    action: 'Use another address: this domain never accepts mail.',
    rfc: 'RFC 7505 §4',
  },
  'dns.domain.temporary': {
    title: 'Domain check failed for now',
    meaning: 'The DNS did not answer, so the server cannot tell whether the domain exists.',
    when: 'At MAIL FROM or RCPT TO, when the DNS answers SERVFAIL or times out; Postfix answers with a 450.',
    action: 'The sending server keeps the message and tries again later.',
    rfc: 'RFC 5321 §4.2.1',
  },
  'dns.dnsbl.listed': {
    title: 'Client listed on a DNS blocklist',
    meaning:
      'The reversed client address asked under the blocklist zone answered 127.0.0.x: the list knows it as a spam source.',
    when: 'Asked by the receiving server when the client connects; Postfix rejects at RCPT with 554 5.7.1 … blocked using ….',
    action:
      "Clean the machine, then ask the list for removal; send through your provider's submission server.",
    rfc: 'RFC 5782 §2.1',
  },
  'dns.dnsbl.notListed': {
    title: 'Client not listed',
    meaning: 'The blocklist answered NXDOMAIN: it has nothing against this address.',
    when: 'Asked by the receiving server when the client connects.',
    action: 'Nothing to do: the session goes on.',
    rfc: 'RFC 5782 §2.1',
  },
};

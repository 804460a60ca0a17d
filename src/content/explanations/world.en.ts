import type { ExplanationCatalogue } from './types';

/**
 * What a student reads about the world around the protocols: TCP connections, TLS, DNS
 * questions, the queue of each MTA, deliveries into mailboxes, and the servers' mail logs.
 */
export const worldEn: ExplanationCatalogue = {
  'tcp.connect': {
    title: 'TCP connection',
    meaning: 'The client opens a TCP connection to a port of the server (three-way handshake).',
    when: 'Before any protocol command: 25 between mail servers, 587 or 465 for submission, 993 or 143 for IMAP, 995 or 110 for POP3, 24 for LMTP.',
    action: 'Wait for the server to speak first: SMTP, POP3 and IMAP servers send a greeting.',
    rfc: 'RFC 9293 §3.5',
  },
  'tcp.refused': {
    title: 'Connection refused',
    meaning:
      'The host answered with a TCP reset: nothing listens on that port, or a firewall rejects it.',
    when: 'Right after the connection attempt, one round trip later.',
    action:
      'Check the port number and that the service runs. An MTA tries the next MX, then retries later.',
    rfc: 'RFC 9293 §3.10.7.1',
  },
  'tcp.timeout': {
    title: 'Connection timed out',
    meaning: 'No answer at all came back: a firewall drops the packets, or the host is down.',
    when: 'After the client gave up waiting (30 seconds here).',
    action: 'Check firewalls (an ISP often blocks port 25) and whether the host is up.',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'tcp.unreachable': {
    title: 'Host unreachable',
    meaning: 'No route leads to this address: the host is off or the address is wrong.',
    when: 'After the connection attempt timed out.',
    action: 'Check the address in DNS and the network path. An MTA keeps the message and retries.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'tcp.close.quit': {
    title: 'Connection closed after QUIT',
    meaning: 'The session ended normally: the client said goodbye and the server closed.',
    when: 'After the reply to QUIT (or LOGOUT in IMAP).',
    action: 'Nothing to do: this is the normal end.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  'tcp.close.drop': {
    title: 'Connection dropped',
    meaning: 'One side hung up without a goodbye.',
    when: 'At any moment of the session.',
    action:
      'In POP3, deletions are not applied without QUIT. In SMTP, a message without its final dot is not accepted.',
  },
  'tcp.close.timeout': {
    title: 'Closed after a timeout',
    meaning: 'One side waited too long for the other and gave up.',
    when: 'After the timeout of the current state (for example 300 s for an SMTP command).',
    action: 'Find out why the other side went silent (a missing final dot, a stuck client).',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'tcp.close.refused': {
    title: 'Closed by a refusing server',
    meaning: 'The server refused the session from the start and closed the connection.',
    when: 'Right after the greeting (421 or 554).',
    action: 'Read the greeting: it says why. An MTA tries another MX or later.',
  },
  'tcp.close.error': {
    title: 'Closed after too many errors',
    meaning: 'The server ended a session that made too many errors.',
    when: 'After the error limit (Postfix: 20 errors).',
    action: 'Fix the commands the client sends.',
  },
  'tcp.close.policy': {
    title: 'Closed by the server’s policy',
    meaning:
      'The server closed the connection because of something it does not allow (for example a bare LF).',
    when: 'Right after the forbidden input.',
    action: 'Read the last reply: it names the rule.',
  },
  'tls.handshake': {
    title: 'TLS handshake',
    meaning:
      'Client and server agree on keys; from now on everything on this connection is encrypted.',
    when: 'Right after the connection (implicit TLS: 465, 993, 995) or after STARTTLS / STLS.',
    action: 'Continue the session: an eavesdropper now sees only ciphertext.',
    rfc: 'RFC 8446; RFC 8314 §3',
  },
  'tls.wrongVersion': {
    title: 'TLS failed: wrong version number',
    meaning:
      'The client expected TLS from the first byte but the server sent a plain-text greeting (or the other way round).',
    when: 'At the start of a connection on the wrong port or with the wrong TLS mode.',
    action: 'Use 465/993/995 with implicit TLS, 587/143/110 with STARTTLS.',
    rfc: 'RFC 8314 §3',
  },
  'smtp.data': {
    title: 'The message itself',
    meaning:
      'The header and body of the message, sent after 354, ended by a line with a single dot.',
    when: 'After the server answered 354 to DATA.',
    action: 'Wait for the final reply: 250 means the server took responsibility for the message.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'lmtp.data': {
    title: 'The message, handed to the mailbox server',
    meaning: 'The MX sends the message to the mailbox server, as in SMTP.',
    when: 'After 354 to DATA on the LMTP connection.',
    action: 'Read one reply per recipient after the final dot.',
    rfc: 'RFC 2033 §4.2',
  },
  'dns.type.A': {
    title: 'Question: the IPv4 address of a name',
    meaning: 'The host asks its resolver for the A record of a name.',
    when: 'Before connecting to a server, or to confirm a reverse name.',
    action: 'Read the answer: the address to connect to, or why there is none.',
    rfc: 'RFC 1035 §3.4.1',
  },
  'dns.type.AAAA': {
    title: 'Question: the IPv6 address of a name',
    meaning: 'The host asks its resolver for the AAAA record of a name.',
    when: 'Before connecting over IPv6, or in an SPF check from an IPv6 client.',
    action: 'Read the answer: the address, or why there is none.',
    rfc: 'RFC 3596',
  },
  'dns.type.MX': {
    title: 'Question: who receives mail for this domain?',
    meaning: 'The sending MTA asks for the MX records of the recipient’s domain.',
    when: 'When the queue manager relays a message to another domain, or when SPF meets an "mx" mechanism.',
    action: 'Read the MX hosts and their preferences; the lowest is tried first.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.type.TXT': {
    title: 'Question: the text records of a name',
    meaning: 'TXT records hold SPF policies, DKIM public keys and DMARC policies.',
    when: 'When the MX checks the sender: SPF at the sender’s domain, DKIM at <selector>._domainkey, DMARC at _dmarc.',
    action: 'Read the policy in the answer; no record means "none".',
    rfc: 'RFC 7208 §4.4; RFC 6376 §3.6.2; RFC 7489 §6.1',
  },
  'dns.type.PTR': {
    title: 'Question: the name of an address (reverse DNS)',
    meaning: 'The server asks which name belongs to the client’s IP address.',
    when: 'As soon as a client connects to an MX; the name appears in Received: and in the logs.',
    action: 'A missing or unconfirmed PTR makes the client "unknown", and some servers refuse it.',
    rfc: 'RFC 1035 §3.5',
  },
  'dns.type.CNAME': {
    title: 'Question: is this name an alias?',
    meaning: 'The host asks for the canonical name behind an alias.',
    when: 'When a name it needs points elsewhere.',
    action: 'Follow the alias; an MX target must not be an alias.',
    rfc: 'RFC 1034 §3.6.2',
  },
  'mailbox.delivered': {
    title: 'Saved in the mailbox',
    meaning:
      'The message is written into the recipient’s INBOX, with Return-Path: and Delivered-To: on top.',
    when: 'At final delivery: after LMTP on the mailbox server, or local delivery on the provider.',
    action: 'The recipient’s client can now fetch it with IMAP or POP3.',
    rfc: 'RFC 5321 §4.4',
  },
  'queue.active': {
    title: 'Queue: delivery attempt',
    meaning:
      'The queue manager (Postfix qmgr) takes the message and tries its recipients: from=, size and number of recipients.',
    when: 'Just after the message was accepted, and again at each retry.',
    action: 'Follow the next status= line for each recipient.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.removed': {
    title: 'Queue: message removed',
    meaning: 'Every recipient is done (delivered, bounced or expired): the queue file is deleted.',
    when: 'After the last status= line of the message.',
    action: 'Nothing left in mailq for this message.',
  },
  'queue.status.sent': {
    title: 'status=sent',
    meaning: 'The next hop accepted this recipient: the message is now its responsibility.',
    when: 'After 250 at the end of data (or "delivered to mailbox" for local delivery).',
    action: 'Look at the next hop to follow the message further.',
    rfc: 'RFC 5321 §6.1',
  },
  'queue.status.deferred': {
    title: 'status=deferred — will retry',
    meaning: 'A temporary failure (4xx reply, timeout, DNS failure): the message stays queued.',
    when: 'After a failed attempt. Postfix retries after 300 s, then doubles the wait up to 4000 s.',
    action: 'Read the reason in parentheses. After 5 days the message is returned to the sender.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.status.bounced': {
    title: 'status=bounced — permanent failure',
    meaning: 'A 5xx reply or a permanent error: this recipient will never get the message.',
    when: 'At once, after the refusal.',
    action:
      'A bounce goes back to the envelope sender. Read the reason: user unknown, policy, and so on.',
    rfc: 'RFC 5321 §4.2.5',
  },
  'queue.status.expired': {
    title: 'status=expired, returned to sender',
    meaning:
      'The message waited in the queue for the whole queue lifetime (5 days by default) without success.',
    when: 'At the first failed attempt after the lifetime.',
    action:
      'The sender receives a bounce with the last temporary error (Status: 4.x.x, Action: failed).',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.bounce': {
    title: 'Bounce: Undelivered Mail Returned to Sender',
    meaning:
      'The MTA that held the message writes a delivery status notification to the envelope sender, from the null sender <>.',
    when: 'After a permanent failure or an expiry, never about a bounce itself.',
    action: 'The sender reads Status: and Diagnostic-Code: in the report to learn what went wrong.',
    rfc: 'RFC 3464; RFC 5321 §4.5.5',
  },
  'queue.delayWarning': {
    title: 'Warning: Delayed Mail (still being retried)',
    meaning:
      'The message has waited longer than delay_warning_time; the sender is told, and the MTA keeps trying.',
    when: 'Once, when a deferred message reaches the warning age.',
    action: 'No need to resend. Check the recipient’s domain or server.',
    rfc: 'RFC 3464 §2.3.3',
  },
  'log.smtpd.connect': {
    title: 'Log: connect from',
    meaning:
      'Postfix smtpd notes a new client with its reverse name and address ("unknown" without a confirmed PTR).',
    when: 'When a client connects to port 25, 587 or 465.',
    action: 'Use the name and address to follow this client in the log.',
  },
  'log.smtpd.client': {
    title: 'Log: client=',
    meaning:
      'smtpd has created a queue file for a message from this client; sasl_username shows who logged in.',
    when: 'When a message is accepted.',
    action: 'Search the log for this queue id to follow the message.',
  },
  'log.smtpd.reject': {
    title: 'Log: NOQUEUE: reject',
    meaning:
      'smtpd refused a recipient; no queue file was made. The line gives the reply, from=, to= and helo=.',
    when: 'When a RCPT TO gets a 4xx or 5xx reply.',
    action: 'Read the reply text: relay denied, user unknown, blocklist, SPF, greylisting …',
    rfc: 'RFC 5321 §4.2',
  },
  'log.smtpd.milterReject': {
    title: 'Log: milter-reject at END-OF-MESSAGE',
    meaning: 'A content filter (here the DMARC milter) refused the message after its data.',
    when: 'At the end of data.',
    action: 'Read the reason; for DMARC, check SPF and DKIM alignment with From:.',
    rfc: 'RFC 7489 §6.6',
  },
  'log.smtpd.disconnect': {
    title: 'Log: disconnect from',
    meaning:
      'smtpd sums up the session: each command with how many succeeded (rcpt=0/1: one sent, none accepted).',
    when: 'When the connection ends.',
    action: 'An x/y count points to the command that failed.',
  },
  'log.cleanup': {
    title: 'Log: message-id=',
    meaning: 'Postfix cleanup notes the Message-ID of the message it wrote into the queue.',
    when: 'Right after the message was accepted.',
    action: 'Use the Message-ID to find the same message on other servers.',
  },
  'log.qmgr': {
    title: 'Log: the queue manager',
    meaning:
      'qmgr lines: a message enters the active queue (from=, size=, nrcpt=), expires, or is removed.',
    when: 'At each attempt and at the end of a message’s life in the queue.',
    action: 'Follow the queue id through the delivery lines that come next.',
  },
  'log.delivery': {
    title: 'Log: to=, relay=, delay=, dsn=, status=',
    meaning:
      'The delivery agent (smtp, lmtp or local) reports one recipient: where it went, how long it took, and the result.',
    when: 'After each delivery attempt.',
    action: 'status=sent is done; deferred will be retried; bounced goes back to the sender.',
    rfc: 'RFC 3463',
  },
  'log.bounce': {
    title: 'Log: sender notification',
    meaning: 'The bounce daemon queued a report for the sender, with its own queue id.',
    when: 'After a bounce, an expiry or a delay warning.',
    action: 'Follow the new queue id: that message goes to the sender from <>.',
    rfc: 'RFC 3464',
  },
  'log.lmtp.connect': {
    title: 'Log: Dovecot LMTP connection',
    meaning: 'Dovecot’s LMTP service accepts a delivery connection from the MX.',
    when: 'When the MX hands over a message.',
    action: 'The next lines show each mailbox it saved into.',
    rfc: 'RFC 2033',
  },
  'log.lmtp.saved': {
    title: 'Log: saved mail to INBOX',
    meaning: 'Dovecot wrote the message into the user’s mailbox.',
    when: 'At final delivery.',
    action: 'If the user does not see it, look at their client or filters, not at the servers.',
  },
  'log.imap-login.login': {
    title: 'Log: imap-login: Login',
    meaning: 'A user logged in over IMAP: who, from which address, and whether TLS protected it.',
    when: 'After a successful LOGIN or AUTHENTICATE.',
    action: 'A login without TLS would expose the password.',
    rfc: 'RFC 3501 §6.2.3',
  },
  'log.pop3-login.login': {
    title: 'Log: pop3-login: Login',
    meaning: 'A user logged in over POP3: who, from which address, and whether TLS protected it.',
    when: 'After a successful USER/PASS or AUTH.',
    action: 'A login without TLS would expose the password.',
    rfc: 'RFC 1939 §7',
  },
};

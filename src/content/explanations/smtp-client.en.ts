import type { ExplanationCatalogue } from './types';

/**
 * What a student reads about the sending side of SMTP and LMTP: the client's states, why it
 * gave up, and what its outcome means. The commands it sends are explained in smtp.*.ts.
 */
export const smtpClientEn: ExplanationCatalogue = {
  // States of the client machine
  'smtpClient.state.connecting': {
    title: 'Connecting',
    meaning: 'The client has opened a TCP connection to the server and has not heard from it yet.',
    when: 'At the very start of the session.',
    action: 'Next comes the TLS handshake (port 465) or the server greeting.',
    rfc: 'RFC 5321 §3.1',
  },
  'smtpClient.state.awaitingTlsHandshake': {
    title: 'TLS handshake',
    meaning:
      'Client and server agree on encryption keys and the server shows its certificate. Nothing SMTP travels meanwhile.',
    when: 'Before the greeting on port 465, or after "220 2.0.0 Ready to start TLS".',
    action: 'After STARTTLS the client forgets the old extension list and says EHLO again.',
    rfc: 'RFC 3207 §4.2, RFC 8314 §3',
  },
  'smtpClient.state.awaitingGreeting': {
    title: 'Waiting for the greeting',
    meaning: 'The client waits for the server to speak first with a 220 line.',
    when: 'Right after the connection (or the TLS handshake on 465).',
    action: 'On 220 the client says EHLO. On 421 or 554 it gives up.',
    rfc: 'RFC 5321 §3.1',
  },
  'smtpClient.state.awaitingEhlo': {
    title: 'Waiting for the EHLO (or LHLO) reply',
    meaning: 'The client introduced itself and waits for the list of extensions.',
    when: 'After the greeting, and again after STARTTLS.',
    action:
      'If the server does not know EHLO, the client tries HELO. In LMTP there is no fallback.',
    rfc: 'RFC 5321 §4.1.1.1, RFC 2033 §4.1',
  },
  'smtpClient.state.awaitingHelo': {
    title: 'Waiting for the HELO reply',
    meaning: 'The server refused EHLO, so the client uses the old greeting, without extensions.',
    when: 'After a 5xx or 4xx reply to EHLO.',
    action: 'After HELO the client uses no extension: no STARTTLS, no AUTH, no SIZE.',
    rfc: 'RFC 5321 §3.2',
  },
  'smtpClient.state.negotiating': {
    title: 'Choosing the next step',
    meaning:
      'The client reads the extension list and decides: STARTTLS first, then AUTH, then the mail transaction.',
    when: 'After each successful EHLO, HELO, STARTTLS or AUTH.',
    action: 'A client never uses an extension the server did not advertise.',
    rfc: 'RFC 5321 §2.2.2',
  },
  'smtpClient.state.awaitingStarttls': {
    title: 'Waiting for the STARTTLS reply',
    meaning: 'The client asked to switch the connection to TLS.',
    when: 'After EHLO, when the server listed STARTTLS.',
    action:
      'On 220 the handshake starts. On a refusal, a mail client on 587 stops; a relay on 25 goes on in clear.',
    rfc: 'RFC 3207 §4',
  },
  'smtpClient.state.awaitingAuth': {
    title: 'Authenticating',
    meaning:
      'The client proves who the user is. Each 334 is a question (in base64) that the client answers on its own line.',
    when: 'After EHLO under TLS, on the submission port.',
    action: '235 means success. 535 means a wrong user name or password.',
    rfc: 'RFC 4954 §4',
  },
  'smtpClient.state.awaitingMail': {
    title: 'Waiting for the MAIL FROM reply',
    meaning: 'The client gave the envelope sender and waits for the server to accept it.',
    when: 'At the start of the mail transaction.',
    action: 'With PIPELINING, the RCPT and DATA commands already left with MAIL FROM.',
    rfc: 'RFC 5321 §4.1.1.2, RFC 2920 §3.1',
  },
  'smtpClient.state.awaitingRcpt': {
    title: 'Waiting for a RCPT TO reply',
    meaning: 'Each recipient gets its own reply: some may be accepted and others refused.',
    when: 'After MAIL FROM, once per recipient.',
    action: 'If at least one recipient is accepted, the client sends DATA; otherwise it says QUIT.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  'smtpClient.state.awaitingData': {
    title: 'Waiting for the DATA reply',
    meaning: 'The client asked to send the message and waits for 354.',
    when: 'After the last RCPT TO reply.',
    action:
      'On 354 the client sends the message, dot-stuffed, and ends it with a line holding only a dot.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'smtpClient.state.awaitingDataEnd': {
    title: 'Waiting for the reply to the final dot',
    meaning:
      'The whole message has been sent. In SMTP one reply comes; in LMTP one reply per accepted recipient.',
    when: 'After the line holding only a dot.',
    action: 'A 250 means the server now takes responsibility for the message.',
    rfc: 'RFC 5321 §4.2.5, RFC 2033 §4.2',
  },
  'smtpClient.state.awaitingQuit': {
    title: 'Saying goodbye',
    meaning: 'The client sent QUIT and waits for 221 before closing.',
    when: 'After the transaction, or after a refusal that ends it.',
    action: 'Nothing more: the connection closes.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  'smtpClient.state.done': {
    title: 'Session over',
    meaning: 'The connection is closed and the outcome of each recipient is known.',
    when: 'After 221, a 421, a timeout or a lost connection.',
    action:
      'A queue manager retries the deferred recipients later and writes a bounce for the refused ones.',
    rfc: 'RFC 5321 §4.5.4.1',
  },

  // Why the client gave up
  'smtpClient.failure.reply': {
    title: 'Refused by the server',
    meaning:
      'The server answered with an error code. 4xx is temporary: keep the message and try later. 5xx is permanent.',
    when: 'At any step: greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA or the final dot.',
    action:
      'Read the enhanced code and the text: they say what is wrong (user unknown, relay denied, mailbox full…).',
    rfc: 'RFC 5321 §4.2.1, RFC 3463',
  },
  'smtpClient.failure.tlsNotOffered': {
    title: 'TLS required but not offered',
    meaning: 'The client must encrypt, and the server did not list STARTTLS.',
    when: 'After EHLO, before any password is sent.',
    action: 'Check the port and the security setting: STARTTLS on 587, or implicit TLS on 465.',
    rfc: 'RFC 3207 §4, RFC 8314 §3',
  },
  'smtpClient.failure.authNotOffered': {
    title: 'AUTH not offered by the server',
    meaning:
      'The client has a password to send, but the server did not list AUTH. Usually it only offers AUTH after STARTTLS.',
    when: 'After EHLO, when the client should authenticate.',
    action: 'Turn on STARTTLS (587) or implicit TLS (465) in the mail client.',
    rfc: 'RFC 4954 §4',
    difference:
      "The words are those of Python's smtplib. Postfix, as a relay, would send without AUTH.",
  },
  'smtpClient.failure.noSuitableMechanism': {
    title: 'No shared authentication method',
    meaning:
      'The server offers AUTH, but not the mechanism the client is set to use (PLAIN or LOGIN).',
    when: 'After EHLO, before AUTH.',
    action: 'Choose a mechanism the server lists on its AUTH line.',
    rfc: 'RFC 4954 §4, RFC 4422 §3.1',
  },
  'smtpClient.failure.messageTooBig': {
    title: 'Message larger than the server accepts',
    meaning:
      'The server announced a size limit with SIZE, and the message is bigger. The client does not even try.',
    when: 'After EHLO, before MAIL FROM.',
    action:
      'Send a smaller message (a link instead of the attachment), or raise the limit on the server.',
    rfc: 'RFC 1870 §6',
  },
  'smtpClient.failure.timeout': {
    title: 'No reply in time',
    meaning:
      'The server did not answer within the client timeout (5 minutes for most steps, 10 after the final dot).',
    when: 'While the client waits for a reply.',
    action:
      'The message stays in the queue and is tried again later. Check the network and the server load.',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'smtpClient.failure.lostConnection': {
    title: 'Connection lost',
    meaning:
      'The server closed the connection without a reply. The client acts as if it had received a 451.',
    when: 'At any time before the end of the transaction.',
    action: 'The message stays in the queue and is tried again later.',
    rfc: 'RFC 5321 §3.8',
  },
  'smtpClient.failure.malformed': {
    title: 'Not an SMTP reply',
    meaning:
      'The server sent a line that does not start with a three-digit code. It may not be an SMTP server at all.',
    when: 'At any time, often right at the greeting.',
    action:
      'Check the port: a POP3 server answers +OK, an HTTP server answers something else entirely.',
    rfc: 'RFC 5321 §4.2',
    difference: "The words of this error are the simulator's own.",
  },

  // Outcome of a session
  'smtpClient.result.delivered': {
    title: 'Accepted by the server',
    meaning:
      'The server answered 250 after the final dot for every recipient: it now takes responsibility.',
    when: 'At the end of the session.',
    action:
      'This is not yet "in Bob\'s mailbox": the next server may still fail, and then it sends a bounce.',
    rfc: 'RFC 5321 §4.2.5, §6.1',
  },
  'smtpClient.result.deferred': {
    title: 'Deferred',
    meaning: 'A temporary failure (4xx, timeout, lost connection): nothing is lost.',
    when: 'At the end of the session.',
    action: 'The queue tries again later, for up to 5 days, then bounces.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'smtpClient.result.bounced': {
    title: 'Refused for good',
    meaning: 'A permanent failure (5xx): trying again will not help.',
    when: 'At the end of the session.',
    action:
      'A relay writes a bounce to the envelope sender; a mail client shows the error to the user.',
    rfc: 'RFC 5321 §4.2.1, RFC 3464',
  },
  'smtpClient.result.partial': {
    title: 'Some recipients accepted, others not',
    meaning: 'Each recipient has its own outcome: delivered, deferred or refused.',
    when: 'At the end of the session.',
    action: 'Read the outcome of each recipient: only the refused ones get a bounce.',
    rfc: 'RFC 5321 §3.3',
  },
};

import type { ExplanationCatalogue } from './types';

/**
 * What a student reads about LMTP (RFC 2033) as Dovecot LMTP 2.3.19 speaks it. Commands and
 * replies LMTP shares with SMTP are explained in the SMTP catalogue (`smtp.*` keys).
 */
export const lmtpEn: ExplanationCatalogue = {
  'lmtp.command.LHLO': {
    title: 'LHLO — hello, LMTP style',
    meaning:
      'LMTP’s own hello, used instead of EHLO. It tells the server the client knows LMTP, where each recipient gets its own answer after the data.',
    when: 'First command after the greeting, from the MX to the mailbox server.',
    action: 'Read the extension list, then send MAIL FROM.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.greeting': {
    title: '220 — mailbox server ready',
    meaning: 'The mailbox server (Dovecot LMTP) accepts the delivery connection.',
    when: 'As soon as the MX connects, usually on port 24 or a local socket.',
    action: 'Send LHLO.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.lhlo': {
    title: '250 — hello, and my extensions',
    meaning: 'The first line names the mailbox server; the others list its extensions.',
    when: 'After LHLO.',
    action: 'Send MAIL FROM.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.unknownCommand': {
    title: '500 5.5.1 — unknown command',
    meaning: 'Dovecot LMTP does not know this command. EHLO and HELO do not exist in LMTP.',
    when: 'After EHLO, HELO or any unknown verb.',
    action: 'Use LHLO to say hello.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.mailOk': {
    title: '250 2.1.0 — sender accepted',
    meaning: 'The delivery transaction is open.',
    when: 'After MAIL FROM.',
    action: 'Send one RCPT TO per mailbox.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.rcptOk': {
    title: '250 2.1.5 — mailbox exists',
    meaning: 'The mailbox server knows this user.',
    when: 'After RCPT TO.',
    action: 'Add more recipients, or send DATA.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.dataStart': {
    title: '354 — send the message',
    meaning: 'The mailbox server waits for the message, ended by a line holding only a dot.',
    when: 'After DATA.',
    action: 'Send the message and the end dot; then read one reply per recipient.',
    rfc: 'RFC 2033 §4.2',
  },
  'lmtp.reply.ok': {
    title: '250 2.0.0 — OK',
    meaning: 'The command worked.',
    when: 'After RSET or NOOP.',
    action: 'Go on.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.saved': {
    title: '250 2.0.0 — saved in the mailbox',
    meaning: 'The message is now in this recipient’s mailbox. This is final delivery, not a queue.',
    when: 'After the end of the data: one reply per accepted recipient, in RCPT order.',
    action: 'The recipient can now read it with POP3 or IMAP.',
    rfc: 'RFC 2033 §4.2',
  },
  'lmtp.reply.userDoesntExist': {
    title: '550 5.1.1 — user does not exist',
    meaning: 'The mailbox server has no user with this address.',
    when: 'After RCPT TO.',
    action:
      'The MX bounces the message for this recipient. Check the address or the user database.',
    rfc: 'RFC 2033 §4; RFC 3463',
  },
  'lmtp.reply.quotaExceeded': {
    title: '552 5.2.2 — mailbox full',
    meaning:
      'This recipient’s mailbox is over its quota. The refusal is permanent: the message bounces.',
    when: 'After the end of the data, for this recipient only.',
    action: 'The user deletes (and expunges) mail, or the administrator raises the quota.',
    rfc: 'RFC 2033 §4.2; RFC 3463',
  },
  'lmtp.reply.quotaExceededTemporary': {
    title: '452 4.2.2 — mailbox full, try later',
    meaning:
      'The mailbox is over its quota, but the server says it is temporary (quota_full_tempfail). The MX keeps the message and retries.',
    when: 'After the end of the data, for this recipient only.',
    action: 'Free space in the mailbox before the MX gives up (5 days by default).',
    rfc: 'RFC 2033 §4.2; RFC 3463',
  },
};

import type { ExplanationCatalogue } from './types';

/** POP3 commands and Dovecot 2.3 replies, explained for students (English). */
export const pop3En: ExplanationCatalogue = {
  // ── commands ────────────────────────────────────────────────────────────────────────────
  'pop3.command.USER': {
    title: 'USER — the mailbox name',
    meaning: 'The client says which mailbox it wants to open. The password follows with PASS.',
    when: 'AUTHORIZATION state, before PASS.',
    action: 'The server answers +OK without checking the name, then waits for PASS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.PASS': {
    title: 'PASS — the password, in clear',
    meaning:
      'The client sends the password exactly as typed. Anyone who can read the connection can read it, unless TLS protects it.',
    when: 'AUTHORIZATION state, right after USER.',
    action: 'If the password is right the server locks the maildrop and enters TRANSACTION.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.APOP': {
    title: 'APOP — log in with a digest',
    meaning:
      'Instead of the password the client sends MD5(greeting timestamp + secret). MD5 is weak today, so servers rarely enable it.',
    when: 'AUTHORIZATION state, only if the greeting carried a <timestamp>.',
    action: 'Use USER/PASS or AUTH over TLS instead.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.AUTH': {
    title: 'AUTH — log in with SASL',
    meaning:
      'The client names a SASL mechanism (PLAIN, LOGIN…) and may add a first answer in base64. Without a mechanism, it asks for the list.',
    when: 'AUTHORIZATION state.',
    action: 'The server answers "+ " to ask for more, +OK when logged in, or -ERR.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.command.saslResponse': {
    title: 'SASL answer (base64)',
    meaning:
      'The client answers the server\'s "+ " challenge with a base64 line. For PLAIN it holds the user name and the password: base64 is an encoding, not encryption.',
    when: 'After AUTH, when the server sent "+ ".',
    action: 'Send "*" instead to cancel the exchange.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.command.STLS': {
    title: 'STLS — switch to TLS',
    meaning: 'The client asks to encrypt the connection before sending any password.',
    when: 'AUTHORIZATION state, once, and only if CAPA listed STLS.',
    action: 'After +OK both sides run the TLS handshake; the client should send CAPA again.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.command.CAPA': {
    title: 'CAPA — what can this server do?',
    meaning: 'The client asks for the list of extensions the server supports.',
    when: 'Any state; the list can change after STLS and after login.',
    action: 'Read the list: STLS means TLS is possible, USER that passwords in clear are accepted.',
    rfc: 'RFC 2449 §5',
  },
  'pop3.command.QUIT': {
    title: 'QUIT — end the session',
    meaning:
      'After login, QUIT is the only way into the UPDATE state, where messages marked by DELE are really removed.',
    when: 'Any state.',
    action: 'The server answers +OK and closes the connection.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.command.STAT': {
    title: 'STAT — how many messages, how big',
    meaning: 'The client asks for the number of messages and their total size in octets.',
    when: 'TRANSACTION state.',
    action: 'Messages marked deleted are not counted.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.LIST': {
    title: 'LIST — the size of each message',
    meaning:
      'Without argument: one line per message, number and size. With a number: that one only.',
    when: 'TRANSACTION state.',
    action: 'Sizes are in octets, counting the CRLF at the end of every line.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.RETR': {
    title: 'RETR — download a message',
    meaning: 'The client asks for the whole message: headers, empty line, body.',
    when: 'TRANSACTION state.',
    action: 'The message comes back as a multi-line response ending with a line holding only ".".',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.DELE': {
    title: 'DELE — mark a message for deletion',
    meaning: 'The message is only marked. It is removed later, in UPDATE, after QUIT.',
    when: 'TRANSACTION state.',
    action: 'RSET unmarks everything; a cut connection deletes nothing.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.NOOP': {
    title: 'NOOP — do nothing',
    meaning: 'The client checks that the server is still there.',
    when: 'TRANSACTION state.',
    action: 'The server answers +OK.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.RSET': {
    title: 'RSET — cancel the deletions',
    meaning: 'Every message marked by DELE is unmarked.',
    when: 'TRANSACTION state.',
    action: 'The server answers +OK; nothing will be deleted at QUIT unless DELE is sent again.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.TOP': {
    title: 'TOP — headers and the first lines',
    meaning:
      'TOP n k asks for the headers of message n, the empty line, and the first k lines of its body.',
    when: 'TRANSACTION state (optional command).',
    action: 'Clients use it to preview a message without downloading it all.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.UIDL': {
    title: 'UIDL — a lasting id for each message',
    meaning:
      'Message numbers change from one session to the next; UIDL ids do not. "Leave messages on the server" works by comparing them.',
    when: 'TRANSACTION state (optional command).',
    action: 'The client downloads only the ids it has not seen before.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.unknown': {
    title: 'A command the server does not know',
    meaning: 'This keyword is not a POP3 command, or not one this server accepts.',
    when: 'Any state.',
    action: 'The server answers -ERR; too many in a row and it closes the connection.',
    rfc: 'RFC 1939 §3',
  },

  // ── replies: AUTHORIZATION ──────────────────────────────────────────────────────────────
  'pop3.reply.greeting': {
    title: 'Greeting — the server is ready',
    meaning: 'The POP3 server accepted the connection. The session is in the AUTHORIZATION state.',
    when: 'Right after the TCP connection (port 110, or 995 with TLS).',
    action: 'The client may send CAPA, STLS, then log in.',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.capa': {
    title: 'Capability list',
    meaning: 'One extension per line, then ".". The list depends on the state and on TLS.',
    when: 'After CAPA.',
    action:
      'STLS: TLS is possible. USER: passwords in clear are accepted here. SASL: the AUTH mechanisms offered.',
    rfc: 'RFC 2449 §5',
  },
  'pop3.reply.userOk': {
    title: '+OK — name noted',
    meaning:
      'The server noted the name. It says +OK even for a user who does not exist, so that nobody can guess accounts.',
    when: 'After USER.',
    action: 'Send PASS with the password.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.loggedIn': {
    title: '+OK Logged in.',
    meaning: 'The password is right. The maildrop is open and its messages are numbered from 1.',
    when: 'After PASS or a successful AUTH.',
    action: 'The session is now in TRANSACTION: STAT, LIST, RETR, DELE…',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.authFailed': {
    title: 'Authentication failed',
    meaning:
      'The name or the password is wrong. The server does not say which one. [AUTH] marks a problem with the credentials.',
    when: 'After PASS or AUTH.',
    action:
      'Check the password. The server waits 2 seconds before answering to slow down guessing.',
    rfc: 'RFC 3206 §4',
    difference:
      'Dovecot waits auth_failure_delay (2 s) before sending this line; the simulator sends it at once and shows the delay here.',
  },
  'pop3.reply.plaintextDisallowed': {
    title: 'Password in clear refused',
    meaning:
      'The connection is not encrypted, and the server refuses to receive a password in clear on it.',
    when: 'After USER or PASS on port 110 without STLS.',
    action: 'Send STLS first, or connect to port 995 (TLS from the start).',
    rfc: 'RFC 8314 §3',
  },
  'pop3.reply.noUsername': {
    title: 'No username given',
    meaning: 'PASS came without a USER just before it.',
    when: 'After PASS.',
    action: 'Send USER then PASS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.apopDisabled': {
    title: 'APOP not enabled',
    meaning: 'This server does not accept APOP. Its greeting had no <timestamp>.',
    when: 'After APOP.',
    action: 'Log in with USER/PASS or AUTH, over TLS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.mechanisms': {
    title: 'SASL mechanisms',
    meaning: 'The mechanisms AUTH accepts on this connection, one per line.',
    when: 'After AUTH without argument.',
    action: 'Choose one and send AUTH with its name.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.unsupportedMechanism': {
    title: 'Unsupported mechanism',
    meaning:
      'The server does not offer this mechanism here. PLAIN and LOGIN are hidden where passwords in clear are refused.',
    when: 'After AUTH.',
    action: 'Use a mechanism listed by CAPA, after STLS if needed.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.invalidBase64': {
    title: 'Invalid base64',
    meaning: 'The SASL answer is not valid base64.',
    when: 'After AUTH with an initial answer, or after a "+ " challenge.',
    action: 'Encode the answer in base64 (RFC 4648).',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.saslChallenge': {
    title: '"+ " — the server waits for the next answer',
    meaning:
      'A SASL challenge in base64 (empty for PLAIN). For LOGIN it decodes to "Username:" then "Password:".',
    when: 'During AUTH.',
    action: 'Send the answer as one base64 line, or "*" to cancel.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.authAborted': {
    title: 'Authentication cancelled',
    meaning: 'The client sent "*" to stop the SASL exchange.',
    when: 'During AUTH.',
    action: 'The session stays in AUTHORIZATION; the client may try again.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.locked': {
    title: 'Mailbox in use',
    meaning:
      'Another POP3 session has this maildrop open, and this server allows only one at a time. [IN-USE] says so.',
    when: 'After a correct password.',
    action: 'Close the other client (or wait for it to QUIT), then log in again.',
    rfc: 'RFC 2449 §8.1.2',
  },
  'pop3.reply.tlsBegin': {
    title: 'Begin TLS negotiation',
    meaning: 'The server agrees to encrypt. The TLS handshake starts right after this line.',
    when: 'After STLS.',
    action: 'After the handshake, send CAPA again: the list changes (USER may appear).',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.tlsActive': {
    title: 'TLS already active',
    meaning: 'The connection is already encrypted (STLS was used, or port 995).',
    when: 'After STLS.',
    action: 'Nothing to do: log in.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.tlsUnavailable': {
    title: 'TLS not enabled',
    meaning: 'This server has no TLS certificate configured, so it cannot encrypt.',
    when: 'After STLS.',
    action: 'The administrator must configure TLS; do not send a password on this connection.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.logoutBeforeLogin': {
    title: '+OK Logging out (before login)',
    meaning: 'The client leaves before logging in. Nothing in the mailbox changes.',
    when: 'After QUIT in AUTHORIZATION.',
    action: 'The connection closes.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.reply.unknownBeforeLogin': {
    title: 'Unknown command (before login)',
    meaning:
      'Before login, the server knows only CAPA, USER, PASS, AUTH, APOP, STLS and QUIT. STAT or RETR come after login.',
    when: 'AUTHORIZATION state.',
    action: 'Log in first. After 3 bad commands in a row the server closes the connection.',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.tooManyBadBeforeLogin': {
    title: 'Too many bad commands (before login)',
    meaning: 'Three bad commands in a row: the server closes the connection.',
    when: 'AUTHORIZATION state.',
    action: 'Check the client, or the spelling of the commands typed by hand.',
  },
  'pop3.reply.inactivityDuringAuth': {
    title: 'Disconnected for inactivity during authentication',
    meaning:
      'The server sent a "+ " challenge and the client never answered before the 3-minute login timer ran out.',
    when: 'During AUTH.',
    action: 'The client must reconnect and finish the SASL exchange quickly.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.inputBufferFull': {
    title: 'Input buffer full',
    meaning:
      'Before login, a command line must fit in 1024 octets. This one is longer, so the server closes the connection.',
    when: 'AUTHORIZATION state.',
    action: 'Send shorter lines: RFC 1939 allows 40 characters per argument.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.lineTooLong': {
    title: 'Input line too long',
    meaning:
      'After login, a command line must fit in 2048 octets. This one is longer, so the server closes the connection, without UPDATE.',
    when: 'TRANSACTION state.',
    action: 'Send shorter lines. Nothing marked by DELE is removed.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.inactivity': {
    title: 'Disconnected for inactivity',
    meaning:
      'The client said nothing for too long (10 minutes after login, 3 minutes to log in). No UPDATE happens: nothing marked by DELE is removed.',
    when: 'Any state, when the timer runs out.',
    action: 'The client must reconnect. Deletions must be sent again, then QUIT.',
    rfc: 'RFC 1939 §3',
  },

  // ── replies: TRANSACTION ────────────────────────────────────────────────────────────────
  'pop3.reply.unknown': {
    title: 'Unknown command (after login)',
    meaning:
      'The server does not know this command in the TRANSACTION state. USER, PASS or STLS are no longer accepted after login.',
    when: 'TRANSACTION state.',
    action:
      'Check the command. After more than 20 errors in a row the server closes the connection.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.tooManyBad': {
    title: 'Too many bad commands',
    meaning:
      'More than 20 failed commands in a row: the server closes the connection, without UPDATE.',
    when: 'TRANSACTION state.',
    action: 'Nothing marked by DELE is removed. Reconnect.',
  },
  'pop3.reply.stat': {
    title: '+OK count size',
    meaning:
      'Number of messages, then their total size in octets. Messages marked deleted are left out.',
    when: 'After STAT.',
    action: 'Use LIST or UIDL to see each message.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.list': {
    title: 'Message list with sizes',
    meaning: 'One line per message: its number and its size in octets, then ".".',
    when: 'After LIST.',
    action: 'Messages marked deleted are not listed.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.listOne': {
    title: '+OK number size',
    meaning: 'The size of one message, in octets.',
    when: 'After LIST n.',
    action: 'Use RETR n to download it.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.retr': {
    title: '+OK n octets — the message follows',
    meaning:
      'The whole message follows, ended by a line holding only ".". A line of the message that starts with "." is sent with one more "." (byte-stuffing).',
    when: 'After RETR n.',
    action: 'The client removes the extra dot. Dovecot marks the message \\Seen, but only at QUIT.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.top': {
    title: '+OK — headers and first lines follow',
    meaning: 'The headers, the empty line, and the number of body lines asked for, then ".".',
    when: 'After TOP n k.',
    action: 'TOP does not mark the message \\Seen.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.dele': {
    title: 'Marked to be deleted',
    meaning: 'The message is marked, not removed. It disappears only at QUIT (UPDATE state).',
    when: 'After DELE n.',
    action: 'Send QUIT to apply, or RSET to cancel. If the connection drops, nothing is deleted.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.noop': {
    title: '+OK (NOOP)',
    meaning: 'The server is still there.',
    when: 'After NOOP.',
    action: 'Nothing changes.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.rset': {
    title: '+OK (RSET)',
    meaning: 'Every deletion mark is removed.',
    when: 'After RSET.',
    action: 'QUIT now deletes nothing.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.uidl': {
    title: 'Unique ids',
    meaning:
      'One line per message: its number and an id that stays the same across sessions. Dovecot builds it from the UID and the UIDVALIDITY, 8 hex digits each.',
    when: 'After UIDL.',
    action: 'The client compares these ids with those it already downloaded.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.uidlOne': {
    title: '+OK number id',
    meaning: 'The unique id of one message.',
    when: 'After UIDL n.',
    action: 'The same message keeps this id in the next session.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.noSuchMessage': {
    title: 'No such message',
    meaning: 'There is no message with this number. Numbers go from 1 to the count given by STAT.',
    when: 'After a command with a message number.',
    action: 'Use LIST to see the valid numbers.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.messageDeleted': {
    title: 'Message is deleted',
    meaning: 'This message is marked by DELE in this session, so it can no longer be used.',
    when: 'After RETR, LIST, TOP, UIDL or DELE of a marked message.',
    action: 'RSET unmarks it.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.invalidNumber': {
    title: 'Invalid message number',
    meaning: 'The argument does not start with a digit.',
    when: 'After a command that needs a message number.',
    action: 'Give a number, for example RETR 1.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.numberTooLarge': {
    title: 'Message number too large',
    meaning: 'The number does not fit in 32 bits.',
    when: 'After a command that needs a message number.',
    action: 'Use LIST to see the valid numbers.',
  },
  'pop3.reply.noiseAfterNumber': {
    title: 'Noise after the message number',
    meaning:
      'Something follows the number that should not be there, or TOP is missing its second argument.',
    when: 'After a command with a message number.',
    action: 'Send only the number (TOP needs "TOP n k").',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.invalidSize': {
    title: 'Invalid line count',
    meaning: 'The second argument of TOP is not a number.',
    when: 'After TOP.',
    action: 'Write TOP n k, for example TOP 1 10.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.sizeTooLarge': {
    title: 'Line count too large',
    meaning: 'The line count of TOP is too large a number.',
    when: 'After TOP.',
    action: 'Use RETR to get the whole message.',
  },
  'pop3.reply.noiseAfterSize': {
    title: 'Noise after the line count',
    meaning: 'Something follows the line count of TOP.',
    when: 'After TOP.',
    action: 'Write TOP n k and nothing more.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.messageExpunged': {
    title: 'Message expunged by another session',
    meaning:
      'The message was numbered at login, but another client (IMAP, for example) has removed it since.',
    when: 'After RETR or TOP.',
    action: 'Log in again to get a fresh list.',
  },

  // ── replies: UPDATE ─────────────────────────────────────────────────────────────────────
  'pop3.reply.logout': {
    title: '+OK Logging out.',
    meaning: 'The session ends normally. No message was marked, so none is removed.',
    when: 'After QUIT in TRANSACTION.',
    action: 'The connection closes. Messages read with RETR are now \\Seen.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.reply.logoutDeleted': {
    title: '+OK Logging out, messages deleted.',
    meaning: 'UPDATE state: the messages marked by DELE are now really removed from the server.',
    when: 'After QUIT in TRANSACTION.',
    action: 'The connection closes. An IMAP client will see the messages expunged.',
    rfc: 'RFC 1939 §6',
  },
};

import { describe, expect, it } from 'vitest';
import { allowedCommands, type SessionFacts } from '../../../src/state/sandbox-allowed';

const plain: SessionFacts = { tls: false, tlsLevel: 'may', awaitingContinuation: false };
const verbs = (list: { verb: string }[]) => list.map((entry) => entry.verb).sort();

describe('what can I type now: SMTP, read from the server machine', () => {
  it('before the hello: hello, MAIL and the session verbs; RCPT and DATA are out of order', () => {
    const allowed = allowedCommands('smtp', 'awaitingHello', plain);
    expect(allowed.expecting).toBe('commands');
    expect(verbs(allowed.accepted)).toEqual(
      ['AUTH', 'EHLO', 'ETRN', 'HELO', 'MAIL', 'NOOP', 'QUIT', 'RSET', 'STARTTLS', 'VRFY'].sort(),
    );
    expect(allowed.refused.sort()).toEqual(['BDAT', 'DATA', 'LHLO', 'RCPT']);
  });

  it('names the guards that may still refuse a verb', () => {
    const allowed = allowedCommands('smtp', 'ready', plain);
    expect(allowed.accepted.find((entry) => entry.verb === 'AUTH')?.unless).toEqual([
      'isHelloMissing',
      'isAuthUnavailable',
      'isAuthenticated',
      'isMechanismUnsupported',
    ]);
    expect(allowed.accepted.find((entry) => entry.verb === 'MAIL')?.unless).toEqual([
      'isMailRefused',
    ]);
  });

  it('on submission before STARTTLS: only the verbs Postfix takes before TLS', () => {
    const allowed = allowedCommands('smtp', 'ready', { ...plain, tlsLevel: 'encrypt' });
    expect(verbs(allowed.accepted)).toEqual(['EHLO', 'HELO', 'NOOP', 'QUIT', 'STARTTLS']);
  });

  it('on submission inside TLS: STARTTLS is refused, AUTH and MAIL come back', () => {
    const allowed = allowedCommands('smtp', 'ready', {
      ...plain,
      tls: true,
      tlsLevel: 'encrypt',
    });
    expect(verbs(allowed.accepted)).toContain('AUTH');
    expect(verbs(allowed.accepted)).toContain('MAIL');
    expect(allowed.refused).toContain('STARTTLS');
  });

  it('after MAIL: RCPT; a second MAIL and DATA before any recipient are refused', () => {
    const allowed = allowedCommands('smtp', 'inMail', plain);
    expect(verbs(allowed.accepted)).toContain('RCPT');
    expect(allowed.refused).toEqual(expect.arrayContaining(['MAIL', 'DATA', 'AUTH']));
  });

  it('after a recipient: DATA and BDAT, and more RCPT', () => {
    const allowed = allowedCommands('smtp', 'inRcpt', plain);
    expect(verbs(allowed.accepted)).toEqual(expect.arrayContaining(['DATA', 'BDAT', 'RCPT']));
    expect(allowed.refused).toContain('MAIL');
  });

  it('in DATA the server reads the message, in AUTH a response, and nothing once closed', () => {
    expect(allowedCommands('smtp', 'inData', plain).expecting).toBe('message');
    expect(allowedCommands('smtp', 'inAuth', plain).expecting).toBe('continuation');
    expect(allowedCommands('smtp', 'startingTls', plain).expecting).toBe('tls');
    expect(allowedCommands('smtp', 'closed', plain).expecting).toBe('nothing');
  });

  it('in LMTP mode: LHLO instead of EHLO and HELO (RFC 2033 §4.1)', () => {
    const allowed = allowedCommands('lmtp', 'awaitingHello', { ...plain, tlsLevel: 'none' });
    expect(verbs(allowed.accepted)).toContain('LHLO');
    expect(allowed.refused).toEqual(expect.arrayContaining(['EHLO', 'HELO']));
  });
});

describe('what can I type now: POP3, read from the session machine', () => {
  it('in AUTHORIZATION: the login commands; APOP is refused by Dovecot', () => {
    const allowed = allowedCommands('pop3', 'authorization', plain);
    expect(verbs(allowed.accepted)).toEqual(['AUTH', 'CAPA', 'PASS', 'QUIT', 'STLS', 'USER']);
    expect(allowed.refused.sort()).toEqual(
      ['APOP', 'DELE', 'LIST', 'NOOP', 'RETR', 'RSET', 'STAT', 'TOP', 'UIDL'].sort(),
    );
  });

  it('in TRANSACTION: the maildrop commands (RFC 1939 §5), no more login', () => {
    const allowed = allowedCommands('pop3', 'transaction', plain);
    expect(verbs(allowed.accepted)).toEqual(
      ['CAPA', 'DELE', 'LIST', 'NOOP', 'QUIT', 'RETR', 'RSET', 'STAT', 'TOP', 'UIDL'].sort(),
    );
    expect(allowed.refused.sort()).toEqual(['APOP', 'AUTH', 'PASS', 'STLS', 'USER']);
  });

  it('after a SASL challenge it waits for the response', () => {
    const allowed = allowedCommands('pop3', 'authorization', {
      ...plain,
      awaitingContinuation: true,
    });
    expect(allowed.expecting).toBe('continuation');
  });
});

describe('what can I type now: IMAP, from the session and its command tables', () => {
  it('not authenticated: the commands of RFC 3501 §6.1 and §6.2 only', () => {
    const allowed = allowedCommands('imap', 'notAuthenticated', plain);
    expect(verbs(allowed.accepted)).toEqual(
      ['AUTHENTICATE', 'CAPABILITY', 'ENABLE', 'ID', 'LOGIN', 'LOGOUT', 'NOOP', 'STARTTLS'].sort(),
    );
    expect(allowed.refused).toEqual(expect.arrayContaining(['SELECT', 'FETCH']));
  });

  it('authenticated: mailbox commands (§6.3); message commands need a selected mailbox', () => {
    const allowed = allowedCommands('imap', 'authenticated', plain);
    expect(verbs(allowed.accepted)).toEqual(
      expect.arrayContaining(['SELECT', 'EXAMINE', 'LIST', 'STATUS', 'APPEND', 'IDLE']),
    );
    expect(allowed.refused).toEqual(
      expect.arrayContaining(['FETCH', 'STORE', 'EXPUNGE', 'LOGIN', 'STARTTLS']),
    );
  });

  it('selected: the message commands of §6.4 as well', () => {
    const allowed = allowedCommands('imap', 'selected', plain);
    expect(verbs(allowed.accepted)).toEqual(
      expect.arrayContaining(['FETCH', 'STORE', 'SEARCH', 'COPY', 'EXPUNGE', 'CLOSE']),
    );
    expect(allowed.refused.sort()).toEqual(['AUTHENTICATE', 'LOGIN', 'STARTTLS']);
  });
});

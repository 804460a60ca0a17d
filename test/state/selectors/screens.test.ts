import { describe, expect, it } from 'vitest';
import { deviceInbox, senderScreen, sentCopy } from '../../../src/state/selectors/screens';
import { command, connect, reply, timelineOf } from './steps';

const sending = [
  connect('c1', 'laptop', 'msa', 587),
  reply('c1', 'msa', 'laptop', '220 msa ESMTP', '220'),
  command('c1', 'laptop', 'msa', 'MAIL FROM:<a@a.example>', 'MAIL'),
  reply('c1', 'msa', 'laptop', '250 2.1.0 Ok', '250'),
];

describe("the sender's screen", () => {
  it('is composing before the client connects, then sending', () => {
    const timeline = timelineOf(sending);
    expect(senderScreen(timeline, 0, 'elsewhere').status).toBe('composing');
    expect(senderScreen(timeline, 3, 'laptop').status).toBe('sending');
  });

  it("shows the server's words when a reply refuses the message", () => {
    const timeline = timelineOf([
      ...sending,
      command('c1', 'laptop', 'msa', 'RCPT TO:<x@b.example>', 'RCPT'),
      reply('c1', 'msa', 'laptop', '554 5.7.1 <x@b.example>: Relay access denied', '554'),
    ]);
    const screen = senderScreen(timeline, 5, 'laptop');
    expect(screen.status).toBe('error');
    expect(screen.status === 'error' && screen.reply.text).toBe(
      '554 5.7.1 <x@b.example>: Relay access denied',
    );
  });

  it('says sent once the reply after the message accepts it', () => {
    const timeline = timelineOf([
      ...sending,
      {
        conn: 'c1',
        from: 'laptop',
        to: 'msa',
        protocol: 'smtp',
        kind: 'data',
        text: 'Subject: x\r\n\r\nx',
      },
      reply('c1', 'msa', 'laptop', '250 2.0.0 Ok: queued as 4ABC', '250'),
    ]);
    expect(senderScreen(timeline, 5, 'laptop').status).toBe('sent');
  });

  it('reports a refused connection as an error', () => {
    const timeline = timelineOf([
      connect('c1', 'laptop', 'msa', 587),
      {
        conn: 'c1',
        from: 'laptop',
        to: 'msa',
        protocol: 'tcp',
        kind: 'close',
        closeReason: 'refused',
        text: 'Connection refused',
      },
    ]);
    expect(senderScreen(timeline, 1, 'laptop').status).toBe('error');
  });
});

describe("the recipient's inbox on one device", () => {
  const imap = (text: string, verb: string) => ({
    ...command('c9', 'phone', 'store', text, verb),
    protocol: 'imap' as const,
  });
  const ok = (text: string) => ({
    ...reply('c9', 'store', 'phone', text, 'OK'),
    protocol: 'imap' as const,
  });
  const timeline = timelineOf([
    { kind: 'deliver', from: 'store', to: 'store', text: 'delivered' },
    connect('c9', 'phone', 'store', 993),
    ok('* OK Dovecot (Debian) ready.'),
    imap('a1 SELECT INBOX', 'SELECT'),
    ok('a1 OK [READ-WRITE] Select completed'),
    imap('a2 FETCH 1 (FLAGS)', 'FETCH'),
    ok('a2 OK Fetch completed'),
    imap('a3 FETCH 1 (BODY[])', 'FETCH'),
    ok('* 1 FETCH (FLAGS (\\Seen) BODY[] {14}\nSubject: x\n\nx)'),
    ok('a3 OK Fetch completed'),
  ]);

  it('is empty before the device connects', () => {
    expect(deviceInbox(timeline, 0, 'phone')).toMatchObject({ connected: false, listed: false });
  });

  it('lists the message unread after SELECT, and read once a FETCH brings its content', () => {
    expect(deviceInbox(timeline, 4, 'phone')).toMatchObject({ listed: true, read: false });
    // A FETCH of flags alone does not open the message.
    expect(deviceInbox(timeline, 6, 'phone')).toMatchObject({ listed: true, read: false });
    expect(deviceInbox(timeline, 9, 'phone')).toMatchObject({ listed: true, read: true });
  });

  it('keeps another device unaware', () => {
    expect(deviceInbox(timeline, 9, 'laptop')).toMatchObject({ connected: false, listed: false });
  });
});

describe("the recipient's inbox over IMAP: flags and EXPUNGE", () => {
  const imap = (text: string, verb: string) => ({
    ...command('c9', 'laptop', 'store', text, verb),
    protocol: 'imap' as const,
  });
  const ok = (text: string) => ({
    ...reply('c9', 'store', 'laptop', text, 'OK'),
    protocol: 'imap' as const,
  });
  const timeline = timelineOf([
    { kind: 'deliver', from: 'store', to: 'store', text: 'delivered' },
    connect('c9', 'laptop', 'store', 993),
    ok('* OK Dovecot (Debian) ready.'),
    imap('a1 LIST "" "*"', 'LIST'),
    ok('* LIST (\\HasNoChildren) "." INBOX'),
    ok('a1 OK List completed.'),
    imap('a2 SELECT "INBOX"', 'SELECT'),
    ok('a2 OK [READ-WRITE] Select completed.'),
    imap('a3 UID FETCH 1:* (FLAGS)', 'UID FETCH'),
    ok('* 1 FETCH (UID 1 FLAGS (\\Flagged \\Seen))'),
    ok('a3 OK Fetch completed.'),
    imap('a4 UID STORE 1 +FLAGS.SILENT (\\Deleted)', 'UID STORE'),
    ok('a4 OK Store completed.'),
    imap('a5 EXPUNGE', 'EXPUNGE'),
    // As the engine names it (the fixture's other replies carry a placeholder key).
    { ...ok('* 1 EXPUNGE'), reply: { code: '*', key: 'imap.data.EXPUNGE' } },
    ok('a5 OK Expunge completed.'),
  ]);

  it('does not list the message after LIST, which names folders only', () => {
    expect(deviceInbox(timeline, 5, 'laptop')).toMatchObject({ listed: false, flags: [] });
    expect(deviceInbox(timeline, 7, 'laptop')).toMatchObject({ listed: true });
  });

  it('shows the flags the server reports, another device’s included, \\Seen as read', () => {
    expect(deviceInbox(timeline, 8, 'laptop')).toMatchObject({ read: false, flags: [] });
    expect(deviceInbox(timeline, 9, 'laptop')).toMatchObject({
      read: true,
      flags: ['\\Flagged', '\\Seen'],
    });
  });

  it('adds the flags of a successful silent STORE, which the server does not repeat', () => {
    expect(deviceInbox(timeline, 11, 'laptop').flags).toEqual(['\\Flagged', '\\Seen']);
    expect(deviceInbox(timeline, 12, 'laptop').flags).toEqual(['\\Flagged', '\\Seen', '\\Deleted']);
  });

  it('drops the message from the list once the server says it was expunged', () => {
    expect(deviceInbox(timeline, 13, 'laptop')).toMatchObject({ listed: true, expunged: false });
    expect(deviceInbox(timeline, 14, 'laptop')).toMatchObject({ listed: false, expunged: true });
  });
});

describe("the sender's copy in Sent (IMAP APPEND, RFC 3501 §6.3.11)", () => {
  const appending = [
    connect('c2', 'laptop', 'store', 993),
    command('c2', 'laptop', 'store', 'a2 APPEND "Sent" (\\Seen) {479}', 'APPEND'),
    reply('c2', 'store', 'laptop', '+ OK', '+'),
  ];

  it('says nothing until the tagged reply to APPEND arrives', () => {
    const timeline = timelineOf(appending);
    expect(sentCopy(timeline, 2, 'laptop')).toBeNull();
  });

  it('shows the copy saved on a tagged OK', () => {
    const timeline = timelineOf([
      ...appending,
      reply('c2', 'store', 'laptop', 'a2 OK [APPENDUID 1 1] Append completed.', 'OK'),
    ]);
    expect(sentCopy(timeline, 3, 'laptop')).toMatchObject({ saved: true });
  });

  it("shows the server's words when the copy is refused (NO [OVERQUOTA])", () => {
    const timeline = timelineOf([
      ...appending,
      reply(
        'c2',
        'store',
        'laptop',
        'a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
        'NO',
      ),
    ]);
    const copy = sentCopy(timeline, 3, 'laptop');
    expect(copy?.saved).toBe(false);
    expect(copy?.reply.text).toBe('a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)');
  });
});

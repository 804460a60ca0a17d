import type { Step, StepKind, Timeline } from '../world/timeline/step';

/**
 * A stand-in for the classroom world's timeline while the world runner (`runWorld`) is being
 * written: it follows the `Step` type exactly and uses the reply texts of the SMTP engine's
 * catalogue (Postfix 3.7.11 / Dovecot 2.3.19 on Debian), so every view can be built and tested
 * against it. It is loaded lazily, and the screen labels it as a sample; the shipped timeline
 * computed by `runWorld` replaces it as soon as it lands.
 */

type Draft = Omit<Step, 'seq' | 'time' | 'states'>;

const ALICE = 'alice-laptop';
const MSA = 'smtp-lycee';
const RESOLVER = 'resolver';
const MX = 'mx-ecole';
const STORE = 'mail-ecole';
const BOB = 'bob-laptop';
const MESSAGE = 'museum-trip';
const TLS_TEXT = 'TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384';

const BODY =
  'Bonjour Bob,\r\n\r\nLa sortie au mus=C3=A9e est confirm=C3=A9e pour vendredi =C3=A0 9 h.\r\n\r\n' +
  'Hello Bob,\r\n\r\nThe museum trip is confirmed for Friday at 9 a.m.\r\n\r\nAlice\r\n';

const AUTHORED =
  'Message-ID: <20260302080000.4F1A2B@lycee.example>\r\n' +
  'Date: Mon, 2 Mar 2026 09:00:00 +0100\r\n' +
  'From: Alice Martin <alice@lycee.example>\r\n' +
  'To: bob@ecole.example\r\n' +
  'Subject: =?utf-8?q?Sortie_au_mus=C3=A9e_/_Museum_trip?=\r\n' +
  'MIME-Version: 1.0\r\n' +
  'Content-Type: text/plain; charset=utf-8\r\n' +
  'Content-Transfer-Encoding: quoted-printable\r\n' +
  '\r\n' +
  BODY;

const HOP1 =
  'Received: from laptop.lycee.example (laptop.lycee.example [192.0.2.50])\r\n' +
  '\t(Authenticated sender: alice@lycee.example)\r\n' +
  '\tby smtp.lycee.example (Postfix) with ESMTPSA id 4dPq7R0s1Vz9\r\n' +
  '\tfor <bob@ecole.example>; Mon,  2 Mar 2026 09:00:00 +0100 (CET)\r\n';

const HOP2 =
  'Received: from smtp.lycee.example (smtp.lycee.example [192.0.2.10])\r\n' +
  '\tby mx.ecole.example (Postfix) with ESMTPS id 4dPq7R1b2Kz3\r\n' +
  '\tfor <bob@ecole.example>; Mon,  2 Mar 2026 09:00:01 +0100 (CET)\r\n';

function ehlo(host: string, extensions: readonly string[]): string {
  const lines = [host, ...extensions];
  return lines.map((line, i) => `250${i === lines.length - 1 ? ' ' : '-'}${line}`).join('\n');
}

const POSTFIX_EXTENSIONS = ['PIPELINING', 'SIZE 10240000', 'VRFY', 'ETRN'];
const POSTFIX_TAIL = ['ENHANCEDSTATUSCODES', '8BITMIME', 'DSN', 'SMTPUTF8', 'CHUNKING'];

function command(conn: string, from: string, to: string, text: string, verb: string): Draft {
  const key = `smtp.command.${verb}`;
  return {
    conn,
    from,
    to,
    protocol: 'smtp',
    kind: 'command',
    text,
    command: { verb, key },
    explain: [key],
  };
}

function reply(
  conn: string,
  from: string,
  to: string,
  text: string,
  name: string,
  enhanced?: string,
): Draft {
  const code = text.slice(0, 3);
  const key = `smtp.reply.${name}`;
  return {
    conn,
    from,
    to,
    protocol: 'smtp',
    kind: 'reply',
    text,
    reply: enhanced === undefined ? { code, key } : { code, enhanced, key },
    explain: [key],
  };
}

function plain(
  kind: StepKind,
  conn: string | null,
  from: string,
  to: string,
  text: string,
  explain: string,
): Draft {
  return {
    conn,
    from,
    to,
    protocol: kind === 'connect' || kind === 'close' ? 'tcp' : null,
    kind,
    text,
    explain: [explain],
  };
}

/** One SMTP session with STARTTLS, as Postfix's client and server speak it. */
function smtpSession(
  conn: string,
  client: string,
  server: string,
  names: { client: string; server: string; ip: string; port: number },
  auth: boolean,
  data: string,
  queueId: string,
): Draft[] {
  const c = (text: string, verb: string) => command(conn, client, server, text, verb);
  const s = (text: string, name: string, enhanced?: string) =>
    reply(conn, server, client, text, name, enhanced);
  const before: Draft[] = [
    {
      ...plain(
        'connect',
        conn,
        client,
        server,
        `connect to ${names.server}[${names.ip}]:${names.port}`,
        'tcp.connect',
      ),
    },
    s(`220 ${names.server} ESMTP Postfix (Debian/GNU)`, 'greeting'),
    c(`EHLO ${names.client}`, 'EHLO'),
    s(ehlo(names.server, [...POSTFIX_EXTENSIONS, 'STARTTLS', ...POSTFIX_TAIL]), 'ehlo'),
    c('STARTTLS', 'STARTTLS'),
    s('220 2.0.0 Ready to start TLS', 'readyToStartTls', '2.0.0'),
    { ...plain('tls', conn, client, server, TLS_TEXT, 'tls.handshake'), protocol: 'smtp' },
  ];
  const after: Draft[] = (
    [
      c(`EHLO ${names.client}`, 'EHLO'),
      s(
        ehlo(names.server, [
          ...POSTFIX_EXTENSIONS,
          ...(auth ? ['AUTH PLAIN LOGIN'] : []),
          ...POSTFIX_TAIL,
        ]),
        'ehlo',
      ),
      ...(auth
        ? [
            c('AUTH PLAIN AGFsaWNlQGx5Y2VlLmV4YW1wbGUAbWVydmVpbGxlcw==', 'AUTH'),
            s('235 2.7.0 Authentication successful', 'authSuccessful', '2.7.0'),
          ]
        : []),
      c('MAIL FROM:<alice@lycee.example> SIZE=512', 'MAIL'),
      s('250 2.1.0 Ok', 'mailOk', '2.1.0'),
      c('RCPT TO:<bob@ecole.example>', 'RCPT'),
      s('250 2.1.5 Ok', 'rcptOk', '2.1.5'),
      c('DATA', 'DATA'),
      s('354 End data with <CR><LF>.<CR><LF>', 'dataStart'),
      {
        conn,
        from: client,
        to: server,
        protocol: 'smtp',
        kind: 'data',
        text: data,
        explain: ['smtp.data'],
      },
      s(`250 2.0.0 Ok: queued as ${queueId}`, 'queued', '2.0.0'),
      c('QUIT', 'QUIT'),
      s('221 2.0.0 Bye', 'bye', '2.0.0'),
    ] as Draft[]
  ).map((draft) => ({ ...draft, encrypted: true }));
  return [
    ...before,
    ...after,
    {
      ...plain('close', conn, server, client, 'server closes the connection', 'tcp.close.quit'),
      closeReason: 'quit',
    },
  ];
}

function lmtpSession(): Draft[] {
  const conn = 'c3';
  const c = (text: string, verb: string): Draft => ({
    ...command(conn, MX, STORE, text, verb),
    protocol: 'lmtp',
    ...(verb === 'LHLO'
      ? { command: { verb, key: 'lmtp.command.LHLO' }, explain: ['lmtp.command.LHLO'] }
      : {}),
  });
  const s = (text: string, name: string, enhanced?: string): Draft => {
    // A name with a dot is a full key: the engine answers LMTP's QUIT with smtp.reply.bye.
    const key = name.includes('.') ? name : `lmtp.reply.${name}`;
    const code = text.slice(0, 3);
    return {
      conn,
      from: STORE,
      to: MX,
      protocol: 'lmtp',
      kind: 'reply',
      text,
      reply: enhanced === undefined ? { code, key } : { code, enhanced, key },
      explain: [key],
    };
  };
  return [
    plain(
      'connect',
      conn,
      MX,
      STORE,
      'connect to mail.ecole.example[198.51.100.26]:24',
      'tcp.connect',
    ),
    s('220 mail.ecole.example Dovecot (Debian) ready.', 'greeting'),
    c('LHLO mx.ecole.example', 'LHLO'),
    s(
      ehlo('mail.ecole.example', ['8BITMIME', 'CHUNKING', 'ENHANCEDSTATUSCODES', 'PIPELINING']),
      'lhlo',
    ),
    c('MAIL FROM:<alice@lycee.example>', 'MAIL'),
    s('250 2.1.0 OK', 'mailOk', '2.1.0'),
    c('RCPT TO:<bob@ecole.example>', 'RCPT'),
    s('250 2.1.5 OK', 'rcptOk', '2.1.5'),
    c('DATA', 'DATA'),
    s('354 OK', 'dataStart'),
    {
      conn,
      from: MX,
      to: STORE,
      protocol: 'lmtp',
      kind: 'data',
      text: HOP2 + HOP1 + AUTHORED,
      explain: ['lmtp.data'],
    },
    s('250 2.0.0 <bob@ecole.example> kJ3aBc9d5WUAAQAA Saved', 'saved', '2.0.0'),
    c('QUIT', 'QUIT'),
    s('221 2.0.0 Bye', 'smtp.reply.bye', '2.0.0'),
    {
      ...plain('close', conn, STORE, MX, 'server closes the connection', 'tcp.close.quit'),
      closeReason: 'quit',
    },
  ];
}

function imapSession(): Draft[] {
  const conn = 'c4';
  const imap = (kind: 'command' | 'reply', text: string, word: string, code?: string): Draft =>
    kind === 'command'
      ? {
          conn,
          from: BOB,
          to: STORE,
          protocol: 'imap',
          kind,
          text,
          command: { verb: word, key: `imap.command.${word}` },
          explain: [`imap.command.${word}`],
          encrypted: true,
        }
      : {
          conn,
          from: STORE,
          to: BOB,
          protocol: 'imap',
          kind,
          text,
          reply: { code: code ?? 'OK', key: `imap.reply.${word}` },
          explain: [`imap.reply.${word}`],
          encrypted: true,
        };
  return [
    plain(
      'connect',
      conn,
      BOB,
      STORE,
      'connect to mail.ecole.example[198.51.100.26]:993',
      'tcp.connect',
    ),
    { ...plain('tls', conn, BOB, STORE, TLS_TEXT, 'tls.handshake'), protocol: 'imap' },
    imap(
      'reply',
      '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.',
      'greeting',
    ),
    imap('command', 'a1 LOGIN bob@ecole.example bricoleur', 'LOGIN'),
    imap(
      'reply',
      'a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE] Logged in',
      'loggedIn',
    ),
    imap('command', 'a2 SELECT INBOX', 'SELECT'),
    imap(
      'reply',
      '* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n* 1 EXISTS\n* 1 RECENT\n* OK [UIDVALIDITY 1772438400] UIDs valid\n* OK [UIDNEXT 2] Predicted next UID\na2 OK [READ-WRITE] Select completed',
      'selectCompleted',
    ),
    imap('command', 'a3 FETCH 1 (BODY[])', 'FETCH'),
    imap('reply', '* 1 FETCH (FLAGS (\\Seen) BODY[] {…})\na3 OK Fetch completed', 'fetchCompleted'),
    imap('command', 'a4 LOGOUT', 'LOGOUT'),
    imap('reply', '* BYE Logging out\na4 OK Logout completed.', 'logoutCompleted'),
    {
      ...plain('close', conn, STORE, BOB, 'server closes the connection', 'tcp.close.quit'),
      closeReason: 'quit',
    },
  ];
}

function dns(kind: 'dns-query' | 'dns-answer', text: string): Draft {
  const [from, to] = kind === 'dns-query' ? [MSA, RESOLVER] : [RESOLVER, MSA];
  return {
    conn: null,
    from,
    to,
    protocol: 'dns',
    kind,
    text,
    explain: [`dns.${kind === 'dns-query' ? 'query' : 'answer'}`],
  };
}

const DRAFTS: Draft[] = [
  ...smtpSession(
    'c1',
    ALICE,
    MSA,
    { client: 'laptop.lycee.example', server: 'smtp.lycee.example', ip: '192.0.2.10', port: 587 },
    true,
    AUTHORED,
    '4dPq7R0s1Vz9',
  ),
  {
    ...plain(
      'queue',
      null,
      MSA,
      MSA,
      'queued 4dPq7R0s1Vz9 for bob@ecole.example: remote domain ecole.example',
      'queue.remote',
    ),
    messageId: MESSAGE,
  },
  dns('dns-query', 'ecole.example. IN MX'),
  dns('dns-answer', 'ecole.example. 3600 IN MX 10 mx.ecole.example.'),
  dns('dns-query', 'mx.ecole.example. IN A'),
  dns('dns-answer', 'mx.ecole.example. 3600 IN A 198.51.100.25'),
  ...smtpSession(
    'c2',
    MSA,
    MX,
    { client: 'smtp.lycee.example', server: 'mx.ecole.example', ip: '198.51.100.25', port: 25 },
    false,
    HOP1 + AUTHORED,
    '4dPq7R1b2Kz3',
  ),
  ...lmtpSession(),
  {
    ...plain(
      'deliver',
      null,
      STORE,
      STORE,
      'delivered to bob@ecole.example, mailbox INBOX',
      'deliver.mailbox',
    ),
    messageId: MESSAGE,
  },
  ...imapSession(),
];

/** Each actor's state after the step: each connection's server session, as `<conn>:server`. */
function nextStates(previous: Record<string, string>, draft: Draft): Record<string, string> {
  if (draft.conn === null) return previous;
  const states = { ...previous };
  const key = `${draft.conn}:server`;
  const current = states[key];
  if (draft.kind === 'connect')
    states[key] =
      draft.protocol === 'tcp' && draft.conn === 'c4' ? 'notAuthenticated' : 'awaitingHello';
  else if (draft.kind === 'close') states[key] = draft.conn === 'c4' ? 'logout' : 'closed';
  else if (draft.kind === 'reply' && current !== undefined) {
    const code = draft.reply?.code ?? '';
    if (draft.conn === 'c4') {
      if (draft.reply?.key === 'imap.reply.loggedIn') states[key] = 'authenticated';
      if (draft.reply?.key === 'imap.reply.selectCompleted') states[key] = 'selected';
      if (draft.reply?.key === 'imap.reply.logoutCompleted') states[key] = 'logout';
    } else if (code.startsWith('2') || code === '354') {
      const byReply: Record<string, string> = {
        ehlo: 'ready',
        lhlo: 'ready',
        readyToStartTls: 'startingTls',
        authSuccessful: 'ready',
        mailOk: 'inMail',
        rcptOk: 'inRcpt',
        dataStart: 'inData',
        queued: 'ready',
        saved: 'ready',
        bye: 'closed',
      };
      const name = draft.reply?.key.split('.').pop() ?? '';
      states[key] = byReply[name] ?? current;
    }
  } else if (draft.kind === 'tls' && current === 'startingTls') states[key] = 'awaitingHello';
  return states;
}

function build(): Step[] {
  const steps: Step[] = [];
  let states: Record<string, string> = {};
  let time = 0;
  for (const [seq, draft] of DRAFTS.entries()) {
    states = nextStates(states, draft);
    time += draft.kind === 'dns-query' || draft.kind === 'connect' ? 40 : 20;
    steps.push({ ...draft, messageId: draft.messageId ?? MESSAGE, seq, time, states });
  }
  return steps;
}

export const sampleClassroomTimeline: Timeline = build();

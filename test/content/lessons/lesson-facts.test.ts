import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ShippedWorldId } from '../../../src/content/worlds/shipped';
import {
  decodedSaslText,
  matchAll,
  matchOne,
  type StepQuery,
} from '../../../src/world/timeline/query';
import type { Step, Timeline } from '../../../src/world/timeline/step';

/**
 * What the lessons' texts say about a run, checked on the engines' own output: if an engine
 * changes, the sentence that became false is named here, not discovered in class.
 */

function timeline(world: ShippedWorldId): Timeline {
  return (
    JSON.parse(readFileSync(`src/content/timelines/${world}.json`, 'utf8')) as { steps: Step[] }
  ).steps;
}

const text = (steps: Timeline, query: StepQuery) => matchOne(steps, query).text;
const submission = { to: 'smtp-lycee', port: 587 } as const;

describe('lesson 1 (classroom): the journey', () => {
  const steps = timeline('classroom');

  it('has the sending server add a Received: header before relaying', () => {
    expect(text(steps, { kind: 'data', conn: { to: 'mx-ecole' } })).toMatch(
      /^Received: from laptop/,
    );
  });

  it('stores the message in INBOX, and Bob reads it over IMAP on 993', () => {
    expect(text(steps, { kind: 'deliver', text: 'bob@ecole.example' })).toContain('INBOX');
    expect(matchOne(steps, { kind: 'connect', conn: { to: 'mail-ecole', port: 993 } }).from).toBe(
      'bob-laptop',
    );
  });
});

describe('lesson 2 (classroom): the SMTP dialogue', () => {
  const steps = timeline('classroom');

  it('answers EHLO on several lines, with SIZE and STARTTLS', () => {
    const lines = text(steps, {
      kind: 'reply',
      after: { command: 'EHLO' },
      conn: submission,
      nth: 0,
    }).split('\n');
    expect(lines.slice(0, -1).every((line) => line.startsWith('250-'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^250 /);
    expect(lines.some((line) => line.startsWith('250-SIZE'))).toBe(true);
    expect(lines).toContain('250-STARTTLS');
  });

  it('answers MAIL and RCPT with enhanced codes about addresses (x.1.x)', () => {
    for (const command of ['MAIL', 'RCPT']) {
      const reply = matchOne(steps, { kind: 'reply', after: { command }, conn: submission }).reply;
      expect(reply?.enhanced).toMatch(/^2\.1\.\d$/);
    }
  });

  it('gives a queue ID that the server log uses', () => {
    const queued = text(steps, { kind: 'reply', key: 'smtp.reply.queued', conn: submission });
    const id = queued.split(' ').at(-1) ?? '';
    expect(
      matchAll(steps, { kind: 'queue', from: 'smtp-lycee', text: `${id}: ` }).length,
    ).toBeGreaterThan(0);
  });

  it('pipelines MAIL, RCPT and DATA to the MX, which offered PIPELINING', () => {
    const relay = { to: 'mx-ecole' };
    expect(
      text(steps, { kind: 'reply', after: { command: 'EHLO' }, conn: relay, nth: 1 }),
    ).toContain('PIPELINING');
    const sent = ['MAIL', 'RCPT', 'DATA'].map((verb) =>
      matchOne(steps, { kind: 'command', verb, conn: relay }),
    );
    const firstReply = matchOne(steps, { kind: 'reply', after: { command: 'MAIL' }, conn: relay });
    expect(new Set(sent.map((step) => step.time)).size).toBe(1);
    expect(sent.every((step) => step.seq < firstReply.seq)).toBe(true);
  });
});

describe('lesson 3 (lesson-envelope): envelope and headers', () => {
  const steps = timeline('lesson-envelope');

  it('sends To: and Cc: headers but no Bcc:, and never names Denis in the message', () => {
    const message = text(steps, { kind: 'data', conn: submission });
    expect(message).toMatch(/^To: bob@ecole\.example$/m);
    expect(message).toMatch(/^Cc: carole@ecole\.example$/m);
    expect(message).not.toMatch(/^Bcc:/im);
    expect(message).not.toContain('denis');
  });

  it('logs one message with three recipients', () => {
    expect(text(steps, { kind: 'queue', from: 'smtp-lycee', text: 'queue active' })).toContain(
      'nrcpt=3',
    );
  });

  it('gives Bob a copy starting with Return-Path: (the MAIL FROM) and Delivered-To:', () => {
    const fetched = text(steps, { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' });
    const mailFrom = text(steps, { kind: 'command', verb: 'MAIL', conn: submission }).match(
      /<[^>]*>/,
    )?.[0];
    const headers = fetched.split('\n').slice(1, 3);
    expect(headers).toEqual([`Return-Path: ${mailFrom}`, 'Delivered-To: bob@ecole.example']);
  });
});

describe('lesson 4 (lesson-backup-mx): DNS finds the way', () => {
  const steps = timeline('lesson-backup-mx');

  it('answers two MX records, preference 10 then 20', () => {
    const answer = text(steps, { kind: 'dns-answer', text: /\tMX\t/ });
    expect(answer).toMatch(/MX\t10 mx\.ecole\.example\./);
    expect(answer).toMatch(/MX\t20 mx2\.ecole\.example\./);
  });

  it('gives up on the first MX without an answer, then talks to the backup', () => {
    const close = matchOne(steps, { kind: 'close', conn: { to: 'mx-ecole', port: 25 } });
    expect(['timeout', 'unreachable']).toContain(close.closeReason);
    expect(matchAll(steps, { kind: 'reply', conn: { to: 'mx-ecole' } })).toEqual([]);
  });

  it('shows one Received: header per hop, the oldest at the bottom', () => {
    const fetched = text(steps, { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' });
    const received = fetched.split('\n').filter((line) => line.startsWith('Received:'));
    expect(received).toEqual([
      expect.stringContaining('from mx2.ecole.example'),
      expect.stringContaining('from smtp.lycee.example'),
      expect.stringContaining('from laptop.lycee.example'),
    ]);
  });
});

describe('lesson 5 (lesson-ports): ports, TLS and STARTTLS', () => {
  const steps = timeline('lesson-ports');
  const implicit = { to: 'smtp-lycee', port: 465 } as const;

  it('offers STARTTLS and no AUTH in clear, then AUTH and no STARTTLS under TLS', () => {
    const before = text(steps, {
      kind: 'reply',
      after: { command: 'EHLO' },
      conn: submission,
      nth: 0,
    });
    const after = text(steps, {
      kind: 'reply',
      after: { command: 'EHLO' },
      conn: submission,
      nth: 1,
    });
    expect(before).toContain('STARTTLS');
    expect(before).not.toContain('AUTH');
    expect(after).toContain('AUTH');
    expect(after).not.toContain('STARTTLS');
  });

  it('carries every line in clear before the handshake on 587, and none after', () => {
    const conn = matchOne(steps, { kind: 'connect', conn: submission }).conn;
    const tls = matchOne(steps, { kind: 'tls', conn: submission }).seq;
    const lines = steps.filter(
      (step) => step.conn === conn && ['command', 'reply', 'data'].includes(step.kind),
    );
    expect(lines.filter((s) => s.seq < tls).every((s) => s.encrypted !== true)).toBe(true);
    expect(lines.filter((s) => s.seq > tls).every((s) => s.encrypted === true)).toBe(true);
  });

  it('on 465 and 993, handshakes before the greeting; on 465, one EHLO and no STARTTLS', () => {
    for (const conn of [implicit, { to: 'mail-ecole', port: 993, nth: 0 }]) {
      const tls = matchOne(steps, { kind: 'tls', conn });
      const [firstReply] = matchAll(steps, { kind: 'reply', conn });
      expect(tls.seq).toBeLessThan(firstReply?.seq ?? -1);
    }
    expect(matchAll(steps, { kind: 'command', verb: 'EHLO', conn: implicit })).toHaveLength(1);
    expect(matchAll(steps, { kind: 'command', verb: 'STARTTLS', conn: implicit })).toEqual([]);
  });
});

describe('lesson 6 (lesson-auth): authentication', () => {
  const steps = timeline('lesson-auth');
  const phone = { from: 'alice-phone', to: 'smtp-lycee', port: 587 } as const;

  it('asks the user name, then the password, in base64', () => {
    const challenges = matchAll(steps, { kind: 'reply', code: '334', conn: phone });
    expect(challenges.map(decodedSaslText)).toEqual(['Username:', 'Password:']);
  });

  it('gets a password with one letter missing from the phone', () => {
    const answer = decodedSaslText(
      matchOne(steps, { kind: 'command', verb: 'AUTH', conn: phone, nth: 2 }),
    );
    expect(answer).toBe('merveille');
  });

  it('never offers AUTH on the MX, and the relay never logs in', () => {
    const relay = { to: 'mx-ecole' };
    for (const reply of matchAll(steps, { kind: 'reply', after: { command: 'EHLO' }, conn: relay }))
      expect(reply.text).not.toContain('AUTH');
    expect(matchAll(steps, { kind: 'command', verb: 'AUTH', conn: relay })).toEqual([]);
  });

  it('sends nothing from the phone after 535: QUIT, and no MAIL FROM', () => {
    expect(matchAll(steps, { kind: 'command', verb: 'MAIL', conn: phone })).toEqual([]);
    const refusal = matchOne(steps, { kind: 'reply', code: '535', conn: phone });
    const next = matchAll(steps, { kind: 'command', conn: phone }).find((s) => s.seq > refusal.seq);
    expect(next?.command?.verb).toBe('QUIT');
  });
});

describe('lesson 7 (lesson-queue): queues, retries and bounces', () => {
  const steps = timeline('lesson-queue');
  const firstTry = { to: 'mx-ecole', port: 25, nth: 0 } as const;
  const deferred = matchOne(steps, { kind: 'queue', from: 'smtp-lycee', text: 'status=deferred' });

  it('gets 450 for Bob and 550 5.1.1 for carol on the first try, then no DATA', () => {
    const rcpt = matchAll(steps, { kind: 'reply', after: { command: 'RCPT' }, conn: firstTry });
    expect(rcpt.map((step) => [step.reply?.code, step.reply?.enhanced])).toEqual([
      ['450', '4.7.1'],
      ['550', '5.1.1'],
    ]);
    expect(rcpt[0]?.text).toContain('<bob@ecole.example>');
    expect(rcpt[1]?.text).toContain('<carol@ecole.example>');
    expect(matchAll(steps, { kind: 'data', conn: firstTry })).toEqual([]);
  });

  it('defers Bob and bounces carol, the bounce queued from the null sender to Alice', () => {
    expect(deferred.text).toContain('to=<bob@ecole.example>');
    expect(text(steps, { kind: 'queue', text: 'status=bounced' })).toContain(
      'to=<carol@ecole.example>',
    );
    const bounceId = text(steps, { kind: 'bounce' }).split(' ').at(-1) ?? '';
    expect(text(steps, { kind: 'queue', from: 'smtp-lycee', text: 'from=<>' })).toMatch(
      new RegExp(`^${bounceId}: from=<>`),
    );
    expect(text(steps, { kind: 'queue', text: `${bounceId}: to=` })).toContain(
      'to=<alice@lycee.example>',
    );
  });

  it("has Alice's client read the bounce: Return-Path: <>, the MX's reply for carol", () => {
    const bounce = text(steps, {
      kind: 'reply',
      to: 'alice-laptop',
      after: { command: 'UID FETCH' },
      text: 'BODY[]',
    });
    expect(bounce.split('\n')[1]).toBe('Return-Path: <>');
    expect(bounce).toMatch(/^From: Mail Delivery System <MAILER-DAEMON@lycee\.example>$/m);
    expect(bounce).toMatch(/^Status: 5\.1\.1$/m);
  });

  it('retries about five minutes after the deferral, nothing happening in between', () => {
    const retry = matchOne(steps, {
      kind: 'queue',
      from: 'smtp-lycee',
      text: /from=<alice@lycee\.example>.*nrcpt=1 \(queue active\)/,
    });
    expect(retry.time - deferred.time).toBeGreaterThanOrEqual(300_000);
    expect(retry.time - deferred.time).toBeLessThan(360_000);
    const before = steps[retry.seq - 1];
    expect(retry.time - (before?.time ?? 0)).toBeGreaterThan(180_000);
  });

  it('delivers to Bob on the retry, with a 250 to RCPT', () => {
    const retry = { to: 'mx-ecole', port: 25, nth: 1 } as const;
    expect(
      matchOne(steps, { kind: 'reply', after: { command: 'RCPT' }, conn: retry }).reply?.code,
    ).toBe('250');
    expect(text(steps, { kind: 'deliver', text: 'lmtp(bob@ecole.example)' })).toContain('INBOX');
  });
});

describe('lesson 8 (lesson-pop3): fetching with POP3', () => {
  const steps = timeline('lesson-pop3');
  const phone = { from: 'bob-phone', to: 'mail-ecole', port: 995 } as const;
  const laptop = { from: 'bob-laptop', to: 'mail-ecole', port: 995 } as const;
  const verbs = (conn: typeof phone | typeof laptop) =>
    matchAll(steps, { kind: 'command', conn }).map((step) => step.command?.verb);

  it('has the phone send DELE, then drop the connection without QUIT', () => {
    expect(verbs(phone)).toEqual(['CAPA', 'USER', 'PASS', 'STAT', 'LIST', 'UIDL', 'RETR', 'DELE']);
    expect(matchOne(steps, { kind: 'close', conn: phone }).closeReason).toBe('drop');
  });

  it('shows the laptop the same message, by count and by UIDL id, then deletes it at QUIT', () => {
    for (const verb of ['STAT', 'UIDL'])
      expect(text(steps, { kind: 'reply', after: { command: verb }, conn: laptop })).toBe(
        text(steps, { kind: 'reply', after: { command: verb }, conn: phone }),
      );
    expect(text(steps, { kind: 'reply', after: { command: 'STAT' }, conn: laptop })).toMatch(
      /^\+OK 1 \d+$/,
    );
    expect(verbs(laptop).slice(-2)).toEqual(['DELE', 'QUIT']);
    expect(
      matchOne(steps, { kind: 'reply', after: { command: 'QUIT' }, conn: laptop }).reply?.key,
    ).toBe('pop3.reply.logoutDeleted');
  });

  it('lists each message with its size, the size STAT totals', () => {
    const stat = text(steps, { kind: 'reply', after: { command: 'STAT' }, conn: phone });
    const list = text(steps, { kind: 'reply', after: { command: 'LIST' }, conn: phone });
    expect(list.split('\n').slice(1)).toEqual([`1 ${stat.split(' ')[2]}`, '.']);
  });

  it('is in the TRANSACTION state at DELE, and logs in from AUTHORIZATION', () => {
    const dele = matchOne(steps, { kind: 'reply', after: { command: 'DELE' }, conn: phone });
    expect(dele.states[`${dele.conn}:server`]).toBe('transaction');
    const user = matchOne(steps, { kind: 'reply', after: { command: 'USER' }, conn: phone });
    expect(user.states[`${user.conn}:server`]).toBe('authorization');
  });
});

describe('lesson 9 (lesson-imap): fetching with IMAP', () => {
  const steps = timeline('lesson-imap');
  const phone = { from: 'bob-phone', to: 'mail-ecole', port: 993 } as const;
  const laptop = { from: 'bob-laptop', to: 'mail-ecole', port: 993 } as const;
  const commandsOf = (conn: typeof phone | typeof laptop) =>
    matchAll(steps, { kind: 'command', conn }).map((step) => step.text);

  it('ends every command with a tagged line carrying its own tag', () => {
    for (const conn of [phone, laptop]) {
      const tags = commandsOf(conn).map((command) => command.split(' ')[0]);
      const tagged = matchAll(steps, { kind: 'reply', conn })
        .map((step) => step.text.split(' ')[0])
        .filter((tag) => tag !== '*');
      expect(tagged).toEqual(tags);
    }
  });

  it('has the phone list the folders, read the message and flag it \\Flagged', () => {
    expect(commandsOf(phone).slice(1)).toEqual([
      'a2 LIST "" "*"',
      'a3 SELECT "INBOX"',
      'a4 UID FETCH 1:* (FLAGS)',
      'a5 UID FETCH 1 (FLAGS BODY[])',
      'a6 UID STORE 1 +FLAGS (\\Flagged)',
      'a7 LOGOUT',
    ]);
    const folders = matchAll(steps, { kind: 'reply', key: 'imap.data.LIST', conn: phone });
    expect(folders.map((step) => step.text.split(' ').at(-1))).toEqual([
      'INBOX',
      'Junk',
      'Sent',
      'Trash',
    ]);
    expect(
      text(steps, { kind: 'reply', key: 'imap.data.FETCH', conn: phone, text: 'Flagged' }),
    ).toMatch(/FLAGS \(.*\\Flagged.*\)/);
  });

  it("shows the laptop the phone's \\Flagged and \\Seen, on the same UID and UIDVALIDITY", () => {
    const listing = text(steps, {
      kind: 'reply',
      after: { command: 'UID FETCH' },
      conn: laptop,
      nth: 0,
    });
    expect(listing).toMatch(/^\* 1 FETCH \(UID 1 FLAGS \(\\Flagged \\Seen\)\)$/);
    expect(text(steps, { kind: 'reply', key: 'imap.reply.uidsValid', conn: laptop })).toBe(
      text(steps, { kind: 'reply', key: 'imap.reply.uidsValid', conn: phone }),
    );
    expect(commandsOf(laptop)).toContain('a4 UID FETCH 1 (FLAGS BODY.PEEK[])');
  });

  it('has the laptop set \\Deleted silently, then EXPUNGE message 1', () => {
    const store = matchOne(steps, { kind: 'command', verb: 'UID STORE', conn: laptop });
    expect(store.text).toBe('a5 UID STORE 1 +FLAGS.SILENT (\\Deleted)');
    const replies = matchAll(steps, {
      kind: 'reply',
      after: { command: 'UID STORE' },
      conn: laptop,
    });
    expect(replies.map((step) => step.reply?.key)).toEqual(['imap.reply.storeCompleted']);
    expect(text(steps, { kind: 'reply', key: 'imap.data.EXPUNGE', conn: laptop })).toBe(
      '* 1 EXPUNGE',
    );
  });
});

describe('lesson 10 (lesson-spoofing): SPF, DKIM, DMARC', () => {
  const steps = timeline('lesson-spoofing');
  const relay = { from: 'smtp-lycee', to: 'mx-ecole', port: 25 } as const;
  const forgedEnvelope = { from: 'eve-host', nth: 0 } as const;
  const forgedHeader = { from: 'eve-host', nth: 1 } as const;
  it('reads an SPF record that allows the relay’s address and ends with -all', () => {
    const spf = text(steps, { kind: 'dns-answer', to: 'mx-ecole', text: 'v=spf1', nth: 0 });
    expect(spf).toContain('ip4:192.0.2.10 -all');
    // The MX sees the relay connect from the one address the record allows.
    expect(
      matchAll(steps, {
        kind: 'log',
        from: 'mx-ecole',
        text: /: connect from \S+\[192\.0\.2\.10\]$/,
      }),
    ).toHaveLength(1);
  });

  it('relays Alice’s message with a DKIM-Signature for lycee.example, selector sel1', () => {
    const relayed = text(steps, { kind: 'data', conn: relay });
    expect(relayed).toMatch(/^DKIM-Signature: v=1; a=ed25519-sha256;.* d=lycee\.example; s=sel1;/m);
    expect(text(steps, { kind: 'dns-answer', to: 'mx-ecole', text: '_domainkey' })).toContain(
      'sel1._domainkey.lycee.example.',
    );
  });

  it('hands Alice’s message on with spf, dkim and dmarc all passing', () => {
    const handed = text(steps, { kind: 'data', conn: { to: 'mail-ecole', port: 24 } });
    expect(handed).toMatch(/^Authentication-Results: mx\.ecole\.example;/m);
    expect(handed).toContain('spf=pass smtp.mailfrom=lycee.example');
    expect(handed).toContain('dkim=pass header.d=lycee.example header.s=sel1');
    expect(handed).toMatch(/dmarc=pass .*header\.from=lycee\.example/);
  });

  it('refuses Eve’s forged envelope at RCPT with 5.7.23, naming her address', () => {
    expect(text(steps, { kind: 'command', verb: 'MAIL', conn: forgedEnvelope })).toContain(
      '<alice@lycee.example>',
    );
    const refusal = matchOne(steps, {
      kind: 'reply',
      after: { command: 'RCPT' },
      conn: forgedEnvelope,
    });
    expect([refusal.reply?.code, refusal.reply?.enhanced]).toEqual(['550', '5.7.23']);
    expect(refusal.text).toContain('ip=203.0.113.66');
    expect(matchAll(steps, { kind: 'data', conn: forgedEnvelope })).toEqual([]);
  });

  it('lets Eve’s own envelope through SPF (no record), then refuses the forged From: by DMARC', () => {
    expect(text(steps, { kind: 'command', verb: 'MAIL', conn: forgedHeader })).toContain(
      '<eve@pirate.example>',
    );
    expect(
      matchOne(steps, { kind: 'reply', after: { command: 'RCPT' }, conn: forgedHeader }).reply
        ?.code,
    ).toBe('250');
    const forged = text(steps, { kind: 'data', conn: forgedHeader });
    expect(forged).toMatch(/^From: Alice Martin <alice@lycee\.example>$/m);
    expect(forged).not.toMatch(/^DKIM-Signature:/m);
    expect(text(steps, { kind: 'dns-answer', to: 'mx-ecole', text: '_dmarc', nth: 1 })).toContain(
      'p=reject',
    );
    const refusal = matchOne(steps, { kind: 'reply', code: '550', conn: forgedHeader });
    expect(refusal.reply?.enhanced).toBe('5.7.1');
    expect(refusal.text).toContain('DMARC');
  });

  it('delivers only Alice’s message to Bob', () => {
    const delivered = matchAll(steps, { kind: 'deliver', text: 'bob@ecole.example' });
    expect(delivered).toHaveLength(1);
    const aliceId = text(steps, { kind: 'data', conn: relay }).match(/^Message-ID: (.*)$/m)?.[1];
    expect(delivered[0]?.text).toContain(`msgid=${aliceId}`);
    // Both of Eve's attempts came from her own address, whatever her messages claimed.
    expect(
      matchAll(steps, {
        kind: 'log',
        from: 'mx-ecole',
        text: /: connect from \S+\[203\.0\.113\.66\]$/,
      }),
    ).toHaveLength(2);
  });
});

describe('lesson 11 (lesson-raw-message): reading a raw message', () => {
  const steps = timeline('lesson-raw-message');
  const submitted = text(steps, { kind: 'data', conn: submission }).replaceAll('\r\n', '\n');
  const [, boundary] =
    /^Content-Type: multipart\/mixed; boundary="([^"]+)"$/m.exec(submitted) ?? [];
  const parts = submitted.split(`\n--${boundary}`);

  it('sends a multipart/mixed body in two parts, closed by --boundary--', () => {
    expect(boundary).toBe('=_b1');
    expect(submitted).toMatch(/^MIME-Version: 1\.0$/m);
    // Preamble, two parts, and the closing delimiter's "--".
    expect(parts).toHaveLength(4);
    expect(parts[3]?.trim()).toBe('--');
  });

  it('encodes the text part in quoted-printable: é is =C3=A9, the Subject an encoded-word', () => {
    expect(parts[1]).toContain('Content-Type: text/plain; charset=utf-8');
    expect(parts[1]).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(parts[1]).toContain('mus=C3=A9e');
    expect(submitted).toMatch(/^Subject: =\?utf-8\?q\?Sortie_au_mus=C3=A9e/m);
  });

  it('carries the 600-octet PDF as 800 base64 characters in lines of at most 76', () => {
    const [head, body = ''] = (parts[2] ?? '').split('\n\n');
    expect(head).toContain('Content-Type: application/pdf; name="programme.pdf"');
    expect(head).toContain('Content-Disposition: attachment; filename="programme.pdf"');
    expect(head).toContain('Content-Transfer-Encoding: base64');
    const lines = body.trim().split('\n');
    expect(lines.every((line) => line.length <= 76 && /^[A-Za-z0-9+/=]+$/.test(line))).toBe(true);
    expect(lines.join('')).toHaveLength(800);
    expect(Buffer.from(lines.join(''), 'base64')).toHaveLength(600);
  });

  it('announces a bigger SIZE on the relay, which added headers', () => {
    const size = (conn: { to: string; port: number }) =>
      Number(/SIZE=(\d+)/.exec(text(steps, { kind: 'command', verb: 'MAIL', conn }))?.[1]);
    expect(size({ to: 'mx-ecole', port: 25 })).toBeGreaterThan(size(submission));
  });

  it('gives Bob three Received: headers, the oldest at the bottom, and the same parts', () => {
    const fetched = text(steps, { kind: 'reply', after: { command: 'UID FETCH' }, text: 'BODY[]' });
    const received = fetched
      .split('\n')
      .map((line, i, lines) =>
        line.startsWith('Received:') ? lines.slice(i, i + 2).join(' ') : '',
      )
      .filter((line) => line !== '');
    expect(received).toEqual([
      expect.stringMatching(/from mx\.ecole\.example .*by mail\.ecole\.example with LMTP/),
      expect.stringMatching(
        /from smtp\.lycee\.example .*by mx\.ecole\.example \(Postfix\) with ESMTPS /,
      ),
      expect.stringMatching(
        /from laptop\.lycee\.example .*by smtp\.lycee\.example \(Postfix\) with ESMTPSA /,
      ),
    ]);
    const body = (raw: string) =>
      raw.slice(raw.indexOf(`--${boundary}\n`), raw.indexOf(`--${boundary}--`));
    expect(body(fetched.replaceAll('\r\n', '\n'))).toBe(body(submitted));
  });
});

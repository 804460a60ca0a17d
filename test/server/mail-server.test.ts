import { connect as tlsConnect } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailServer } from '../../src/server/mail-server';
import { converse, open, portOf, run, startClassroomServer } from './support/clients';

const BOB = 'bob@ecole.example';
const PYTHON_CLIENTS = fileURLToPath(new URL('./support/python-clients.py', import.meta.url));

let server: MailServer;
const subjectsOf = (address: string) =>
  server.world.mailbox(address).map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? '');

beforeAll(async () => {
  server = await startClassroomServer();
});

afterAll(async () => {
  await server.close();
});

describe('loopback mail server: real clients', () => {
  it('takes mail from curl on the MX port and gives it back over pop3:// and imap://', async () => {
    const subject = 'Sent by curl';
    expect(subjectsOf(BOB)).not.toContain(subject);
    const file = `From: eve@pirate.example\r\nTo: ${BOB}\r\nSubject: ${subject}\r\n\r\nHello\r\n`;
    await run('sh', [
      '-c',
      `printf '%s' "$1" | curl -sS smtp://127.0.0.1:${portOf(server, 25)} --mail-from eve@pirate.example --mail-rcpt ${BOB} --upload-file -`,
      'sh',
      file,
    ]);
    const index = subjectsOf(BOB).indexOf(subject) + 1;
    expect(index).toBeGreaterThan(0);

    const pop3 = await run('curl', [
      '-sS',
      '--ssl-reqd',
      '-k',
      '-u',
      `${BOB}:bricoleur`,
      `pop3://127.0.0.1:${portOf(server, 110)}/${index}`,
    ]);
    expect(pop3).toContain(`Subject: ${subject}\r\n`);
    const imap = await run('curl', [
      '-sS',
      '--ssl-reqd',
      '-k',
      '-u',
      `${BOB}:bricoleur`,
      `imap://127.0.0.1:${portOf(server, 143)}/INBOX;MAILINDEX=${index}`,
    ]);
    expect(imap).toContain(`Subject: ${subject}\r\n`);
  });

  it('serves Python smtplib (STARTTLS + AUTH, implicit TLS), poplib and imaplib', async () => {
    const output = await run('python3', [
      PYTHON_CLIENTS,
      ...[587, 465, 995, 143].map((port) => String(portOf(server, port))),
      'From Python',
    ]);
    expect(output.trim().split('\n')).toEqual([
      'smtp starttls refused: {}',
      'smtp implicit refused: {}',
      'pop3: From Python starttls',
      'pop3: From Python implicit',
      'imap: From Python starttls',
      'imap: From Python implicit',
    ]);
  });
});

const GREETING = '220 mx.ecole.example ESMTP Postfix (Debian/GNU)\r\n';

describe('loopback mail server: edge cases over Node sockets', () => {
  it('answers pipelined commands in order (RFC 2920)', async () => {
    const transcript = await converse(
      portOf(server, 25),
      [
        {
          after: 1,
          send: `HELO class.example\r\nMAIL FROM:<>\r\nRCPT TO:<${BOB}>\r\nRSET\r\nQUIT\r\n`,
        },
      ],
      'close',
    );
    expect(transcript).toBe(
      GREETING +
        '250 mx.ecole.example\r\n' +
        '250 2.1.0 Ok\r\n' +
        '250 2.1.5 Ok\r\n' +
        '250 2.0.0 Ok\r\n' +
        '221 2.0.0 Bye\r\n',
    );
  });

  it('skips a 100 KB command line as Postfix does and goes on', async () => {
    const transcript = await converse(
      portOf(server, 25),
      [
        { after: 1, send: 'HELO class.example\r\n' },
        { after: 2, send: `${'A'.repeat(100 * 1024)}\r\n` },
        { after: 3, send: 'NOOP\r\nQUIT\r\n' },
      ],
      'close',
    );
    expect(transcript).toBe(
      GREETING +
        '250 mx.ecole.example\r\n' +
        '500 5.5.2 Error: command not recognized\r\n' +
        '250 2.0.0 Ok\r\n' +
        '221 2.0.0 Bye\r\n',
    );
  });

  it('passes a 100 KB line to the POP3 and IMAP engines, which refuse it', async () => {
    const line = `a ${'B'.repeat(100 * 1024)}\r\n`;
    const pop3 = await converse(
      portOf(server, 110),
      [
        { after: 1, send: line },
        { after: 2, send: 'QUIT\r\n' },
      ],
      'close',
    );
    expect(pop3).toBe('+OK Dovecot (Debian) ready.\r\n-ERR Input buffer full, aborting\r\n');
    const imap = await converse(
      portOf(server, 143),
      [
        { after: 1, send: line },
        { after: 2, send: 'z LOGOUT\r\n' },
      ],
      'close',
    );
    expect(imap.split('\r\n').slice(1)).toEqual([
      'a BAD Error in IMAP command received by server.',
      '* BYE Logging out',
      'z OK Logout completed.',
      '',
    ]);
  });

  it('survives binary bytes and keeps serving', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 197 + 13) % 256);
    for (const worldPort of [25, 110, 143]) {
      const transcript = await converse(portOf(server, worldPort), [{ after: 1, send: bytes }], {
        lines: 2,
      });
      expect(transcript.split('\r\n').length).toBeGreaterThan(2);
    }
    const after = await converse(portOf(server, 25), [{ after: 1, send: 'QUIT\r\n' }], 'close');
    expect(after).toBe(`${GREETING}221 2.0.0 Bye\r\n`);
  });

  it('delivers nothing when the client hangs up in the middle of DATA', async () => {
    const before = server.world.mailbox(BOB).length;
    const socket = await open(portOf(server, 25));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const replies = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (received.split('\r\n').length - 1 < count) return;
          socket.off('data', check);
          resolve();
        };
        socket.on('data', check);
        check();
      });
    await replies(1);
    socket.write(`HELO class.example\r\nMAIL FROM:<>\r\nRCPT TO:<${BOB}>\r\nDATA\r\n`);
    await replies(5);
    socket.write('Subject: Half a message\r\n\r\nThe rest never comes');
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.destroy();
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.split('\r\n').at(-2)).toBe('354 End data with <CR><LF>.<CR><LF>');
    expect(server.world.mailbox(BOB).length).toBe(before);
    expect(subjectsOf(BOB)).not.toContain('Half a message');
  });

  it('lets 127.0.0.1 relay as a trusted host and refuses 127.0.0.2 as an outside host', async () => {
    const session = [
      { after: 1, send: 'HELO class.example\r\nMAIL FROM:<>\r\nRCPT TO:<x@elsewhere.example>\r\n' },
      { after: 4, send: 'QUIT\r\n' },
    ];
    const trusted = await converse(portOf(server, 25), session, 'close', '127.0.0.1');
    const outside = await converse(portOf(server, 25), session, 'close', '127.0.0.2');
    const opening = `${GREETING}250 mx.ecole.example\r\n250 2.1.0 Ok\r\n`;
    expect(trusted).toBe(`${opening}250 2.1.5 Ok\r\n221 2.0.0 Bye\r\n`);
    expect(outside).toBe(
      `${opening}554 5.7.1 <x@elsewhere.example>: Relay access denied\r\n221 2.0.0 Bye\r\n`,
    );
  });

  it("counts 127.0.0.1 as secure for Dovecot's cleartext login, and not 127.0.0.2", async () => {
    const session = [
      { after: 1, send: `USER ${BOB}\r\n` },
      { after: 2, send: 'PASS bricoleur\r\n' },
      { after: 3, send: 'QUIT\r\n' },
    ];
    const local = await converse(portOf(server, 110), session, 'close', '127.0.0.1');
    const outside = await converse(portOf(server, 110), session, 'close', '127.0.0.2');
    const refusal =
      '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.\r\n';
    expect(local).toBe(
      '+OK Dovecot (Debian) ready.\r\n+OK\r\n+OK Logged in.\r\n+OK Logging out.\r\n',
    );
    expect(outside).toBe(`+OK Dovecot (Debian) ready.\r\n${refusal}${refusal}+OK Logging out\r\n`);
  });

  it("moves an IMAP login to the user's own mailbox host", async () => {
    const transcript = await converse(
      portOf(server, 143),
      [
        { after: 1, send: 'a LOGIN alice@lycee.example merveilles\r\n' },
        { after: 2, send: 'b LOGOUT\r\n' },
      ],
      'close',
    );
    expect(transcript.split('\r\n').slice(1)).toEqual([
      'a OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE UNSELECT CHILDREN UIDPLUS MOVE LITERAL+] Logged in',
      '* BYE Logging out',
      'b OK Logout completed.',
      '',
    ]);
  });

  it('serves 200 sessions at once and answers the next ones 421', async () => {
    const port = portOf(server, 25);
    const sockets = await Promise.all(Array.from({ length: 250 }, () => open(port)));
    // The refused ones may close before their line is read: listen for the close at once.
    const closed = sockets.map((socket) => new Promise((resolve) => socket.once('close', resolve)));
    const firstLines = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<string>((resolve) => {
            let text = '';
            socket.on('data', (chunk: Buffer) => {
              text += chunk.toString('utf8');
              if (text.includes('\r\n')) resolve(text.slice(0, text.indexOf('\r\n')));
            });
          }),
      ),
    );
    sockets.forEach((socket) => socket.destroy());
    await Promise.all(closed);
    const busy = '421 4.7.0 mx.ecole.example Error: too many connections from 127.0.0.1';
    expect(firstLines.filter((line) => line === GREETING.trim())).toHaveLength(200);
    expect(firstLines.filter((line) => line === busy)).toHaveLength(50);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.sessionCount).toBe(0);
  });
});

describe('loopback mail server: STARTTLS on the same socket', () => {
  it('drops commands pipelined after STARTTLS, then speaks inside TLS (CVE-2011-0411)', async () => {
    const socket = await open(portOf(server, 25));
    let plain = '';
    socket.on('data', (chunk: Buffer) => (plain += chunk.toString('utf8')));
    socket.write('EHLO class.example\r\nSTARTTLS\r\nRSET\r\n');
    await new Promise<void>((resolve) => {
      const check = () => plain.includes('Ready to start TLS\r\n') && resolve();
      socket.on('data', check);
    });
    socket.removeAllListeners('data');
    const secure = tlsConnect({ socket, rejectUnauthorized: false });
    await new Promise((resolve) => secure.once('secureConnect', resolve));
    let inside = '';
    secure.on('data', (chunk: Buffer) => (inside += chunk.toString('utf8')));
    const closed = new Promise((resolve) => secure.once('close', resolve));
    secure.write('HELO class.example\r\nQUIT\r\n');
    await closed;
    expect(plain.split('\r\n').slice(-2)).toEqual(['220 2.0.0 Ready to start TLS', '']);
    expect(inside).toBe('250 mx.ecole.example\r\n221 2.0.0 Bye\r\n');
  });
});

describe('loopback mail server: STLS before the login', () => {
  it('drops a USER pipelined after STLS in cleartext (RFC 2595 §4)', async () => {
    const socket = await open(portOf(server, 110), '127.0.0.2');
    let plain = '';
    socket.on('data', (chunk: Buffer) => (plain += chunk.toString('utf8')));
    await new Promise<void>((resolve) => {
      const check = () => plain.includes('ready.\r\n') && resolve();
      socket.on('data', check);
      check();
    });
    socket.write(`STLS\r\nUSER ${BOB}\r\n`);
    await new Promise<void>((resolve) => {
      const check = () => plain.includes('Begin TLS negotiation now.\r\n') && resolve();
      socket.on('data', check);
    });
    socket.removeAllListeners('data');
    const secure = tlsConnect({ socket, rejectUnauthorized: false });
    await new Promise((resolve) => secure.once('secureConnect', resolve));
    let inside = '';
    secure.on('data', (chunk: Buffer) => (inside += chunk.toString('utf8')));
    const closed = new Promise((resolve) => secure.once('close', resolve));
    secure.write('PASS bricoleur\r\nQUIT\r\n');
    await closed;
    expect(plain).toBe('+OK Dovecot (Debian) ready.\r\n+OK Begin TLS negotiation now.\r\n');
    expect(inside).toBe('-ERR No username given.\r\n+OK Logging out\r\n');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailServer } from '../../src/server/mail-server';
import { converse, portOf, startClassroomServer } from './support/clients';

// Real time drives the simulated clock; at 200 simulated seconds per real second, Postfix's
// 300 s smtpd_timeout and Dovecot's 10 min POP3 autologout come in 1.5 s and 3 s: slow enough
// that a busy machine still answers HELO long before the timeout.
let server: MailServer;

beforeAll(async () => {
  server = await startClassroomServer(200);
});

afterAll(async () => {
  await server.close();
});

describe('loopback mail server: idle timeouts follow the real clock', () => {
  it('closes an idle SMTP session with 421 4.4.2 (RFC 5321 §4.5.3.2)', async () => {
    const transcript = await converse(
      portOf(server, 25),
      [{ after: 1, send: 'HELO class.example\r\n' }],
      'close',
    );
    expect(transcript).toBe(
      '220 mx.ecole.example ESMTP Postfix (Debian/GNU)\r\n' +
        '250 mx.ecole.example\r\n' +
        '421 4.4.2 mx.ecole.example Error: timeout exceeded\r\n',
    );
  });

  it('closes an idle POP3 session (RFC 1939 §3 autologout)', async () => {
    const transcript = await converse(portOf(server, 110), [], 'close');
    expect(transcript).toBe('+OK Dovecot (Debian) ready.\r\n-ERR Disconnected for inactivity.\r\n');
  });
});

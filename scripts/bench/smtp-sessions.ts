import { performance } from 'node:perf_hooks';
import { postfixDefaults } from '../../src/protocols/smtp/server-config';
import { createSmtpServerSession } from '../../src/protocols/smtp/wire-adapter';
import { median, round, type Figure } from './figure';

/** A 2 KB message, dot-stuffing included, as a client would put it on the wire. */
const BODY = Array.from(
  { length: 32 },
  (_, index) =>
    `${index % 8 === 0 ? '..' : ''}Line ${String(index).padStart(2, '0')} ${'x'.repeat(52)}`,
).join('\r\n');
const MESSAGE = `From: alice@a.example\r\nTo: bob@example.test\r\nSubject: bench\r\n\r\n${BODY}\r\n.\r\n`;

const CONFIG = postfixDefaults('mail.example.test', {
  localDomains: ['example.test'],
  mailboxes: ['bob@example.test'],
});

/** One happy-path session through the wire adapter: EHLO, MAIL, RCPT, DATA, message, QUIT. */
function session(): void {
  const server = createSmtpServerSession(CONFIG, { startTime: 0 });
  server.open();
  server.receive('EHLO client.a.example\r\n');
  server.receive('MAIL FROM:<alice@a.example>\r\n');
  server.receive('RCPT TO:<bob@example.test>\r\n');
  server.receive('DATA\r\n');
  server.receive(MESSAGE);
  server.receive('QUIT\r\n');
  if (!server.closed) throw new Error('the bench session did not end with QUIT');
}

/** `smtp_sessions_per_s`: complete SMTP server sessions per second, median of 5 runs. */
export async function smtpSessionsPerSecond(): Promise<Figure> {
  for (let index = 0; index < 200; index++) session();
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const count = 2000;
    const start = performance.now();
    for (let index = 0; index < count; index++) session();
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return { figure: 'smtp_sessions_per_s', value: round(median(rates), 0), unit: 'sessions/s' };
}

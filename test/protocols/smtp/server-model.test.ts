import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../src/protocols/encoding/base64';
import {
  createSmtpServerSession,
  type SmtpServerSession,
} from '../../../src/protocols/smtp/wire-adapter';
import type { Output } from '../../../src/protocols/wire';
import { testConfig } from './transcript';

/**
 * Model-based walk: from the greeting, every sequence of these client events is explored
 * breadth-first until no new (state, TLS, AUTH, hello) combination appears. On every step the
 * replies must be well formed, and a 503 or 501 must leave the state where it was.
 */
type Step = { kind: 'bytes'; text: string } | { kind: 'tls' } | { kind: 'timeout' };

const line = (text: string): Step => ({ kind: 'bytes', text: `${text}\r\n` });
const ALPHABET: Step[] = [
  line('EHLO client.a.example'),
  line('HELO client.a.example'),
  line('MAIL FROM:<alice@example.test>'),
  line('MAIL FROM:<alice@@example.test>'),
  line('RCPT TO:<bob@example.test>'),
  line('RCPT TO:<nobody@example.test>'),
  line('RCPT TO:<x@other.example>'),
  line('DATA'),
  line('DATA now'),
  line('RSET'),
  line('NOOP'),
  line('VRFY bob'),
  line('STARTTLS'),
  line(`AUTH PLAIN ${encodeBase64('\0alice@example.test\0s3cret')}`),
  line('AUTH LOGIN'),
  line(encodeBase64('alice@example.test')),
  line('*'),
  { kind: 'bytes', text: 'BDAT 3\r\nabc' },
  line('BDAT 0 LAST'),
  line('Subject: x\r\n\r\nbody\r\n.'),
  line('QUIT'),
  line('FOO'),
  { kind: 'tls' },
  { kind: 'timeout' },
];

const config = testConfig({ authEnabled: true, hardErrorLimit: 1000 });

function apply(session: SmtpServerSession, step: Step): Output[] {
  if (step.kind === 'tls') return session.tlsEstablished();
  if (step.kind === 'timeout') return session.tick(config.timeoutMs);
  return session.receive(step.text);
}

function signature(session: SmtpServerSession, path: Step[]): string {
  const tls = path.some((step) => step.kind === 'tls');
  return `${session.state}|${session.closed}|${tls}`;
}

/** Well-formed lines (RFC 5321 §4.2) and an enhanced class equal to the first digit. */
function checkFormat(outputs: Output[], path: string) {
  for (const output of outputs) {
    if (output.kind !== 'line') continue;
    const lines = output.text.split('\r\n');
    expect(lines.pop(), path).toBe('');
    lines.forEach((text, index) => {
      const separator = index === lines.length - 1 ? ' ' : '-';
      expect(text, path).toMatch(new RegExp(`^${output.reply?.code}\\${separator}`));
    });
    const enhanced = output.reply?.enhanced;
    if (enhanced !== undefined) expect(enhanced.charAt(0), path).toBe(output.reply?.code.charAt(0));
  }
}

/** RFC 5321 §4.1.4: a 503 or 501 answers a command without moving the session. */
function checkUnchanged(outputs: Output[], before: string, after: string, path: string) {
  for (const output of outputs) {
    if (output.kind !== 'line') continue;
    const sequenceOrSyntax = output.reply?.code === '503' || output.reply?.code === '501';
    // RFC 4954 §4: "*" ends the AUTH exchange with 501; that is the one 501 that moves on.
    if (sequenceOrSyntax && output.reply?.key !== 'smtp.reply.authAborted') {
      expect(after, `${path}: ${output.text}`).toBe(before);
    }
  }
}

describe('SMTP server: model-based walk over the reachable states', () => {
  it('gives well-formed replies on every path, and 503/501 never move the state', () => {
    const seen = new Set<string>();
    const states = new Set<string>();
    let frontier: Step[][] = [[]];
    let paths = 0;
    while (frontier.length > 0) {
      const next: Step[][] = [];
      for (const prefix of frontier) {
        for (const step of ALPHABET) {
          const path = [...prefix, step];
          const session = createSmtpServerSession(config, { startTime: 0 });
          session.open();
          for (const earlier of prefix) apply(session, earlier);
          const before = session.state;
          const outputs = apply(session, step);
          paths++;
          const described = path
            .map((item) => (item.kind === 'bytes' ? item.text.trim() : `<${item.kind}>`))
            .join(' | ');
          checkFormat(outputs, described);
          // A step holding several commands (the DATA block outside DATA) is checked line by line elsewhere.
          if (outputs.filter((output) => output.kind === 'line').length === 1) {
            checkUnchanged(outputs, before, session.state, described);
          }
          states.add(session.state);
          const key = signature(session, path);
          if (!seen.has(key) && !session.closed) {
            seen.add(key);
            next.push(path);
          }
        }
      }
      frontier = next;
    }
    expect([...states].sort()).toEqual(
      [
        'awaitingHello',
        'closed',
        'inAuth',
        'inBdat',
        'inData',
        'inMail',
        'inRcpt',
        'ready',
        'startingTls',
      ].sort(),
    );
    expect(paths).toBeGreaterThan(100);
  });
});

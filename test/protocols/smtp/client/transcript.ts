import { SmtpClientSession } from '../../../../src/protocols/smtp/client/client-wire-adapter';
import type {
  ClientOptions,
  ClientOutput,
} from '../../../../src/protocols/smtp/client/client-types';

/** A fixture's lines, without the indentation of the template string. */
export function fixture(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimStart())
    .filter((line) => line !== '');
}

/** The transcript lines a client's outputs stand for: `C:` lines, the handshake, the close. */
function render(session: SmtpClientSession, outputs: ClientOutput[], lines: string[]): void {
  for (const output of outputs) {
    if (output.kind === 'line') lines.push(`C: ${output.text.replace(/\r\n$/, '')}`);
    if (output.kind === 'data') {
      for (const line of output.text.split('\r\n').slice(0, -1)) lines.push(`C: ${line}`);
    }
    if (output.kind === 'tlsStart') {
      lines.push('-- TLS handshake --');
      render(session, session.tlsEstablished(), lines);
    }
    if (output.kind === 'close') lines.push(`-- close: ${output.reason} --`);
  }
}

/**
 * Plays the `S:` lines of a fixture to a client (each run of consecutive `S:` lines as one
 * chunk, as a server would send them) and writes down what the client answered, so the
 * result can be compared whole with the fixture.
 */
export function play(options: ClientOptions, text: string) {
  const expected = fixture(text);
  const session = new SmtpClientSession(options);
  const lines: string[] = [];
  render(session, session.start(), lines);
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    lines.push(...chunk.map((line) => `S: ${line}`));
    render(session, session.receive(chunk.map((line) => `${line}\r\n`).join('')), lines);
    chunk = [];
  };
  for (const line of expected) {
    if (line.startsWith('S: ')) chunk.push(line.slice(3));
    else flush();
  }
  flush();
  return { expected, actual: lines, session, result: session.result };
}

/** 83 octets: 31 + 25 + 16 + 2 + 9, counted by hand with each CRLF. */
export const MESSAGE = [
  'From: Alice <alice@a.example>',
  'To: Bob <bob@b.example>',
  'Subject: Hello',
  '',
  'Hi Bob!',
  '',
].join('\r\n');

/** A queue manager relaying to Bob's MX on 25, as Postfix's smtp client does it. */
export function relay(overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    protocol: 'smtp',
    hostname: 'smtp.a.example',
    peer: 'mx1.b.example[203.0.113.10]',
    tls: 'starttls-if-offered',
    pipelining: false,
    envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example'] },
    message: MESSAGE,
    ...overrides,
  };
}

/** Alice's mail client submitting on 587. */
export function submission(overrides: Partial<ClientOptions> = {}): ClientOptions {
  return relay({
    hostname: 'pc-alice.a.example',
    peer: 'smtp.a.example[198.51.100.25]',
    tls: 'starttls',
    credentials: { username: 'alice@a.example', password: 's3cret', mechanism: 'PLAIN' },
    ...overrides,
  });
}

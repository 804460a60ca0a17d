import { postfixDefaults, type ServerConfig } from '../../../src/protocols/smtp/server-config';
import { createSmtpServerSession } from '../../../src/protocols/smtp/wire-adapter';
import type { Output, WireSession } from '../../../src/protocols/wire';

/**
 * Replays a transcript fixture against a fresh server session and returns the transcript the
 * session really produced, to compare whole with the fixture.
 * - `C: …` client lines; consecutive ones are sent in one chunk (pipelined), CRLF appended,
 *   or a bare LF when the line ends with `<LF>` (RFC 5321 §2.3.8 forbids it; clients still do it).
 * - `S: …` server lines: replaced by what the server answered.
 * - `>> tls`, `>> tick <ms>`, `>> disconnect`: transport events.
 * - `-- tlsStart`, `-- close <reason>`: outputs that are not lines.
 */
export function replay(fixture: string, config: ServerConfig = testConfig()): string {
  return run(fixture, createSmtpServerSession(config, { startTime: 0 }));
}

export function run(fixture: string, session: WireSession): string {
  const lines = fixture
    .trim()
    .split('\n')
    .map((line) => line.trimStart());
  const out: string[] = [];
  const render = (outputs: Output[]) => {
    for (const output of outputs) {
      if (output.kind === 'line') {
        for (const line of output.text.split('\r\n').slice(0, -1)) out.push(`S: ${line}`);
      } else if (output.kind === 'tlsStart') out.push('-- tlsStart');
      else if (output.kind === 'close') out.push(`-- close ${output.reason}`);
    }
  };
  render(session.open());
  let block: string[] = [];
  const sendBlock = () => {
    if (block.length === 0) return;
    const wire = block.map((line) =>
      line.endsWith('<LF>') ? `${line.slice(0, -'<LF>'.length)}\n` : `${line}\r\n`,
    );
    render(session.receive(wire.join('')));
    block = [];
  };
  for (const line of lines) {
    if (line.startsWith('C:')) {
      const text = line.slice(3);
      out.push(line);
      block.push(text);
      continue;
    }
    sendBlock();
    if (line.startsWith('>> ')) {
      out.push(line);
      const [action, value] = line.slice(3).split(' ');
      if (action === 'tls') render(session.tlsEstablished());
      else if (action === 'tick') render(session.tick(Number(value)));
      else if (action === 'disconnect') session.disconnect();
    }
  }
  sendBlock();
  return out.join('\n');
}

/** The fixture with only the lines `replay` reproduces: client lines, server lines, events. */
export function expected(fixture: string): string {
  return fixture
    .trim()
    .split('\n')
    .map((line) => line.trimStart())
    .filter((line) => /^(C:|S:|>> |-- )/.test(line))
    .join('\n');
}

/** mail.example.test, the MX of example.test, where bob and alice exist. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return postfixDefaults('mail.example.test', {
    localDomains: ['example.test'],
    mailboxes: ['bob@example.test', 'alice@example.test'],
    client: { ip: '198.51.100.7', reverseName: 'client.a.example', trusted: false },
    checkCredentials: (user, password) => user === 'alice@example.test' && password === 's3cret',
    ...overrides,
  });
}

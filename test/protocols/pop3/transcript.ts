import type { Output, WireSession } from '../../../src/protocols/wire';

/**
 * Transcript fixtures: `C:` lines are sent to the session one receive() each, `S:` lines are
 * what it answered, and `--` lines are transport events, both directions:
 *   `-- tick <ms>` / `-- tls established` / `-- drop` are sent;
 *   `-- tls start` / `-- close <reason>` are what the session asked of the transport.
 * `C+:` lines are glued to the next `C:` line in one chunk (pipelining).
 * The fixture is replayed and the transcript it produces must equal it, whole.
 */
export function describeOutputs(outputs: readonly Output[]): string[] {
  return outputs.flatMap((output): string[] => {
    switch (output.kind) {
      case 'line':
        return output.text
          .replace(/\r\n$/, '')
          .split('\r\n')
          .map((line) => `S: ${line}`);
      case 'tlsStart':
        return ['-- tls start'];
      case 'close':
        return [`-- close ${output.reason}`];
      default:
        return [];
    }
  });
}

export function replay(session: WireSession, fixture: string): string {
  const lines = fixture
    .trim()
    .split('\n')
    .map((line) => line.trim());
  const out: string[] = describeOutputs(session.open());
  let chunk: string[] = [];
  for (const line of lines) {
    if (line.startsWith('C+: ')) {
      chunk.push(line);
      out.push(line);
    } else if (line.startsWith('C: ')) {
      out.push(line);
      const text = [...chunk, line].map((each) => `${each.replace(/^C\+?: /, '')}\r\n`).join('');
      chunk = [];
      out.push(...describeOutputs(session.receive(text)));
    } else if (line.startsWith('-- tick ')) {
      out.push(line);
      out.push(...describeOutputs(session.tick(Number(line.slice('-- tick '.length)))));
    } else if (line === '-- tls established') {
      out.push(line);
      out.push(...describeOutputs(session.tlsEstablished()));
    } else if (line === '-- drop') {
      out.push(line);
      session.disconnect();
    }
  }
  return out.map((line) => line.trimEnd()).join('\n');
}

/** The fixture as written, normalised the way replay() prints it. */
export function expected(fixture: string): string {
  return fixture
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

import { describe, expect, it } from 'vitest';
import {
  formatTranscript,
  parseTranscript,
  replayInputs,
  type TranscriptEntry,
} from '../../../src/state/sandbox-transcript';

const FILE = `# Facteur sandbox transcript, version 1
# world: classroom
1 @ eve-host
1 $ telnet mx.ecole.example 25
1 ! Trying 198.51.100.25...
1 < 220 mx.ecole.example ESMTP Postfix (Debian/GNU)
1 > HELO mail.pirate.example
1 < 250 mx.ecole.example
1 > DATA
1 > 
1 >  starts with a space
2 @ bob-laptop
`;

const ENTRIES: TranscriptEntry[] = [
  { terminal: 1, kind: 'from', text: 'eve-host' },
  { terminal: 1, kind: 'shell', text: 'telnet mx.ecole.example 25' },
  { terminal: 1, kind: 'note', text: 'Trying 198.51.100.25...' },
  { terminal: 1, kind: 'server', text: '220 mx.ecole.example ESMTP Postfix (Debian/GNU)' },
  { terminal: 1, kind: 'send', text: 'HELO mail.pirate.example' },
  { terminal: 1, kind: 'server', text: '250 mx.ecole.example' },
  { terminal: 1, kind: 'send', text: 'DATA' },
  { terminal: 1, kind: 'send', text: '' },
  { terminal: 1, kind: 'send', text: ' starts with a space' },
  { terminal: 2, kind: 'from', text: 'bob-laptop' },
];

describe('the saved sandbox session', () => {
  it('is written one entry a line, terminal and mark first', () => {
    expect(formatTranscript('classroom', ENTRIES)).toBe(FILE);
  });

  it('reads back to the same entries, blank and space-led lines included', () => {
    expect(parseTranscript(FILE)).toEqual({ ok: true, entries: ENTRIES });
  });

  it('replays only the inputs: hosts, prompt commands and lines sent', () => {
    expect(replayInputs(ENTRIES).map((entry) => entry.kind)).toEqual([
      'from',
      'shell',
      'send',
      'send',
      'send',
      'send',
      'from',
    ]);
  });

  it('refuses another file with the number of the first bad line', () => {
    expect(parseTranscript('hello')).toEqual({ ok: false, line: 1, reason: 'header' });
    expect(parseTranscript(`${FILE}oops\n`)).toEqual({ ok: false, line: 13, reason: 'entry' });
  });
});

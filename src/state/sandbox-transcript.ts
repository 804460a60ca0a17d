/**
 * A sandbox session saved as a text file: every terminal's input and output in the order it
 * happened, one entry a line, `<terminal> <mark> <text>`. Replaying sends the inputs again
 * (the host a terminal runs on `@`, the prompt's commands `$`, the lines sent on a connection
 * `>`) into a fresh world; the outputs (`<` from the server, `!` from the terminal) are there
 * to read, and to compare with what the new run answers.
 */
export type EntryKind = 'from' | 'shell' | 'send' | 'server' | 'note';

export interface TranscriptEntry {
  terminal: number;
  kind: EntryKind;
  text: string;
}

export const TRANSCRIPT_HEADER = '# Facteur sandbox transcript, version 1';

const MARKS: Readonly<Record<EntryKind, string>> = {
  from: '@',
  shell: '$',
  send: '>',
  server: '<',
  note: '!',
};
const KINDS = new Map(Object.entries(MARKS).map(([kind, mark]) => [mark, kind as EntryKind]));

export function formatTranscript(world: string, entries: readonly TranscriptEntry[]): string {
  const lines = entries.map((entry) => `${entry.terminal} ${MARKS[entry.kind]} ${entry.text}`);
  return [TRANSCRIPT_HEADER, `# world: ${world}`, ...lines, ''].join('\n');
}

export type ParsedTranscript =
  | { ok: true; entries: TranscriptEntry[] }
  | { ok: false; line: number; reason: 'header' | 'entry' };

/** Reads a saved transcript back; a line that is not an entry is refused with its number. */
export function parseTranscript(text: string): ParsedTranscript {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== TRANSCRIPT_HEADER) return { ok: false, line: 1, reason: 'header' };
  const entries: TranscriptEntry[] = [];
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line === '' || line.startsWith('#')) continue;
    const match = /^(\d{1,3}) (.) ?(.*)$/s.exec(line);
    const kind = match === null ? undefined : KINDS.get(match[2] ?? '');
    if (match === null || kind === undefined)
      return { ok: false, line: index + 1, reason: 'entry' };
    entries.push({ terminal: Number(match[1]), kind, text: match[3] ?? '' });
  }
  return { ok: true, entries };
}

/** The entries a replay performs again, in order. */
export function replayInputs(entries: readonly TranscriptEntry[]): TranscriptEntry[] {
  return entries.filter(
    (entry) => entry.kind === 'from' || entry.kind === 'shell' || entry.kind === 'send',
  );
}

/**
 * A terminal's command history, as a shell keeps it: ↑ goes back through the lines typed, ↓
 * comes forward again, and the line being written is kept while one browses.
 */
export interface History {
  /** Lines entered, oldest first (repeats of the previous line are kept once). */
  readonly entries: readonly string[];
  /** Where ↑ / ↓ are: entries.length means the line being written. */
  readonly position: number;
  /** The unfinished line, given back when ↓ reaches the end again. */
  readonly draft: string;
}

/** How many lines a terminal remembers (bash's HISTSIZE default). */
export const HISTORY_SIZE = 500;

export const emptyHistory: History = { entries: [], position: 0, draft: '' };

/** A line was entered: it joins the history, and browsing starts again from the end. */
export function remember(history: History, line: string): History {
  const last = history.entries.at(-1);
  const entries =
    line.trim() === '' || line === last
      ? history.entries
      : [...history.entries, line].slice(-HISTORY_SIZE);
  return { entries, position: entries.length, draft: '' };
}

/** ↑: the previous line, or null at the oldest one. `current` is what the input holds now. */
export function back(history: History, current: string): { history: History; line: string } | null {
  if (history.position === 0) return null;
  const position = history.position - 1;
  const draft = history.position === history.entries.length ? current : history.draft;
  return { history: { ...history, position, draft }, line: history.entries[position] ?? '' };
}

/** ↓: the next line, or the unfinished one past the newest; null when already there. */
export function forward(history: History): { history: History; line: string } | null {
  if (history.position >= history.entries.length) return null;
  const position = history.position + 1;
  const line =
    position === history.entries.length ? history.draft : (history.entries[position] ?? '');
  return { history: { ...history, position }, line };
}

import { describe, expect, it } from 'vitest';
import {
  back,
  emptyHistory,
  forward,
  HISTORY_SIZE,
  remember,
  type History,
} from '../../../src/state/sandbox-history';

function typed(...lines: string[]): History {
  return lines.reduce(remember, emptyHistory);
}

describe('a terminal’s history', () => {
  it('goes back through the lines typed with ↑, newest first, and stops at the oldest', () => {
    let history = typed('EHLO a', 'MAIL FROM:<a@b>');
    const seen: string[] = [];
    for (let step = back(history, ''); step !== null; step = back(history, '')) {
      history = step.history;
      seen.push(step.line);
    }
    expect(seen).toEqual(['MAIL FROM:<a@b>', 'EHLO a']);
  });

  it('gives back the unfinished line when ↓ passes the newest', () => {
    const start = typed('EHLO a');
    const up = back(start, 'RCPT TO:<b');
    expect(up?.line).toBe('EHLO a');
    const down = forward(up!.history);
    expect(down?.line).toBe('RCPT TO:<b');
    expect(forward(down!.history)).toBeNull();
  });

  it('keeps a repeated line once, skips blank lines, and keeps the last HISTORY_SIZE', () => {
    expect(typed('NOOP', 'NOOP', '  ', 'QUIT').entries).toEqual(['NOOP', 'QUIT']);
    const many = typed(...Array.from({ length: HISTORY_SIZE + 5 }, (_, n) => `NOOP ${n}`));
    expect(many.entries).toHaveLength(HISTORY_SIZE);
    expect(many.entries[0]).toBe('NOOP 5');
  });
});

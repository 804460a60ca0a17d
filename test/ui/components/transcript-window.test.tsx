// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { worldView } from '../../../src/state/world-view';
import { Transcript } from '../../../src/ui/components/Transcript';
import { initI18n } from '../../../src/ui/i18n';
import { command, connect, reply, timelineOf } from '../../state/selectors/steps';

const classroom = worldView(classroomWorld);

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

/** A sandbox-sized run: one long SMTP session of 10,000 steps. */
const long = timelineOf([
  connect('c1', 'alice-laptop', 'smtp-lycee', 587),
  ...Array.from({ length: 9_999 }, (_, i) =>
    i % 2 === 0
      ? command('c1', 'alice-laptop', 'smtp-lycee', `NOOP ${i}`, 'NOOP')
      : reply('c1', 'smtp-lycee', 'alice-laptop', `250 2.0.0 Ok ${i}`, '250'),
  ),
]);

function transcriptAt(cursor: number, onSelect = () => {}) {
  return (
    <Transcript
      timeline={long}
      cursor={cursor}
      hosts={classroom.hosts}
      eavesdropper={false}
      reducedMotion
      onSelect={onSelect}
    />
  );
}

function show(cursor: number, onSelect = () => {}) {
  return render(transcriptAt(cursor, onSelect));
}

describe('a transcript of 10,000 lines', () => {
  it('puts only the lines near the current one in the DOM, the current one highlighted', () => {
    show(long.length - 1);
    const lines = document.querySelectorAll('.line');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThan(200);
    const current = screen.getByRole('button', { current: 'step' });
    expect(current.textContent).toContain(long.at(-1)!.text);
    expect(lines[lines.length - 1]!.contains(current)).toBe(true);
  });

  it('keeps the heading of a connection whose first lines are out of the DOM', () => {
    show(long.length - 1);
    expect(screen.queryByText(long[0]!.text)).toBeNull();
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(
      'c1: laptop.lycee.example → smtp.lycee.example:587, SMTP',
    );
  });

  it('shows the steps up to the cursor only, in a list of buttons that select a step', () => {
    const onSelect = vi.fn();
    show(5_000, onSelect);
    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons.at(-1)!.getAttribute('aria-current')).toBe('step');
    expect(screen.queryByText(long[5_001]!.text)).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: new RegExp(long[4_990]!.text) }));
    expect(onSelect).toHaveBeenCalledWith(4_990);
  });

  it('removes the lines that leave the window once the step is painted, not during it', async () => {
    const shown = show(5_000);
    const firstSeq = () => Number(document.querySelector('.line')!.getAttribute('data-seq'));
    const before = firstSeq();
    const rerender = (cursor: number) => shown.rerender(transcriptAt(cursor));
    rerender(5_004);
    expect(firstSeq()).toBe(before);
    expect(screen.getByRole('button', { current: 'step' }).textContent).toContain(
      long[5_004]!.text,
    );
    await waitFor(() => expect(firstSeq()).toBeGreaterThan(before));
    // A far jump does not keep the old lines, even for a frame.
    rerender(9_000);
    expect(firstSeq()).toBeGreaterThan(8_900);
  });

  it('reserves the room of the lines left out, so the scrollbar spans the whole run', () => {
    show(long.length - 1);
    const above = document.querySelector<HTMLElement>('.transcript-rows > div');
    // 10,000 lines of at least 20 px each, minus the few in the DOM.
    expect(parseFloat(above!.style.height)).toBeGreaterThan(150_000);
  });
});

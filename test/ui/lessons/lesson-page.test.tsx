// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/content/lessons/catalogue';
import { usePlayback } from '../../../src/state/playback';
import { useProgress } from '../../../src/state/progress';
import { useViewOptions } from '../../../src/state/view-options';
import { initI18n } from '../../../src/ui/i18n';
import { LessonPage } from '../../../src/ui/lessons/LessonPage';

const journey = LESSONS.find((lesson) => lesson.id === 'journey');
if (journey === undefined) throw new Error('lesson 1 is missing');

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  usePlayback.getState().load(0);
  useViewOptions.setState({ eavesdropper: false, explained: null });
  useProgress.getState().reset();
  window.history.replaceState(null, '', '/?lesson=journey');
});

afterEach(cleanup);

async function open(classMode: boolean) {
  render(
    <LessonPage
      lesson={journey!}
      step={null}
      language="en"
      reducedMotion
      classMode={classMode}
      onClassMode={() => undefined}
    />,
  );
  await screen.findByRole('region', { name: 'Transcript' });
}

const panel = () => within(screen.getByRole('complementary'));

describe('the lesson page', () => {
  it('shows the objectives first, then the text of the step reached', async () => {
    await open(false);
    expect(panel().getByText('In this lesson you will')).toBeTruthy();
    fireEvent.click(panel().getByRole('button', { name: 'Next text →' }));
    expect(panel().getByText(/First hop\./)).toBeTruthy();
    expect(panel().queryByText('In this lesson you will')).toBeNull();
  });

  it('holds the cursor before the greeting until the student predicts, then shows why a wrong code is wrong', async () => {
    await open(false);
    act(() => usePlayback.getState().last());
    // However it moves, the cursor stops before the reply to predict.
    expect(usePlayback.getState().cursor).toBe(2);
    expect(panel().getByRole('button', { name: 'Next text →' })).toHaveProperty('disabled', true);
    fireEvent.click(panel().getByRole('button', { name: '354' }));
    expect(panel().getByText(/Not quite\./)).toBeTruthy();
    expect(panel().getAllByText(/only after the\s+command/).length).toBeGreaterThan(0);
    expect(useProgress.getState().lessons.journey?.checkpoints.greeting).toEqual({
      outcome: 'wrong',
    });
    // The engine's reply is shown now, and the gate has moved to the next question.
    expect(usePlayback.getState().cursor).toBe(3);
    act(() => usePlayback.getState().last());
    expect(usePlayback.getState().cursor).toBeLessThan(usePlayback.getState().length - 1);
  });

  it('lets a question be skipped: the lesson goes on, and the answer is shown', async () => {
    await open(false);
    act(() => usePlayback.getState().last());
    fireEvent.click(panel().getByRole('button', { name: 'Skip this question' }));
    expect(panel().getByText('Skipped. The answer:')).toBeTruthy();
    expect(useProgress.getState().lessons.journey?.checkpoints.greeting).toEqual({
      outcome: 'skipped',
    });
  });

  it('answers a select-the-line question from the transcript', async () => {
    await open(false);
    act(() => {
      for (const id of ['greeting', 'who-relays'])
        useProgress.getState().record('journey', id, 'right');
    });
    act(() => usePlayback.getState().last());
    const transcript = within(screen.getByRole('region', { name: 'Transcript' }));
    fireEvent.click(transcript.getByRole('button', { name: /saved mail to INBOX/ }));
    expect(useProgress.getState().lessons.journey?.checkpoints['proof-of-delivery']).toEqual({
      outcome: 'right',
    });
  });

  it('in class mode, shows the codes without the answer until the teacher reveals it', async () => {
    await open(true);
    act(() => usePlayback.getState().last());
    expect(usePlayback.getState().cursor).toBe(2);
    expect(panel().getByText('220 · 250 · 354 · 550')).toBeTruthy();
    expect(panel().queryByText(/The server answered/)).toBeNull();
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(usePlayback.getState().cursor).toBe(2);
    fireEvent.click(panel().getByRole('button', { name: 'Reveal the answer' }));
    expect(panel().getByText(/The server answered 220/)).toBeTruthy();
    expect(usePlayback.getState().cursor).toBe(3);
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(usePlayback.getState().cursor).toBe(4);
    fireEvent.keyDown(window, { key: 'PageUp' });
    expect(usePlayback.getState().cursor).toBe(3);
    // A class's reveal is not one student's score.
    expect(useProgress.getState().lessons.journey).toBeUndefined();
  });

  it('shows the recap and marks the lesson done once every question is settled at the end', async () => {
    await open(false);
    act(() => {
      for (const checkpoint of journey!.checkpoints)
        useProgress.getState().record('journey', checkpoint.id, 'right');
    });
    act(() => usePlayback.getState().last());
    expect(panel().getByRole('heading', { name: 'What to remember' })).toBeTruthy();
    expect(panel().getByText('Lesson done. Your score: 5 of 5.')).toBeTruthy();
    expect(useProgress.getState().lessons.journey?.done).toBe(true);
    fireEvent.click(panel().getByRole('button', { name: 'Play the lesson again' }));
    expect(usePlayback.getState().cursor).toBe(0);
    expect(useProgress.getState().lessons.journey).toEqual({ done: true, checkpoints: {} });
  });
});

describe('switching class mode in the middle of a lesson', () => {
  it('keeps the questions the student has settled, and the cursor where it is', async () => {
    await open(false);
    act(() => usePlayback.getState().last());
    fireEvent.click(panel().getByRole('button', { name: '220' }));
    act(() => usePlayback.getState().seek(20));
    cleanup();
    await open(true);
    act(() => usePlayback.getState().seek(20));
    expect(usePlayback.getState().cursor).toBe(20);
  });
});

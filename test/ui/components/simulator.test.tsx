// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usePlayback } from '../../../src/state/playback';
import { useViewOptions } from '../../../src/state/view-options';
import { classroomTimeline as timeline } from '../shipped';
import { Simulator } from '../../../src/ui/components/Simulator';
import { smtpEn } from '../../../src/content/explanations/smtp.en';
import { smtpFr } from '../../../src/content/explanations/smtp.fr';
import { worldEn } from '../../../src/content/explanations/world.en';
import { initI18n } from '../../../src/ui/i18n';

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  usePlayback.getState().load(0);
  useViewOptions.setState({ eavesdropper: false, explained: null });
  window.history.replaceState(null, '', '/');
});

afterEach(cleanup);

/**
 * The world loads outside `act`, so React runs the views' effects (their store subscriptions,
 * the key listener) in a task of its own after the screen is drawn: one more task lets it run
 * before the test presses anything, as a person's first key press always comes after it.
 */
const effectsRun = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function open(step: number | null, world = 'classroom') {
  render(<Simulator world={world} step={step} language="en" reducedMotion />);
  if (world === 'classroom') await screen.findByRole('region', { name: 'Transcript' });
  await effectsRun();
}

const seqOf = (verb: string, conn: string) =>
  timeline.find((s) => s.conn === conn && s.command?.verb === verb)!.seq;

describe('the simulator screen', () => {
  it('opens the step from the address and writes each new step back with replaceState once stepping pauses', async () => {
    await open(5);
    expect(usePlayback.getState().cursor).toBe(5);
    await waitFor(() => expect(window.location.search).toBe('?world=classroom&step=5'));
    act(() => usePlayback.getState().next());
    act(() => usePlayback.getState().next());
    expect(window.location.search).toBe('?world=classroom&step=5');
    await waitFor(() => expect(window.location.search).toBe('?world=classroom&step=7'));
    expect(window.history.length).toBe(1);
  });

  it('moves by keyboard: → ← End Home', async () => {
    await open(0);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(usePlayback.getState().cursor).toBe(2);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(usePlayback.getState().cursor).toBe(1);
    fireEvent.keyDown(window, { key: 'End' });
    expect(usePlayback.getState().cursor).toBe(timeline.length - 1);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(usePlayback.getState().cursor).toBe(0);
  });

  it('leaves the keys to a control that needs them', async () => {
    await open(3);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' });
    expect(usePlayback.getState().cursor).toBe(3);
  });

  it('says so when the world does not exist, with a link back', async () => {
    await open(null, 'nowhere');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('There is no world called “nowhere”.');
    expect(
      within(alert).getByRole('link', { name: 'Open the classroom world' }).getAttribute('href'),
    ).toBe('?world=classroom');
  });

  it('says so when the step is past the end, and offers the first step', async () => {
    await open(500);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      `Step 500 does not exist: this world has steps 0 to ${timeline.length - 1}.Go to the first step`,
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Go to the first step' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(usePlayback.getState().cursor).toBe(0);
  });

  it('announces the current step in a sentence, politely, once the step is shown', async () => {
    const mail = seqOf('MAIL', 'c1');
    await open(mail);
    expect(screen.getByRole('status').textContent).toBe(
      `Step ${mail}: laptop.lycee.example sends the command MAIL to smtp.lycee.example. (encrypted)`,
    );
    act(() => usePlayback.getState().next());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Step ${mail + 1}: smtp.lycee.example answers 250, success. (encrypted)`,
      ),
    );
  });

  it('announces only the last of steps taken faster than the screen shows them', async () => {
    await open(3);
    const status = screen.getByRole('status');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    act(() => usePlayback.getState().next());
    act(() => usePlayback.getState().next());
    act(() => usePlayback.getState().next());
    await waitFor(() => expect(status.textContent).toMatch(/^Step 6: /));
    observer.disconnect();
    expect(said.map((text) => text.split(':')[0])).toEqual(['Step 6']);
  });

  it('jumps to a transcript line when selected and opens its explanation', async () => {
    await open(20);
    const transcript = screen.getByRole('region', { name: 'Transcript' });
    const ehlo = within(transcript).getAllByRole('button', {
      name: /EHLO laptop\.lycee\.example/,
    })[0]!;
    fireEvent.click(ehlo);
    expect(usePlayback.getState().cursor).toBe(seqOf('EHLO', 'c1'));
    expect(ehlo.getAttribute('aria-current')).toBe('step');
    const explanation = screen.getByRole('region', { name: 'Explanation' });
    const entry = smtpEn['smtp.command.EHLO']!;
    expect(await within(explanation).findByRole('heading', { name: entry.title })).toBeTruthy();
    expect(within(explanation).getByText(entry.meaning)).toBeTruthy();
    expect(within(explanation).getByText(entry.rfc!)).toBeTruthy();
  });

  it('opens the explanation in French when the language is French', async () => {
    render(<Simulator world="classroom" step={20} language="fr" reducedMotion />);
    const transcript = await screen.findByRole('region', { name: 'Transcript' });
    await effectsRun();
    fireEvent.click(
      within(transcript).getAllByRole('button', { name: /EHLO laptop\.lycee\.example/ })[0]!,
    );
    const explanation = screen.getByRole('region', { name: 'Explanation' });
    expect(
      await within(explanation).findByRole('heading', { name: smtpFr['smtp.command.EHLO']!.title }),
    ).toBeTruthy();
  });

  it('explains a TCP connection from the world catalogue', async () => {
    await open(0);
    act(() =>
      useViewOptions.getState().explain(timeline.findIndex((s) => s.explain[0] === 'tcp.connect')),
    );
    const explanation = screen.getByRole('region', { name: 'Explanation' });
    expect(
      await within(explanation).findByRole('heading', { name: worldEn['tcp.connect']!.title }),
    ).toBeTruthy();
  });

  it('shows ciphertext for encrypted steps in the eavesdropper view, and plain text before STARTTLS', async () => {
    const mail = seqOf('MAIL', 'c1');
    await open(mail);
    const transcript = screen.getByRole('region', { name: 'Transcript' });
    fireEvent.click(screen.getByRole('button', { name: 'Eavesdropper view' }));
    expect(within(transcript).queryByText(/MAIL FROM:/)).toBeNull();
    expect(within(transcript).getByText('STARTTLS')).toBeTruthy();
    expect(within(transcript).getAllByText(/^17 03 03/).length).toBeGreaterThan(0);
  });

  it('shows the simulated time and skips the wait before Bob checks his mail', async () => {
    await open(0);
    expect(screen.getByRole('timer').textContent?.trim()).toBe('D+0 09:00 CET');
    const bobConnects = timeline.findIndex(
      (s, i) => i > 0 && s.time - timeline[i - 1]!.time >= 30_000,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skip the wait (1 min)' }));
    expect(usePlayback.getState().cursor).toBe(bobConnects);
    expect(screen.getByRole('timer').textContent?.trim()).toBe('D+0 09:01 CET');
    expect(screen.getByRole('button', { name: /No long wait ahead/ })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENARIOS } from '../../../src/content/scenarios/catalogue';
import type { Scenario } from '../../../src/content/scenarios/types';
import { usePlayback } from '../../../src/state/playback';
import { useProgress } from '../../../src/state/progress';
import type { WorldPatch } from '../../../src/world/config/patch';
import type { WorldConfig } from '../../../src/world/config/schema';
import { initI18n } from '../../../src/ui/i18n';
import { ScenarioPage } from '../../../src/ui/troubleshoot/ScenarioPage';

/** What the next press of the editor's apply button sends: set by each test. */
const editor: { patch: WorldPatch; world: WorldConfig | null } = { patch: [], world: null };

// The world editor has its own tests (test/ui/editor): here it stands in with one button that
// applies the patch a test chose, so the page's own logic is what runs.
vi.mock('../../../src/ui/editor/WorldEditor', () => ({
  WorldEditor: (props: {
    world: WorldConfig;
    applyLabel: string;
    busy?: boolean;
    onApply: (edited: WorldConfig, patch: WorldPatch) => void;
  }) => {
    editor.world = props.world;
    return (
      <button
        type="button"
        disabled={props.busy}
        onClick={() => props.onApply(props.world, editor.patch)}
      >
        {props.applyLabel}
      </button>
    );
  },
}));

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  usePlayback.getState().load(0);
  useProgress.getState().reset();
  editor.patch = [];
  editor.world = null;
});

afterEach(cleanup);

async function open(scenario: Scenario) {
  render(<ScenarioPage scenario={scenario} next={null} language="en" reducedMotion />);
  await screen.findByRole('heading', { name: 'The evidence' }, { timeout: 20_000 });
}

/** Presses the editor's apply button (Re-run); the page runs the world on its next tick. */
async function rerun() {
  fireEvent.click(await screen.findByRole('button', { name: 'Re-run' }));
}

function diagnose(scenario: Scenario, correct: boolean) {
  const choice = scenario.diagnosis.find((candidate) => candidate.correct === correct);
  if (choice === undefined) throw new Error(`${scenario.id}: no such choice`);
  fireEvent.click(screen.getByLabelText(choice.text.en));
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

const wrongPassword = SCENARIOS.find((scenario) => scenario.id === 'wrong-password')!;

describe('the scenario page', () => {
  it(
    'charges a hint and a wrong diagnosis, explains the wrong one, then opens the repair',
    { timeout: 30_000 },
    async () => {
      await open(wrongPassword);
      expect(screen.getByText(wrongPassword.symptom.en)).toBeTruthy();
      expect(
        screen.getByText('Choose the right diagnosis first: then the world editor opens here.'),
      ).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Show a hint (−15 points)' }));
      expect(screen.getByText(wrongPassword.hints[0]!.en)).toBeTruthy();
      diagnose(wrongPassword, false);
      const wrong = wrongPassword.diagnosis.find((choice) => !choice.correct)!;
      expect(screen.getAllByText(wrong.explanation.en, { exact: false }).length).toBeGreaterThan(0);
      expect(
        screen.getByText('This attempt is worth 75/100 if the next run solves it.'),
      ).toBeTruthy();
      diagnose(wrongPassword, true);
      expect(await screen.findByRole('button', { name: 'Re-run' })).toBeTruthy();
      expect(useProgress.getState().scenarios['wrong-password']).toMatchObject({
        hints: 1,
        diagnosed: true,
      });
    },
  );

  it(
    'refuses a repair that opens the relay, with its reason, and counts the failed run',
    { timeout: 30_000 },
    async () => {
      await open(wrongPassword);
      diagnose(wrongPassword, true);
      editor.patch = [
        ...wrongPassword.repair.patch,
        {
          op: 'set',
          path: ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy', 'mynetworks'],
          value: ['127.0.0.0/8', '0.0.0.0/0'],
        },
      ];
      await rerun();
      const alert = await screen.findByText(
        'Repair refused. It breaks a rule every repair must keep:',
      );
      expect(alert).toBeTruthy();
      expect(
        screen.getByText(/^No open relay\. An outsider asked mx\.ecole\.example:25/),
      ).toBeTruthy();
      expect(useProgress.getState().scenarios['wrong-password']).toMatchObject({
        failedRuns: 1,
        solved: false,
      });
    },
  );

  it(
    'says nothing changed when the editor sends an empty patch, without a cost',
    { timeout: 30_000 },
    async () => {
      await open(wrongPassword);
      diagnose(wrongPassword, true);
      await rerun();
      expect(
        await screen.findByText('Nothing was changed: the world is still broken.'),
      ).toBeTruthy();
      expect(useProgress.getState().scenarios['wrong-password']?.failedRuns).toBe(0);
    },
  );
});

describe.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
  'scenario %s on screen',
  (_id, scenario) => {
    it('shows the symptom, the user’s screen, hints and choices, and is solved by its repair', async () => {
      await open(scenario);
      expect(screen.getByText(scenario.symptom.en)).toBeTruthy();
      const userScreen = screen.getByRole('region', { name: 'What the user sees' });
      expect(within(userScreen).getByText(/'s mail client$/)).toBeTruthy();
      expect(within(userScreen).getByText(/'s inbox$/)).toBeTruthy();
      expect(scenario.hints.length).toBeGreaterThan(0);
      for (const choice of scenario.diagnosis)
        expect(screen.getByLabelText(choice.text.en)).toBeTruthy();
      diagnose(scenario, true);
      // The editor is given the broken world, the one whose run is shown.
      await screen.findByRole('button', { name: 'Re-run' });
      expect(editor.world?.id).toBe('classroom');
      editor.patch = scenario.repair.patch;
      await rerun();
      expect(
        await screen.findByText('Solved! Score: 100/100.', undefined, { timeout: 20_000 }),
      ).toBeTruthy();
      expect(useProgress.getState().scenarios[scenario.id]).toMatchObject({
        solved: true,
        best: 100,
      });
      // Each piece of evidence leads back to its step of the broken run.
      expect(screen.getAllByRole('button', { name: 'Show in the transcript' })).toHaveLength(
        scenario.evidence.length,
      );
    }, 30_000);
  },
);

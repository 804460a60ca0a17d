import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../src/content/scenarios/catalogue';
import type { Localized } from '../../../src/content/scenarios/types';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { checkScenario, type ScenarioReport } from '../../../src/world/scenario-check';

function texts(value: unknown): Localized[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('fr' in value && 'en' in value) return [value as Localized];
  return Object.values(value).flatMap(texts);
}

describe.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
  'scenario %s',
  (_id, scenario) => {
    // Run once, inside the first test that needs it, so a failing run fails a test, not the file.
    let cached: ScenarioReport | undefined;
    const report = () => (cached ??= checkScenario(scenario, classroomWorld));

    it('shows every piece of evidence in exactly one step of the broken run', () => {
      expect(report().broken.evidenceMatches).toEqual(scenario.evidence.map(() => 1));
    });

    it('misses its goal in the broken world', () => {
      expect(report().broken.unmet.length).toBeGreaterThan(0);
    });

    it('reaches its goal with every repair, keeping every invariant', () => {
      expect(report().repairs).toEqual(
        [scenario.repair, ...scenario.alternativeRepairs].map((repair) => ({
          id: repair.id,
          unmet: [],
          brokenInvariants: [],
        })),
      );
    });

    it('has every text in French and English, with French typography', () => {
      for (const text of texts(scenario)) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        // A no-break space (U+00A0) before : ; ! ? and inside « », never a plain one.
        expect(text.fr).not.toMatch(/ [:;!?»]|« /);
      }
    });

    it('is plain JSON (the world editor stores and sends it as is), and its patch is small', () => {
      expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
      expect(scenario.broken.length).toBeLessThanOrEqual(4);
    });

    it('offers 2–3 hints and one right diagnosis among wrong ones', () => {
      expect(scenario.hints.length).toBeGreaterThanOrEqual(2);
      expect(scenario.hints.length).toBeLessThanOrEqual(3);
      expect(scenario.diagnosis.filter((choice) => choice.correct)).toHaveLength(1);
      expect(scenario.diagnosis.length).toBeGreaterThanOrEqual(3);
    });
  },
);

it('ships each scenario id once', () => {
  const ids = SCENARIOS.map((scenario) => scenario.id);
  expect(new Set(ids).size).toBe(ids.length);
});

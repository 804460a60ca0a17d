import { expect, it } from 'vitest';
import { SCENARIO_GROUPS, SCENARIOS } from '../../../src/content/scenarios/catalogue';

it('puts every scenario in one of the four groups, and leaves no group empty', () => {
  for (const scenario of SCENARIOS) expect(SCENARIO_GROUPS).toContain(scenario.group);
  for (const group of SCENARIO_GROUPS)
    expect(SCENARIOS.filter((scenario) => scenario.group === group).length).toBeGreaterThan(0);
});

it('gives every scenario a unique id and a difficulty from 1 to 3', () => {
  expect(new Set(SCENARIOS.map((scenario) => scenario.id)).size).toBe(SCENARIOS.length);
  for (const scenario of SCENARIOS) expect([1, 2, 3]).toContain(scenario.difficulty);
});

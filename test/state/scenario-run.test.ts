import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios/catalogue';
import { mxDownScenario } from '../../src/content/scenarios/mx-down';
import { unknownUserScenario } from '../../src/content/scenarios/unknown-user';
import { wrongPasswordScenario } from '../../src/content/scenarios/wrong-password';
import { classroomWorld } from '../../src/content/worlds/classroom';
import { reverseName, runBroken, runRepair, runStaged } from '../../src/state/scenario-run';
import type { PatchPath } from '../../src/world/config/patch';
import { runWorld } from '../../src/world/run-world';
import { patchedWorld } from '../../src/world/scenario-check';

const MX_NETWORKS: PatchPath = [
  'hosts',
  { id: 'mx-ecole' },
  'listeners',
  { port: 25 },
  'policy',
  'mynetworks',
];

describe('running a scenario for the troubleshooting page', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the run step by step is the same timeline as runWorld, and misses the goal',
    (_id, scenario) => {
      const report = runBroken(scenario);
      expect(report.timeline).toEqual(runWorld(patchedWorld(classroomWorld, scenario.broken)));
      expect(report.unmet.length).toBeGreaterThan(0);
    },
  );

  it('solves a scenario with its documented repair', () => {
    const outcome = runRepair(wrongPasswordScenario, wrongPasswordScenario.repair.patch);
    expect(outcome).toMatchObject({ solved: true, brokenInvariants: [] });
    expect(outcome.run.unmet).toEqual([]);
  });

  it('refuses a repair that opens the relay, naming the invariant and what the probe was told', () => {
    const outcome = runRepair(wrongPasswordScenario, [
      ...wrongPasswordScenario.repair.patch,
      { op: 'set', path: MX_NETWORKS, value: ['127.0.0.0/8', '0.0.0.0/0'] },
    ]);
    expect(outcome.solved).toBe(false);
    expect(outcome.run.unmet).toEqual([]);
    expect(outcome.brokenInvariants.map((broken) => broken.invariant)).toEqual(['noOpenRelay']);
    const accepted = outcome.brokenInvariants[0]?.probes.find((probe) => probe.accepted);
    expect(accepted?.listener).toBe('mx-ecole:25');
    expect(accepted?.replies.at(-1)).toMatch(/^250 /);
  });

  it('keeps the queue as mailq printed it while Bob’s MX was unreachable', () => {
    const report = runBroken(mxDownScenario);
    const deferred = report.mailq.find(
      (snapshot) =>
        snapshot.host === 'smtp-lycee' && snapshot.text.includes('Connection timed out'),
    );
    expect(deferred?.text).toContain('bob@ecole.example');
    expect(deferred?.count).toBe(1);
    expect(report.mailq.at(-1)?.text).toBe('Mail queue is empty\n');
    // Snapshots follow the timeline.
    const seqs = report.mailq.map((snapshot) => snapshot.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('finds the non-delivery report in Alice’s mailbox', () => {
    const report = runBroken(unknownUserScenario);
    expect(report.bounces).toHaveLength(1);
    expect(report.bounces[0]?.address).toBe('alice@lycee.example');
    expect(report.bounces[0]?.raw).toContain('Undelivered Mail Returned to Sender');
  });

  it('answers dig for MX, A, TXT and PTR (an IP turned into its in-addr.arpa name)', () => {
    const report = runBroken(wrongPasswordScenario);
    expect(report.dig('ecole.example', 'MX')).toContain('IN\tMX\t10 mx.ecole.example.');
    expect(report.dig('mx.ecole.example.', 'A')).toContain('198.51.100.25');
    expect(report.dig('lycee.example', 'TXT')).toContain('"v=spf1 ip4:192.0.2.10 -all"');
    expect(report.dig('192.0.2.10', 'PTR')).toContain('smtp.lycee.example.');
    expect(report.dig('nowhere.example', 'A')).toContain('status: NXDOMAIN');
    expect(reverseName('198.51.100.25')).toBe('25.100.51.198.in-addr.arpa');
  });

  it('runs a world a teacher staged on the classroom world', () => {
    const report = runStaged([
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 25 },
    ]);
    expect(report.unmet).toEqual([]);
    expect(report.timeline.some((step) => step.port === 25 && step.from === 'alice-laptop')).toBe(
      true,
    );
  });
});

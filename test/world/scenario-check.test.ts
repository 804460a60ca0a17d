import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios/catalogue';
import type { Scenario } from '../../src/content/scenarios/types';
import { classroomWorld } from '../../src/content/worlds/classroom';
import type { PatchOp, PatchPath } from '../../src/world/config/patch';
import { checkRepair, patchedWorld, probeInvariant } from '../../src/world/scenario-check';
import { matchAll } from '../../src/world/timeline/query';
import { simulateWorld } from '../../src/world/run-world';

function scenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
}

const MX_POLICY: PatchPath = ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy'];
const SUBMISSION_POLICY: PatchPath = [
  'hosts',
  { id: 'smtp-lycee' },
  'listeners',
  { port: 587 },
  'policy',
];

/** The last reply line each probe connection got, by listener. */
function lastReplies(probes: { listener: string; replies: readonly string[] }[]) {
  return Object.fromEntries(
    probes.map((p) => [p.listener, (p.replies.at(-1) ?? '').split('\r\n')[0]]),
  );
}

describe('invariant probes on the classroom world', () => {
  const world = patchedWorld(classroomWorld);

  it('noOpenRelay: every SMTP listener refuses to relay for Eve', () => {
    const { held, probes } = probeInvariant(world, 'noOpenRelay');
    expect(lastReplies(probes)).toEqual({
      'smtp-lycee:25': '554 5.7.1 <relay-test@elsewhere.example>: Relay access denied',
      'smtp-lycee:587':
        '554 5.7.1 <relay-test@elsewhere.example>: Recipient address rejected: Access denied',
      'smtp-lycee:465':
        '554 5.7.1 <relay-test@elsewhere.example>: Recipient address rejected: Access denied',
      'mx-ecole:25': '554 5.7.1 <relay-test@elsewhere.example>: Relay access denied',
    });
    expect(held).toBe(true);
  });

  it('submissionRequiresAuth: submission refuses a device that did not log in', () => {
    const { held, probes } = probeInvariant(world, 'submissionRequiresAuth');
    expect(probes.map((p) => p.listener)).toEqual(['smtp-lycee:587', 'smtp-lycee:465']);
    expect(held).toBe(true);
  });
});

describe('a "repair" that reaches the goal but breaks an invariant fails', () => {
  it('opening the MX to every network (mynetworks 0.0.0.0/0) breaks noOpenRelay', () => {
    const wrongPassword = scenario('wrong-password');
    const report = checkRepair(wrongPassword, classroomWorld, [
      ...wrongPassword.repair.patch,
      { op: 'set', path: [...MX_POLICY, 'mynetworks'], value: ['0.0.0.0/0'] },
    ]);
    expect(report).toEqual({ unmet: [], brokenInvariants: ['noOpenRelay'] });
  });

  it("setting the relay to 'open' on the lycée's port 25 breaks noOpenRelay", () => {
    const world = patchedWorld(classroomWorld, [
      {
        op: 'set',
        path: ['hosts', { id: 'smtp-lycee' }, 'listeners', { port: 25 }, 'policy', 'relay'],
        value: 'open',
      },
    ]);
    const { held, probes } = probeInvariant(world, 'noOpenRelay');
    expect(held).toBe(false);
    expect(probes.filter((p) => p.accepted).map((p) => p.listener)).toEqual(['smtp-lycee:25']);
  });

  it("dropping AUTH and trusting Alice's network breaks submissionRequiresAuth", () => {
    const noAuth = scenario('no-auth-submission');
    const dropAuth: PatchOp[] = [
      { op: 'set', path: [...SUBMISSION_POLICY, 'authRequired'], value: false },
      { op: 'set', path: [...SUBMISSION_POLICY, 'mynetworks'], value: ['192.0.2.0/24'] },
    ];
    const report = checkRepair(noAuth, classroomWorld, dropAuth);
    expect(report).toEqual({ unmet: [], brokenInvariants: ['submissionRequiresAuth'] });
  });
});

describe("a repair on the sender's side must not switch off the receiver's protection", () => {
  it("switching off Bob's HELO check to 'repair' bad-helo breaks mxRefuses bareHelo", () => {
    const badHelo = scenario('bad-helo');
    const report = checkRepair(badHelo, classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'helo'], value: 'any' },
    ]);
    expect(report).toEqual({
      unmet: [],
      brokenInvariants: [{ mxRefuses: 'bareHelo', host: 'mx-ecole' }],
    });
  });

  it('with the intended repair, Eve greeting with a bare name is still refused', () => {
    const badHelo = scenario('bad-helo');
    const world = patchedWorld(classroomWorld, badHelo.broken, badHelo.repair.patch);
    const { held, probes } = probeInvariant(world, { mxRefuses: 'bareHelo', host: 'mx-ecole' });
    expect(lastReplies(probes)).toEqual({
      'mx-ecole:25': '504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname',
    });
    expect(held).toBe(true);
  });

  it("dropping Bob's blocklist to 'repair' blocklisted-ip breaks mxRefuses listedClient", () => {
    const report = checkRepair(scenario('blocklisted-ip'), classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'dnsblZones'], value: [] },
    ]);
    expect(report).toEqual({
      unmet: [],
      brokenInvariants: [{ mxRefuses: 'listedClient', host: 'mx-ecole' }],
    });
  });

  it("dropping Bob's reverse DNS check to 'repair' no-reverse-dns breaks mxRefuses clientWithoutPtr", () => {
    const report = checkRepair(scenario('no-reverse-dns'), classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'reverseDnsRequired'], value: false },
    ]);
    expect(report).toEqual({
      unmet: [],
      brokenInvariants: [{ mxRefuses: 'clientWithoutPtr', host: 'mx-ecole' }],
    });
  });
});

describe('goals and evidence are read from the run, never from step numbers', () => {
  it('the broken wrong-password world misses "delivered to Bob", the repaired one reaches it', () => {
    const wrongPassword = scenario('wrong-password');
    const broken = simulateWorld(patchedWorld(classroomWorld, wrongPassword.broken));
    expect(broken.mailbox('bob@ecole.example')).toEqual([]);
    expect(matchAll(broken.timeline, { kind: 'reply', code: '535' }).map((s) => s.text)).toEqual([
      '535 5.7.8 Error: authentication failed: (reason unavailable)',
    ]);
    expect(checkRepair(wrongPassword, classroomWorld, wrongPassword.repair.patch)).toEqual({
      unmet: [],
      brokenInvariants: [],
    });
  });

  it('a patch that makes the world invalid is reported with the schema errors', () => {
    expect(() =>
      patchedWorld(classroomWorld, [
        { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 0 },
      ]),
    ).toThrow('invalid patched world');
  });
});

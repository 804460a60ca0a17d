import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios/catalogue';
import type { Scenario } from '../../src/content/scenarios/types';
import { classroomWorld } from '../../src/content/worlds/classroom';
import type { PatchPath } from '../../src/world/config/patch';
import { checkRepair, patchedWorld, probeInvariant } from '../../src/world/scenario-check';

function scenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
}

const MX_POLICY: PatchPath = ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy'];
const SPF_RECORD: PatchPath = ['dns', 'records', { type: 'TXT', name: 'lycee.example' }, 'text'];
const INVARIANT = { spfDmarcOn: 'lycee.example', host: 'mx-ecole' } as const;

/** The first line of the last reply each probe connection got. */
function lastReplies(probes: { replies: readonly string[] }[]): string[] {
  return probes.map((p) => (p.replies.at(-1) ?? '').split('\r\n')[0] ?? '');
}

describe("spfDmarcOn: Eve claiming lycee.example at Bob's MX", () => {
  it('is refused by SPF at RCPT and by DMARC at the end of data in the classroom world', () => {
    const { held, probes } = probeInvariant(patchedWorld(classroomWorld), INVARIANT);
    expect(lastReplies(probes)).toEqual([
      '550 5.7.23 <bob@ecole.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://spf-help.example/Why?s=mfrom;id=probe@lycee.example;ip=203.0.113.66;r=<UNKNOWN>',
      '550 5.7.1 rejected by DMARC policy for lycee.example',
    ]);
    expect(held).toBe(true);
  });

  it('breaks when SPF checking is switched off at the MX', () => {
    const world = patchedWorld(classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'spf'], value: 'off' },
    ]);
    const { held, probes } = probeInvariant(world, INVARIANT);
    expect(probes.map((p) => p.accepted)).toEqual([true, false]);
    expect(held).toBe(false);
  });

  it('breaks when DMARC enforcement is switched off at the MX', () => {
    const world = patchedWorld(classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'dmarc'], value: 'off' },
    ]);
    const { held, probes } = probeInvariant(world, INVARIANT);
    expect(probes.map((p) => p.accepted)).toEqual([false, true]);
    expect(held).toBe(false);
  });

  it('breaks when the SPF record lets every address send (+all)', () => {
    const world = patchedWorld(classroomWorld, [
      { op: 'set', path: SPF_RECORD, value: 'v=spf1 +all' },
    ]);
    const { held, probes } = probeInvariant(world, INVARIANT);
    expect(probes[0]?.accepted).toBe(true);
    expect(held).toBe(false);
  });
});

describe('a "repair" that switches a check off fails spfDmarcOn', () => {
  it("spf-fail: turning SPF off at Bob's MX delivers, but breaks spfDmarcOn", () => {
    const report = checkRepair(scenario('spf-fail'), classroomWorld, [
      { op: 'set', path: [...MX_POLICY, 'spf'], value: 'off' },
    ]);
    expect(report).toEqual({ unmet: [], brokenInvariants: [INVARIANT] });
  });

  it('spf-fail: allowing every address (+all) delivers, but breaks spfDmarcOn', () => {
    const report = checkRepair(scenario('spf-fail'), classroomWorld, [
      { op: 'set', path: SPF_RECORD, value: 'v=spf1 +all' },
    ]);
    expect(report).toEqual({ unmet: [], brokenInvariants: [INVARIANT] });
  });

  it('dmarc-reject: enforcing DMARC but dropping SPF refuses Eve, but breaks spfDmarcOn', () => {
    const dmarcReject = scenario('dmarc-reject');
    const report = checkRepair(dmarcReject, classroomWorld, [
      ...dmarcReject.repair.patch,
      { op: 'set', path: [...MX_POLICY, 'spf'], value: 'off' },
    ]);
    expect(report).toEqual({ unmet: [], brokenInvariants: [INVARIANT] });
  });
});

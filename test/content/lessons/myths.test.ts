import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/content/lessons/catalogue';
import { mythsLesson } from '../../../src/content/lessons/12-myths';
import type { MythClaim } from '../../../src/content/lessons/types';
import type { ShippedWorldId } from '../../../src/content/worlds/shipped';
import { findOne, matchAll, matchOne } from '../../../src/world/timeline/query';
import type { Step, Timeline } from '../../../src/world/timeline/step';

/**
 * Lesson 12: every claim points at a step of a run, and that step (with the run around it)
 * shows what the lesson's fact says. If an engine changes, the fact that became false is named.
 */

function timeline(world: ShippedWorldId): Timeline {
  return (
    JSON.parse(readFileSync(`src/content/timelines/${world}.json`, 'utf8')) as { steps: Step[] }
  ).steps;
}

const claims = new Map((mythsLesson.claims ?? []).map((claim) => [claim.id, claim]));

function claim(id: string): MythClaim {
  const found = claims.get(id);
  if (found === undefined) throw new Error(`lesson 12 has no claim ${id}`);
  return found;
}

/** The disproving step of a claim, and the run it belongs to. */
function proof(id: string): { step: Step; steps: Timeline } {
  const { world, anchor } = claim(id);
  const steps = timeline(world);
  return { step: matchOne(steps, anchor), steps };
}

describe('claims in the lessons', () => {
  const withClaims = LESSONS.filter((lesson) => (lesson.claims ?? []).length > 0);

  it('are shown in lesson 12 only, one per claim of CURRICULUM.md', () => {
    expect(withClaims.map((lesson) => lesson.number)).toEqual([12]);
    expect([...claims.keys()]).toEqual([
      'servers-log-in',
      'no-limitation',
      'ports-25-465',
      'active-passive',
      'helo-identifies',
      '250-delivered',
      'bounce-to-from',
    ]);
  });

  it.each([...claims.values()].map((c) => [c.id, c] as const))(
    'point at exactly one step of their world’s run (%s)',
    (_, { world, anchor }) => {
      const result = findOne(timeline(world), anchor);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
    },
  );

  it('run in the lesson’s own world, so its page can take the simulator to the step', () => {
    for (const lesson of withClaims)
      for (const c of lesson.claims ?? [])
        expect({ id: c.id, world: c.world }).toEqual({
          id: c.id,
          world: lesson.world,
        });
  });

  it('cannot be skipped to before the question asked about them (a checkpoint comes first)', () => {
    const steps = timeline(mythsLesson.world);
    const asked = mythsLesson.checkpoints.map((c) => matchOne(steps, c.anchor).seq);
    for (const c of mythsLesson.claims ?? []) {
      const seq = matchOne(steps, c.anchor).seq;
      expect({ id: c.id, questionBefore: asked.some((at) => at < seq) }).toEqual({
        id: c.id,
        questionBefore: true,
      });
    }
  });
});

describe('lesson 12: each claim’s step disproves it', () => {
  it('“the sending server logs in”: the MX accepts MAIL on port 25 with no AUTH anywhere on 25', () => {
    const { step, steps } = proof('servers-log-in');
    expect([step.kind, step.port, step.reply?.code, step.from]).toEqual([
      'reply',
      25,
      '250',
      'mx-ecole',
    ]);
    const onPort25 = steps.filter((s) => s.port === 25);
    expect(onPort25.filter((s) => s.command?.verb === 'AUTH')).toEqual([]);
    for (const s of onPort25.filter((s) => s.kind === 'reply' && s.text.startsWith('250-')))
      expect(s.text).not.toMatch(/^250[- ]AUTH/m);
    // The one login of the run is the client's, at submission.
    expect(steps.filter((s) => s.command?.verb === 'AUTH').map((s) => [s.from, s.port])).toEqual([
      ['alice-laptop', 587],
    ]);
  });

  it('“SMTP has no limitations”: a forged MAIL FROM gets 250 in clear; only SPF refuses later', () => {
    const { step, steps } = proof('no-limitation');
    expect([step.reply?.code, step.to, step.encrypted ?? false]).toEqual([
      '250',
      'eve-host',
      false,
    ]);
    const eve = { from: 'eve-host', to: 'mx-ecole', port: 25 };
    expect(matchOne(steps, { kind: 'command', verb: 'MAIL', conn: eve }).text).toContain(
      '<alice@lycee.example>',
    );
    expect(matchAll(steps, { kind: 'tls', conn: eve })).toEqual([]);
    const refusal = matchOne(steps, { kind: 'reply', after: { command: 'RCPT' }, conn: eve });
    expect([refusal.reply?.enhanced, refusal.seq > step.seq]).toEqual(['5.7.23', true]);
    // 7-bit origins: the accented body travels as quoted-printable.
    expect(matchOne(steps, { kind: 'data', conn: { from: 'alice-laptop' } }).text).toContain(
      'Content-Transfer-Encoding: quoted-printable',
    );
  });

  it('“ports 25 and 465 only”: Alice submits on 587, and the message leaves by 25', () => {
    const { step, steps } = proof('ports-25-465');
    expect([step.kind, step.from, step.to, step.port]).toEqual([
      'connect',
      'alice-laptop',
      'smtp-lycee',
      587,
    ]);
    expect(
      matchOne(steps, { kind: 'reply', key: 'smtp.reply.queued', conn: { port: 587 } }).reply?.code,
    ).toBe('250');
    expect(matchAll(steps, { kind: 'connect', conn: { port: 465 } })).toEqual([]);
  });

  it('“active and passive modes”: the message travels on the commands’ own connection', () => {
    const { step, steps } = proof('active-passive');
    expect(step.kind).toBe('data');
    const mail = matchOne(steps, { kind: 'command', verb: 'MAIL', conn: { port: 587 } });
    expect(step.conn).toBe(mail.conn);
    const opened = steps.filter(
      (s) => s.kind === 'connect' && [s.from, s.to].includes('alice-laptop') && s.port !== 993,
    );
    // One connection from the laptop for sending, and no server ever connects back to it.
    expect(opened.map((s) => [s.from, s.to])).toEqual([['alice-laptop', 'smtp-lycee']]);
  });

  it('“HELO identifies the server”: Eve names Alice’s server, the MX answers 250 and logs her IP', () => {
    const { step, steps } = proof('helo-identifies');
    expect([step.kind, step.reply?.code, step.to]).toEqual(['reply', '250', 'eve-host']);
    const eve = { from: 'eve-host' };
    expect(matchOne(steps, { kind: 'command', verb: 'EHLO', conn: eve }).text).toBe(
      'EHLO smtp.lycee.example',
    );
    expect(
      matchOne(steps, { kind: 'log', from: 'mx-ecole', text: /: connect from mail\.pirate/ }).text,
    ).toContain('mail.pirate.example[203.0.113.66]');
    // Every client of the run greets with EHLO (ESMTP); none with the old HELO.
    expect(matchAll(steps, { kind: 'command', verb: 'HELO' })).toEqual([]);
    expect(matchAll(steps, { kind: 'command', verb: 'EHLO' }).length).toBeGreaterThan(0);
  });

  it('“250 means delivered”: the queued 250 comes first, the bounce for bbo after it', () => {
    const { step, steps } = proof('250-delivered');
    expect(step.reply?.code).toBe('250');
    const queueId = step.text.split(' ').at(-1) ?? '';
    const bounced = matchOne(steps, { kind: 'queue', text: `${queueId}: to=<bbo@` });
    expect(bounced.text).toContain('status=bounced');
    expect(bounced.seq).toBeGreaterThan(step.seq);
    expect(matchAll(steps, { kind: 'deliver', text: 'bbo@' })).toEqual([]);
  });

  it('“bounces go to From:”: the bounce lands at the MAIL FROM address, not the From: one', () => {
    const { step, steps } = proof('bounce-to-from');
    const submission = { from: 'alice-laptop', port: 587 };
    const mailFrom = /<([^>]+)>/.exec(
      matchOne(steps, { kind: 'command', verb: 'MAIL', conn: submission }).text,
    )?.[1];
    const from = /^From: .*<([^>]+)>$/m.exec(
      matchOne(steps, { kind: 'data', conn: submission }).text,
    )?.[1];
    expect([mailFrom, from]).toEqual(['alice@lycee.example', 'sorties@lycee.example']);
    expect(step.kind).toBe('deliver');
    expect(step.text).toContain(`(${mailFrom})`);
    expect(matchAll(steps, { kind: 'deliver', text: from ?? '' })).toEqual([]);
    // Sent with the null sender, and read by Alice with an empty Return-Path.
    expect(matchAll(steps, { kind: 'queue', text: 'from=<>' })).toHaveLength(1);
    expect(
      matchOne(steps, { kind: 'reply', text: 'BODY[]', conn: { to: 'smtp-lycee', port: 993 } })
        .text,
    ).toContain('\nReturn-Path: <>\n');
  });
});

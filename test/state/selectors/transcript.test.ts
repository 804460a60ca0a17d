import { describe, expect, it } from 'vitest';
import { connectPort, speakerOf, transcriptGroups } from '../../../src/state/selectors/transcript';
import { command, connect, reply, timelineOf } from './steps';

const timeline = timelineOf([
  connect('c1', 'alice', 'msa', 587),
  reply('c1', 'msa', 'alice', '220 msa ESMTP Postfix (Debian/GNU)', '220'),
  command('c1', 'alice', 'msa', 'EHLO alice', 'EHLO'),
  {
    conn: null,
    from: 'msa',
    to: 'resolver',
    protocol: 'dns',
    kind: 'dns-query',
    text: 'b.example. IN MX',
  },
  {
    conn: null,
    from: 'resolver',
    to: 'msa',
    protocol: 'dns',
    kind: 'dns-answer',
    text: 'b.example. IN MX 10 mx.b.example.',
  },
  connect('c2', 'msa', 'mx', 25),
]);

describe('the transcript', () => {
  it('groups the steps up to the cursor by connection, with its host, port and protocol', () => {
    const groups = transcriptGroups(timeline, 2);
    expect(
      groups.map(({ id, from, to, port, protocol }) => ({ id, from, to, port, protocol })),
    ).toEqual([{ id: 'c1', from: 'alice', to: 'msa', port: 587, protocol: 'smtp' }]);
    expect(groups[0]!.steps.map((s) => s.seq)).toEqual([0, 1, 2]);
  });

  it('leaves server log lines to the logs panel, so a connection stays in one run', () => {
    const logged = timelineOf([
      connect('c1', 'alice', 'msa', 587),
      { kind: 'log', from: 'msa', to: 'msa', text: 'postfix/smtpd[1]: connect from alice' },
      reply('c1', 'msa', 'alice', '220 msa ESMTP Postfix (Debian/GNU)', '220'),
    ]);
    const groups = transcriptGroups(logged, 2);
    expect(groups.map((g) => [g.id, g.steps.map((s) => s.seq)])).toEqual([['c1', [0, 2]]]);
  });

  it('reads the port from the step when the world gives it', () => {
    expect(connectPort({ ...timelineOf([connect('c1', 'a', 'b', 25)])[0]!, port: 2525 })).toBe(
      2525,
    );
  });

  it('shows nothing after the cursor', () => {
    expect(transcriptGroups(timeline, 0).flatMap((g) => g.steps)).toHaveLength(1);
  });

  it('keeps a DNS question and its answer in one group, asked by the resolver’s client', () => {
    const dns = transcriptGroups(timeline, 5).find((g) => g.protocol === 'dns')!;
    expect({ from: dns.from, to: dns.to, steps: dns.steps.length }).toEqual({
      from: 'msa',
      to: 'resolver',
      steps: 2,
    });
  });

  it('writes C: for the client, S: for the server, Q:/A: for DNS', () => {
    expect(timeline.map(speakerOf)).toEqual(['event', 'S', 'C', 'Q', 'A', 'event']);
  });

  it('reads the port of a connect step from its port field', () => {
    expect(connectPort(timeline[5]!)).toBe(25);
    expect(connectPort(timeline[1]!)).toBeNull();
  });
});

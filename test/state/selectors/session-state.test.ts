import { describe, expect, it } from 'vitest';
import { sessionAt } from '../../../src/state/selectors/session-state';
import { classroomPop3Timeline as timeline } from '../../ui/shipped';
import { command, connect, timelineOf } from './steps';

const seq = (verb: string, conn: string) =>
  timeline.find((s) => s.conn === conn && s.command?.verb === verb)!.seq;

describe('the session drawn at the cursor', () => {
  it('is the current step’s connection, with its server’s and client’s states', () => {
    const rcpt = seq('RCPT', 'c1');
    expect(sessionAt(timeline, rcpt)).toEqual({
      conn: 'c1',
      protocol: 'smtp',
      server: timeline[rcpt]!.states['c1:server'],
      client: timeline[rcpt]!.states['c1:client'],
    });
  });

  it('knows a POP3 connection from its connect step on', () => {
    const connectStep = timeline.find((s) => s.conn === 'c4' && s.kind === 'connect')!;
    expect(sessionAt(timeline, connectStep.seq)).toMatchObject({ conn: 'c4', protocol: 'pop3' });
    const retr = seq('RETR', 'c4');
    expect(sessionAt(timeline, retr)).toMatchObject({ server: 'transaction' });
  });

  it('keeps the last session while a step belongs to no connection (DNS, queue)', () => {
    const steps = timelineOf([
      connect('c1', 'alice-laptop', 'smtp-lycee', 587),
      {
        ...command('c1', 'alice-laptop', 'smtp-lycee', 'QUIT', 'QUIT'),
        states: { 'c1:server': 'closed' },
      },
      { kind: 'dns-query', protocol: 'dns', states: { 'c1:server': 'closed' } },
    ]);
    expect(sessionAt(steps, 2)).toEqual({
      conn: 'c1',
      protocol: 'smtp',
      server: 'closed',
      client: null,
    });
  });

  it('is none before any session', () => {
    expect(sessionAt(timelineOf([{ kind: 'dns-query', protocol: 'dns' }]), 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { filterLogLines, logLinesAt, loggingHosts } from '../../../src/state/selectors/logs';
import { command, timelineOf } from './steps';

const timeline = timelineOf([
  {
    kind: 'log',
    from: 'smtp-lycee',
    text: 'postfix/smtpd[1201]: connect from laptop.lycee.example[192.0.2.50]',
  },
  command('c1', 'alice-laptop', 'smtp-lycee', 'EHLO laptop.lycee.example', 'EHLO'),
  {
    kind: 'log',
    from: 'mx-ecole',
    text: 'postfix/smtpd[2301]: connect from smtp.lycee.example[192.0.2.10]',
  },
  { kind: 'log', from: 'smtp-lycee', text: 'postfix/qmgr[1100]: 4fPWYr36lCz1btF: removed' },
]);

describe('server logs', () => {
  it('lists the log lines written up to the cursor, with the host that wrote them', () => {
    expect(logLinesAt(timeline, 2)).toEqual([
      {
        seq: 0,
        host: 'smtp-lycee',
        text: 'postfix/smtpd[1201]: connect from laptop.lycee.example[192.0.2.50]',
      },
      {
        seq: 2,
        host: 'mx-ecole',
        text: 'postfix/smtpd[2301]: connect from smtp.lycee.example[192.0.2.10]',
      },
    ]);
  });

  it('names the hosts that log, in the order they first do', () => {
    expect(loggingHosts(timeline)).toEqual(['smtp-lycee', 'mx-ecole']);
    expect(loggingHosts(timelineOf([command('c1', 'a', 'b', 'QUIT', 'QUIT')]))).toEqual([]);
  });

  it('filters by server and by text, case ignored', () => {
    const lines = logLinesAt(timeline, 3);
    expect(filterLogLines(lines, 'smtp-lycee', '').map((l) => l.seq)).toEqual([0, 3]);
    expect(filterLogLines(lines, null, 'CONNECT').map((l) => l.seq)).toEqual([0, 2]);
    expect(filterLogLines(lines, 'mx-ecole', 'removed')).toEqual([]);
  });
});

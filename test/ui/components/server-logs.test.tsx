// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { worldView } from '../../../src/state/world-view';
import { ServerLogs } from '../../../src/ui/components/ServerLogs';
import { initI18n } from '../../../src/ui/i18n';
import { command, timelineOf } from '../../state/selectors/steps';
import { classroomTimeline } from '../shipped';

const { hosts } = worldView(classroomWorld);
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
const shown = () => [...document.querySelectorAll('.logs-lines li')].map((li) => li.textContent);

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

describe('the logs panel', () => {
  it('says so when the run has no log line at all', () => {
    const quiet = timeline.filter((step) => step.kind !== 'log');
    render(<ServerLogs timeline={quiet} cursor={0} hosts={hosts} />);
    expect(screen.getByText('This run has no server log lines.')).toBeTruthy();
  });

  it('shows the shipped classroom run’s Postfix and Dovecot lines', () => {
    render(
      <ServerLogs
        timeline={classroomTimeline}
        cursor={classroomTimeline.length - 1}
        hosts={hosts}
      />,
    );
    expect(shown().some((line) => line?.includes('postfix/smtpd'))).toBe(true);
    expect(shown().some((line) => line?.includes('dovecot'))).toBe(true);
  });

  it('shows each line up to the cursor after the name of the server that wrote it', () => {
    render(<ServerLogs timeline={timeline} cursor={2} hosts={hosts} />);
    expect(shown()).toEqual([
      'smtp.lycee.example postfix/smtpd[1201]: connect from laptop.lycee.example[192.0.2.50]',
      'mx.ecole.example postfix/smtpd[2301]: connect from smtp.lycee.example[192.0.2.10]',
    ]);
    expect(screen.getByText('2 of 2 lines')).toBeTruthy();
  });

  it('filters by server, then by text', () => {
    render(<ServerLogs timeline={timeline} cursor={3} hosts={hosts} />);
    fireEvent.change(screen.getByLabelText('Server'), { target: { value: 'smtp-lycee' } });
    expect(shown()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'Removed' } });
    expect(shown()).toEqual(['smtp.lycee.example postfix/qmgr[1100]: 4fPWYr36lCz1btF: removed']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'bounce' } });
    expect(screen.getByText('No line matches.')).toBeTruthy();
  });

  it('waits for the first line before the cursor reaches it', () => {
    render(<ServerLogs timeline={timeline.slice(1)} cursor={0} hosts={hosts} />);
    expect(screen.getByText('No server has written a log line yet.')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { smtpServerMachine } from '../../../src/protocols/smtp/server.machine';
import { deriveChart } from '../../../src/ui/charts/derive-chart';
import { smtpServerChart } from '../../../src/ui/charts/smtp-server.chart';

describe('the SMTP server chart', () => {
  it('is the one computed from the machine’s own definition (regenerate it when the machine changes)', () => {
    expect(smtpServerChart).toEqual(deriveChart(smtpServerMachine));
  });

  it('has every state of the machine, the initial one first', () => {
    expect(smtpServerChart.states.map((s) => s.id).sort()).toEqual(
      Object.keys(smtpServerMachine.root.states).sort(),
    );
    expect(smtpServerChart.initial).toBe('awaitingHello');
  });

  it('keeps the protocol’s order from MAIL to the end of DATA', () => {
    const edge = (from: string, to: string) =>
      smtpServerChart.edges.some((e) => e.from === from && e.to === to);
    expect([
      edge('ready', 'inMail'),
      edge('inMail', 'inRcpt'),
      edge('inRcpt', 'inData'),
      edge('inData', 'ready'),
    ]).toEqual([true, true, true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/content/locales/en';
import { fr } from '../../../src/content/locales/fr';
import { imapSessionMachine } from '../../../src/protocols/imap/session.machine';
import { pop3SessionMachine } from '../../../src/protocols/pop3/session.machine';
import { clientMachine } from '../../../src/protocols/smtp/client/client.machine';
import { smtpServerMachine } from '../../../src/protocols/smtp/server.machine';
import { deriveChart } from '../../../src/ui/charts/derive-chart';
import { imapChart } from '../../../src/ui/charts/imap.chart';
import { pop3Chart } from '../../../src/ui/charts/pop3.chart';
import { SESSION_CHARTS } from '../../../src/ui/charts/session-charts';
import { smtpClientChart } from '../../../src/ui/charts/smtp-client.chart';

const edge = (chart: typeof pop3Chart, from: string, to: string) =>
  chart.edges.some((e) => e.from === from && e.to === to);

describe('the session charts', () => {
  it('are the ones computed from each machine’s own definition (regenerate them when a machine changes)', () => {
    expect(smtpClientChart).toEqual(deriveChart(clientMachine));
    expect(pop3Chart).toEqual(deriveChart(pop3SessionMachine));
    expect(imapChart).toEqual(deriveChart(imapSessionMachine));
  });

  it('follow transitions taken from nested states (POP3 authorization → transaction, IMAP login)', () => {
    expect([
      edge(pop3Chart, 'authorization', 'transaction'),
      edge(pop3Chart, 'transaction', 'update'),
      edge(pop3Chart, 'update', 'closed'),
    ]).toEqual([true, true, true]);
    expect([
      edge(imapChart, 'notAuthenticated', 'authenticated'),
      edge(imapChart, 'authenticated', 'selected'),
      edge(imapChart, 'selected', 'authenticated'),
    ]).toEqual([true, true, true]);
  });

  it('name reply timeouts by their Postfix delay and composite guards by their parts', () => {
    expect(edge(smtpClientChart, 'awaitingMail', 'done')).toBe(true);
    const toDone = smtpClientChart.edges.find((e) => e.from === 'awaitingMail' && e.to === 'done');
    expect(toDone?.events).toContain('mailTimeout');
    const quit = smtpClientChart.edges.find(
      (e) => e.from === 'negotiating' && e.to === 'awaitingQuit',
    );
    expect(quit?.events).toContain('[needsAuth and not isAuthOffered]');
  });

  it('label every state of every chart in English and French', () => {
    const missing: string[] = [];
    const charts = Object.values(SESSION_CHARTS).flatMap((c) => [c.server, c.client ?? c.server]);
    for (const chart of new Set(charts)) {
      const machine = chart.machine as keyof typeof en.chart.machines;
      for (const state of chart.states) {
        for (const [lang, messages] of [
          ['en', en],
          ['fr', fr],
        ] as const) {
          const states = messages.chart.machines[machine]?.states as Record<string, string>;
          if (states?.[state.id] === undefined) missing.push(`${lang} ${machine}.${state.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(deriveChart(smtpServerMachine).machine).toBe('smtp');
  });
});

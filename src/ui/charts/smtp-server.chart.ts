import type { Chart } from './chart-types';

/**
 * The SMTP server session (src/protocols/smtp/server.machine.ts) as drawn data, computed by
 * `deriveChart`; test/ui/charts/smtp-server-chart.test.ts fails when the machine changes and
 * this file is not regenerated.
 */
export const smtpServerChart: Chart = {
  machine: 'smtp',
  initial: 'awaitingHello',
  states: [
    { id: 'awaitingHello', column: 0, row: 0 },
    { id: 'ready', column: 1, row: 0 },
    { id: 'inMail', column: 2, row: 0 },
    { id: 'inRcpt', column: 3, row: 0 },
    { id: 'inData', column: 4, row: 0 },
    { id: 'inBdat', column: 4, row: 1 },
    { id: 'inAuth', column: 1, row: 1 },
    { id: 'startingTls', column: 2, row: 1 },
    { id: 'refused', column: 1, row: 2 },
    { id: 'closed', column: 5, row: 0 },
  ],
  edges: [
    { from: 'awaitingHello', to: 'refused', events: ['open'] },
    { from: 'awaitingHello', to: 'closed', events: ['open'] },
    { from: 'awaitingHello', to: 'inMail', events: ['MAIL'] },
    { from: 'ready', to: 'inMail', events: ['MAIL'] },
    { from: 'inMail', to: 'inRcpt', events: ['[hasRecipients]'] },
    { from: 'inRcpt', to: 'inData', events: ['DATA'] },
    { from: 'inRcpt', to: 'ready', events: ['chunk'] },
    { from: 'inRcpt', to: 'inBdat', events: ['chunk'] },
    { from: 'inData', to: 'ready', events: ['dataEnd'] },
    { from: 'inBdat', to: 'ready', events: ['chunk'] },
    { from: 'inAuth', to: 'ready', events: ['authResponse'] },
    { from: 'startingTls', to: 'awaitingHello', events: ['established'] },
    { from: 'refused', to: 'closed', events: ['QUIT'] },
  ],
  fromAnyState: [
    {
      from: '*',
      to: 'closed',
      events: ['timeout', 'disconnect', 'errorLimit', 'bareLfCommand', 'command', 'QUIT'],
    },
    { from: '*', to: 'ready', events: ['EHLO', 'HELO', 'LHLO', 'RSET', 'AUTH'] },
    { from: '*', to: 'startingTls', events: ['STARTTLS'] },
    { from: '*', to: 'inAuth', events: ['AUTH'] },
  ],
};

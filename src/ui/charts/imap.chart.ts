import type { Chart } from './chart-types';

/**
 * The IMAP server session (src/protocols/imap/session.machine.ts) as drawn data, computed by
 * `deriveChart`; test/ui/charts/session-charts.test.ts fails when the machine changes and
 * this file is not regenerated.
 */
export const imapChart: Chart = {
  machine: 'imap',
  initial: 'notAuthenticated',
  states: [
    { id: 'notAuthenticated', column: 0, row: 0 },
    { id: 'authenticated', column: 1, row: 0 },
    { id: 'selected', column: 2, row: 0 },
    { id: 'logout', column: 3, row: 0 },
  ],
  edges: [
    { from: 'notAuthenticated', to: 'logout', events: ['command'] },
    { from: 'notAuthenticated', to: 'authenticated', events: ['command', 'continuation'] },
    { from: 'authenticated', to: 'logout', events: ['[hasTooManyBadCommands]', 'command'] },
    { from: 'authenticated', to: 'selected', events: ['command'] },
    { from: 'selected', to: 'logout', events: ['[hasTooManyBadCommands]', 'command'] },
    { from: 'selected', to: 'authenticated', events: ['command'] },
  ],
  fromAnyState: [{ from: '*', to: 'logout', events: ['tick', 'disconnect'] }],
};

import type { Chart } from './chart-types';

/**
 * The POP3 server session (src/protocols/pop3/session.machine.ts) as drawn data, computed by
 * `deriveChart`; test/ui/charts/session-charts.test.ts fails when the machine changes and
 * this file is not regenerated.
 */
export const pop3Chart: Chart = {
  machine: 'pop3',
  initial: 'authorization',
  states: [
    { id: 'authorization', column: 0, row: 0 },
    { id: 'transaction', column: 1, row: 0 },
    { id: 'update', column: 2, row: 0 },
    { id: 'closed', column: 3, row: 0 },
  ],
  edges: [
    {
      from: 'authorization',
      to: 'closed',
      events: [
        'lineTooLong',
        'command',
        '[hasTooManyBadCommandsBeforeLogin]',
        '[isMaildropLockedByOther]',
      ],
    },
    { from: 'authorization', to: 'transaction', events: ['[always]'] },
    { from: 'transaction', to: 'closed', events: ['lineTooLong', '[hasTooManyBadCommands]'] },
    { from: 'transaction', to: 'update', events: ['command'] },
    { from: 'update', to: 'closed', events: ['[always]'] },
  ],
  fromAnyState: [{ from: '*', to: 'closed', events: ['timeout', 'drop'] }],
};

import { setup } from 'xstate';

/**
 * A person's mail client reading mail (Bob's laptop or phone), as his screen shows it:
 * waiting, checking the server, then up to date or an error.
 */
export const fetchClientMachine = setup({
  types: {
    events: {} as { type: 'user.check' } | { type: 'fetch.done' } | { type: 'fetch.failed' },
  },
}).createMachine({
  id: 'fetchClient',
  initial: 'idle',
  states: {
    idle: { on: { 'user.check': 'checking' } },
    checking: { on: { 'fetch.done': 'upToDate', 'fetch.failed': 'failed' } },
    upToDate: { on: { 'user.check': 'checking' } },
    failed: { on: { 'user.check': 'checking' } },
  },
});

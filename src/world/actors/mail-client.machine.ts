import { setup } from 'xstate';

/**
 * A person's mail client (MUA) sending one message, as the user's screen shows it:
 * composing, looking up the server, submitting, then sent or an error dialog.
 */
export const mailClientMachine = setup({
  types: {
    events: {} as
      | { type: 'user.send' }
      | { type: 'dns.resolved' }
      | { type: 'dns.failed' }
      | { type: 'smtp.accepted' }
      | { type: 'smtp.refused' }
      | { type: 'net.failed' },
  },
}).createMachine({
  id: 'mailClient',
  initial: 'idle',
  states: {
    idle: { on: { 'user.send': 'resolving' } },
    resolving: { on: { 'dns.resolved': 'submitting', 'dns.failed': 'failed' } },
    submitting: {
      on: { 'smtp.accepted': 'sent', 'smtp.refused': 'failed', 'net.failed': 'failed' },
    },
    // Another message may follow: the client goes back to sending from either end.
    sent: { on: { 'user.send': 'resolving' } },
    failed: { on: { 'user.send': 'resolving' } },
  },
});

import { assign, setup } from 'xstate';

/**
 * An MTA's queue manager (Postfix qmgr) as the map shows it: idle with an empty queue,
 * active while it delivers, deferred while messages wait for a retry.
 */
export const queueManagerMachine = setup({
  types: {
    context: {} as { active: number; deferred: number },
    events: {} as
      | { type: 'queue.enter' }
      | { type: 'delivery.done' }
      | { type: 'delivery.deferred' }
      | { type: 'queue.retry' },
  },
  guards: {
    hasActive: ({ context }) => context.active > 0,
    hasDeferred: ({ context }) => context.deferred > 0,
  },
  actions: {
    addActive: assign({ active: ({ context }) => context.active + 1 }),
    finishActive: assign({ active: ({ context }) => Math.max(0, context.active - 1) }),
    deferActive: assign({
      active: ({ context }) => Math.max(0, context.active - 1),
      deferred: ({ context }) => context.deferred + 1,
    }),
    retryDeferred: assign({
      active: ({ context }) => context.active + 1,
      deferred: ({ context }) => Math.max(0, context.deferred - 1),
    }),
  },
}).createMachine({
  id: 'queueManager',
  context: { active: 0, deferred: 0 },
  initial: 'idle',
  states: {
    idle: {
      on: { 'queue.enter': { target: 'active', actions: 'addActive' } },
    },
    active: {
      on: {
        'queue.enter': { actions: 'addActive' },
        'queue.retry': { actions: 'retryDeferred' },
        'delivery.done': { target: 'settling', actions: 'finishActive' },
        'delivery.deferred': { target: 'settling', actions: 'deferActive' },
      },
    },
    deferred: {
      on: {
        'queue.enter': { target: 'active', actions: 'addActive' },
        'queue.retry': { target: 'active', actions: 'retryDeferred' },
      },
    },
    // Decides where a finished delivery leaves the queue manager.
    settling: {
      always: [
        { guard: 'hasActive', target: 'active' },
        { guard: 'hasDeferred', target: 'deferred' },
        { target: 'idle' },
      ],
    },
  },
});

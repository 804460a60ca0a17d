import { assign, setup } from 'xstate';

/**
 * The DNS resolver as the map shows it: idle, or answering a query. The questions and
 * answers themselves are steps of the timeline.
 */
export const resolverMachine = setup({
  types: {
    context: {} as { pending: number },
    events: {} as { type: 'dns.query' } | { type: 'dns.answer' },
  },
  guards: {
    isLastAnswer: ({ context }) => context.pending <= 1,
  },
  actions: {
    countQuery: assign({ pending: ({ context }) => context.pending + 1 }),
    countAnswer: assign({ pending: ({ context }) => Math.max(0, context.pending - 1) }),
  },
}).createMachine({
  id: 'resolver',
  context: { pending: 0 },
  initial: 'idle',
  states: {
    idle: { on: { 'dns.query': { target: 'answering', actions: 'countQuery' } } },
    answering: {
      on: {
        'dns.query': { actions: 'countQuery' },
        'dns.answer': [
          { guard: 'isLastAnswer', target: 'idle', actions: 'countAnswer' },
          { actions: 'countAnswer' },
        ],
      },
    },
  },
});

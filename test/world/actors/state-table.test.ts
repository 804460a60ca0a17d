import fc from 'fast-check';
import { createActor, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { fetchClientMachine } from '../../../src/world/actors/fetch-client.machine';
import { mailClientMachine } from '../../../src/world/actors/mail-client.machine';
import { queueManagerMachine } from '../../../src/world/actors/queue-manager.machine';
import { resolverMachine } from '../../../src/world/actors/resolver.machine';
import { StateTable } from '../../../src/world/actors/state-table';

/** The states an XState actor goes through, and those the table gives, for the same events. */
function bothRuns(machine: AnyStateMachine, events: readonly { type: string }[]) {
  const actor = createActor(machine).start();
  const table = new StateTable(machine);
  const byActor: string[] = [String(actor.getSnapshot().value)];
  const byTable: string[] = [table.state];
  for (const event of events) {
    actor.send(event);
    table.send(event);
    byActor.push(String(actor.getSnapshot().value));
    byTable.push(table.state);
  }
  return { byActor, byTable };
}

describe('a pure machine run from its state table', () => {
  it('goes through the resolver machine’s states as an actor does', () => {
    const event = fc.constantFrom({ type: 'dns.query' }, { type: 'dns.answer' });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const { byActor, byTable } = bothRuns(resolverMachine, events);
        expect(byTable).toEqual(byActor);
      }),
    );
  });

  it('goes through the queue manager machine’s states as an actor does', () => {
    const event = fc.constantFrom(
      { type: 'queue.enter' },
      { type: 'delivery.done' },
      { type: 'delivery.deferred' },
      { type: 'queue.retry' },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const { byActor, byTable } = bothRuns(queueManagerMachine, events);
        expect(byTable).toEqual(byActor);
      }),
    );
  });

  it('goes through the mail client machine’s states as an actor does', () => {
    const event = fc.constantFrom(
      { type: 'user.send' },
      { type: 'dns.resolved' },
      { type: 'dns.failed' },
      { type: 'smtp.accepted' },
      { type: 'smtp.refused' },
      { type: 'net.failed' },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const { byActor, byTable } = bothRuns(mailClientMachine, events);
        expect(byTable).toEqual(byActor);
      }),
    );
  });

  it('goes through the fetch client machine’s states as an actor does', () => {
    const event = fc.constantFrom(
      { type: 'user.check' },
      { type: 'fetch.done' },
      { type: 'fetch.failed' },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const { byActor, byTable } = bothRuns(fetchClientMachine, events);
        expect(byTable).toEqual(byActor);
      }),
    );
  });

  it('starts each run at the machine’s initial state, whatever earlier runs did', () => {
    const first = new StateTable(resolverMachine);
    first.send({ type: 'dns.query' });
    expect(first.state).toBe('answering');
    expect(new StateTable(resolverMachine).state).toBe('idle');
  });
});

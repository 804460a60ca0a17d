import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/protocols/pop3/command-parser';
import {
  pop3SessionMachine,
  type Pop3Event,
  type Pop3SessionInput,
} from '../../../src/protocols/pop3/session.machine';
import { DEFAULT_POP3_POLICY } from '../../../src/protocols/pop3/wire-adapter';
import type { Output } from '../../../src/protocols/wire';
import { problemsOf } from './well-formed';
import { bobsStore } from './world';

const command = (line: string): Pop3Event => ({
  type: 'pop3.command',
  command: parseCommand(line),
});

/** A sample of everything a client and the transport can do. */
const EVENTS: Pop3Event[] = [
  ...[
    'CAPA',
    'USER bob',
    'PASS bobpass',
    'PASS wrong',
    'AUTH',
    'AUTH PLAIN',
    'AUTH PLAIN AGJvYgBib2JwYXNz',
    'AUTH LOGIN',
    'APOP bob c4c9334bac560ecc979e58001b3e22fb',
    'STLS',
    'QUIT',
    'STAT',
    'LIST',
    'LIST 1',
    'LIST 9',
    'UIDL',
    'UIDL 1',
    'RETR 1',
    'TOP 1 1',
    'DELE 1',
    'RSET',
    'NOOP',
    'XYZZ',
  ].map(command),
  { type: 'sasl.response', line: 'AGJvYgBib2JwYXNz' },
  { type: 'sasl.response', line: 'Ym9i' },
  { type: 'sasl.response', line: '*' },
  { type: 'tls.established' },
  { type: 'net.timeout' },
  { type: 'net.lineTooLong' },
  { type: 'net.drop' },
];

function input(trustedPeer: boolean): Pop3SessionInput {
  return { store: bobsStore(), policy: DEFAULT_POP3_POLICY, tlsActive: false, trustedPeer };
}

/** Replays a path on a real actor with a fresh store and returns what it emitted. */
function outputsOf(events: readonly Pop3Event[], trustedPeer: boolean): Output[] {
  const outputs: Output[] = [];
  const actor = createActor(pop3SessionMachine, { input: input(trustedPeer) });
  actor.on('output', (emitted) => outputs.push(emitted.output));
  actor.start();
  for (const event of events) {
    if (actor.getSnapshot().status === 'active') actor.send(event);
  }
  return outputs;
}

describe.each([true, false])('POP3 machine walk (trusted peer: %s)', (trustedPeer) => {
  const paths = getShortestPaths(pop3SessionMachine, {
    input: input(trustedPeer),
    events: EVENTS,
    serializeState: (snapshot) =>
      JSON.stringify([
        snapshot.value,
        snapshot.context.tlsActive,
        snapshot.context.pendingUser !== undefined,
        snapshot.context.sasl,
        // The bad-command limits have their own transcripts; here 0, 1 or more is enough.
        Math.min(snapshot.context.badCommands, 2),
        snapshot.context.maildrop?.deleted.size,
      ]),
  });

  it('reaches every resting state of the session', () => {
    const reached = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    const wanted = [
      { authorization: 'ready' },
      ...(trustedPeer ? [{ authorization: 'saslExchange' }, 'transaction'] : []),
      { authorization: 'tlsNegotiation' },
      'closed',
    ];
    for (const state of wanted) expect(reached).toContain(JSON.stringify(state));
  });

  it('answers every step of every path with well-formed lines', () => {
    // Every reachable state, then every event from there: each transition is taken once.
    const outputs = paths.flatMap((path) => {
      const steps = path.steps.map((step): { type: string } => step.event);
      const events = steps.filter((event): event is Pop3Event => event.type !== 'xstate.init');
      return EVENTS.flatMap((last) => outputsOf([...events, last], trustedPeer));
    });
    const keys = new Set(
      outputs.flatMap((output) => (output.kind === 'line' ? [output.reply?.key] : [])),
    );
    // The walk must have produced both single-line and multi-line replies to check.
    expect(keys).toContain('pop3.reply.greeting');
    expect(keys).toContain('pop3.reply.capa');
    expect(outputs.flatMap(problemsOf)).toEqual([]);
    // A long walk on a shared two-core machine: allow time, assert nothing about it.
  }, 60_000);
});

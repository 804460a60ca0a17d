import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/protocols/imap/command-parser';
import type { ImapConfig, ImapEvent } from '../../../src/protocols/imap/session-context';
import { imapSessionMachine } from '../../../src/protocols/imap/session.machine';
import type { Output } from '../../../src/protocols/wire';
import { bobStore } from './transcript';
import { problems } from './well-formed';

const command = (text: string): ImapEvent => ({
  type: 'imap.command',
  parsed: parseCommand({ lines: [text], literals: [] }),
  text,
});
const line = (text: string): ImapEvent => ({ type: 'imap.continuation', line: text });

/** Events that move the session between states; each is replayed on a fresh store. */
const EVENTS: ImapEvent[] = [
  command('a LOGIN bob s3cret'),
  command('a LOGIN bob wrong'),
  command('a AUTHENTICATE PLAIN'),
  command('a AUTHENTICATE LOGIN'),
  line('AGJvYgBzM2NyZXQ='),
  line('Ym9i'),
  line('czNjcmV0'),
  line('*'),
  command('a STARTTLS'),
  { type: 'tls.established' },
  command('a SELECT INBOX'),
  command('a EXAMINE INBOX'),
  command('a SELECT Nope'),
  command('a IDLE'),
  line('DONE'),
  command('a CLOSE'),
  command('a UNSELECT'),
  command('a FOO'),
  command('a LOGOUT'),
  { type: 'mailbox.changed' },
  { type: 'clock.tick', now: 31 * 60_000 },
];

const config = (): ImapConfig => ({
  store: bobStore(),
  tlsAvailable: true,
  disablePlaintextAuth: false,
  startTime: 0,
});

describe('IMAP session machine (model-based walk with @xstate/graph)', () => {
  const paths = getShortestPaths(imapSessionMachine, {
    events: EVENTS,
    input: config(),
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });

  it('reaches every state and sub-state of RFC 3501 §3', () => {
    const reached = paths.map((path) => JSON.stringify(path.state.value)).sort();
    expect(reached).toEqual(
      [
        { notAuthenticated: 'ready' },
        { notAuthenticated: 'authenticating' },
        { notAuthenticated: 'negotiatingTls' },
        { authenticated: 'ready' },
        { authenticated: 'idling' },
        { selected: 'ready' },
        { selected: 'idling' },
        'logout',
      ]
        .map((value) => JSON.stringify(value))
        .sort(),
    );
  });

  it.each(paths.map((path) => [JSON.stringify(path.state.value), path] as const))(
    'answers well-formed lines on the shortest path to %s',
    (_, path) => {
      const actor = createActor(imapSessionMachine, { input: config() });
      const outputs: Output[] = [];
      actor.on('output', ({ output }) => outputs.push(output));
      actor.start();
      for (const step of path.steps) actor.send(step.event);
      expect(problems(outputs)).toEqual([]);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
    },
  );
});

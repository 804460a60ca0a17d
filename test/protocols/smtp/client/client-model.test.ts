import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type {
  ClientOptions,
  ClientOutput,
} from '../../../../src/protocols/smtp/client/client-types';
import {
  clientMachine,
  type ClientEvent,
} from '../../../../src/protocols/smtp/client/client.machine';
import type { ServerReply } from '../../../../src/protocols/smtp/client/server-reply';
import { submission } from './transcript';

const replyEvent = (code: number, ...lines: string[]): ClientEvent => {
  const text = lines.length > 0 ? lines : [''];
  const raw = text.map((line, i) => `${code}${i === text.length - 1 ? ' ' : '-'}${line}`);
  const reply: ServerReply = { code, lines: text, raw: raw.join('\r\n') };
  return { type: 'smtp.reply', reply };
};

/** A small alphabet of server behaviour: enough to reach every state and every way out. */
const EVENTS: ClientEvent[] = [
  { type: 'client.start' },
  replyEvent(220, 'mx ESMTP'),
  replyEvent(250, 'mx', 'PIPELINING', 'STARTTLS', 'AUTH PLAIN LOGIN', 'SIZE 10240000'),
  replyEvent(250, 'Ok'),
  replyEvent(235, '2.7.0 Authentication successful'),
  replyEvent(334, ''),
  replyEvent(354, 'End data with <CR><LF>.<CR><LF>'),
  replyEvent(421, '4.7.0 mx Error: too many errors'),
  replyEvent(450, '4.7.1 Greylisted'),
  replyEvent(550, '5.1.1 User unknown'),
  { type: 'net.tlsEstablished' },
  { type: 'net.disconnect' },
  { type: 'smtp.malformed', line: '+OK' },
];

const CONFIGS: ClientOptions[] = [
  submission({
    pipelining: true,
    envelope: { mailFrom: 'alice@a.example', rcptTo: ['bob@b.example', 'carol@b.example'] },
  }),
  submission({ tls: 'starttls-if-offered', credentials: undefined }),
  submission({ tls: 'implicit', protocol: 'lmtp', credentials: undefined }),
];

function pathsOf(input: ClientOptions) {
  return getShortestPaths(clientMachine, {
    input,
    events: EVENTS,
    limit: 20_000,
    serializeState: (snapshot) => {
      const c = snapshot.context;
      return JSON.stringify([
        snapshot.value,
        c.greeted,
        c.tlsActive,
        c.starttlsDeclined,
        c.authenticated,
        Math.min(c.saslChallenges, 3),
        c.rcptIndex,
        c.dataReplyIndex,
        c.recipients.map((r) => r.status),
      ]);
    },
  });
}

/** Replays a path on a fresh actor and gathers what the client emitted. */
function replay(input: ClientOptions, events: ClientEvent[]) {
  const actor = createActor(clientMachine, { input });
  const outputs: ClientOutput[] = [];
  actor.on('client.output', (emitted) => outputs.push(emitted.output));
  actor.start();
  for (const event of events) actor.send(event);
  return { snapshot: actor.getSnapshot(), outputs };
}

describe('SMTP client machine, walked by @xstate/graph', () => {
  const runs = CONFIGS.map((input) => ({ input, paths: pathsOf(input) }));

  it('reaches every state of the machine', () => {
    const reached = new Set(
      runs.flatMap(({ paths }) => paths.map((path) => String(path.state.value))),
    );
    // `negotiating` only has eventless transitions: the machine passes through, never rests.
    const resting = Object.keys(clientMachine.states).filter((name) => name !== 'negotiating');
    expect([...reached].sort()).toEqual(resting.sort());
  });

  it('ends every finished path with one result, then one close, and no recipient undecided', () => {
    for (const { input, paths } of runs) {
      for (const path of paths.filter((p) => p.state.value === 'done')) {
        const { outputs, snapshot } = replay(
          input,
          path.steps.map((step) => step.event),
        );
        const kinds = outputs.map((output) => output.kind);
        expect(kinds.filter((kind) => kind === 'result')).toHaveLength(1);
        expect(kinds.slice(-2)).toEqual(['result', 'close']);
        expect(
          snapshot.context.recipients.filter(
            (r) => r.status === 'pending' || r.status === 'accepted',
          ),
        ).toEqual([]);
      }
    }
  });

  it('never sends a command after 421, and sends AUTH only under TLS when STARTTLS is wanted', () => {
    for (const { input, paths } of runs) {
      for (const path of paths) {
        const events = path.steps.map((step) => step.event);
        const { outputs } = replay(input, events);
        const afterClose = outputs.slice(outputs.findIndex((o) => o.kind === 'close') + 1);
        if (outputs.some((o) => o.kind === 'close')) expect(afterClose).toEqual([]);
        if (input.tls === 'starttls') {
          const auth = outputs.findIndex((o) => o.kind === 'line' && o.text.startsWith('AUTH'));
          const tls = outputs.findIndex((o) => o.kind === 'tlsStart');
          if (auth !== -1) expect(tls).toBeGreaterThan(-1);
          if (auth !== -1) expect(tls).toBeLessThan(auth);
        }
      }
    }
  });
});

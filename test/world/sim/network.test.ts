import { describe, expect, it } from 'vitest';
import type { Output, WireSession } from '../../../src/protocols/wire';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { validateWorld } from '../../../src/world/config/validate';
import type { WorldConfig } from '../../../src/world/config/schema';
import { CONNECT_TIMEOUT_MS, Network } from '../../../src/world/sim/network';
import type { ClientPeer, ConnectFailure, PeerOutput } from '../../../src/world/sim/peer';
import { Recorder } from '../../../src/world/sim/recorder';
import { Scheduler } from '../../../src/world/sim/scheduler';

/**
 * A tiny line protocol to test the network alone: the server greets with "HELLO", answers
 * "OK <line>", "GO" then starts TLS on "TLS", and says "BYE" and closes on "QUIT".
 */
function echoServer(): WireSession {
  let closed = false;
  const line = (text: string): Output => ({ kind: 'line', text: `${text}\r\n` });
  return {
    open: () => [line('HELLO')],
    receive(chunk) {
      const text = String(chunk).replace(/\r\n$/, '');
      const echo: Output = { kind: 'command', text, command: { verb: text, key: `test.${text}` } };
      if (text === 'QUIT') {
        closed = true;
        return [echo, line('BYE'), { kind: 'close', reason: 'quit' }];
      }
      if (text === 'TLS') return [echo, line('GO'), { kind: 'tlsStart' }];
      return [echo, line(`OK ${text}`)];
    },
    tick: () => {
      closed = true;
      return [line('TIMEOUT'), { kind: 'close', reason: 'timeout' }];
    },
    tlsEstablished: () => [],
    disconnect: () => void (closed = true),
    subscribe: () => () => undefined,
    get state() {
      return closed ? 'closed' : 'open';
    },
    get closed() {
      return closed;
    },
  };
}

/** A client that sends its script one line per reply and asks for TLS after "GO". */
function scriptedClient(script: string[], patience = 60_000) {
  const heard: string[] = [];
  const failures: ConnectFailure[] = [];
  let closedByServer = false;
  const next = (): PeerOutput[] => {
    const line = script.shift();
    return line === undefined ? [] : [{ kind: 'send', text: `${line}\r\n` }];
  };
  const peer: ClientPeer = {
    patience,
    state: 'scripted',
    connected: () => [],
    receive(text) {
      heard.push(text.trim());
      return text.startsWith('GO') ? [{ kind: 'tlsStart' }] : next();
    },
    tlsEstablished: next,
    timeout: () => [{ kind: 'close', reason: 'timeout' }],
    failed: (reason) => void failures.push(reason),
    closed: () => void (closedByServer = true),
  };
  return { peer, heard, failures, isClosedByServer: () => closedByServer };
}

function setupNetwork(patch: (world: WorldConfig) => void = () => undefined) {
  const result = validateWorld(structuredClone(classroomWorld));
  if (!result.ok) throw new Error('the classroom world is invalid');
  const world = result.world;
  patch(world);
  const scheduler = new Scheduler();
  const recorder = new Recorder(scheduler);
  const network = new Network(world, scheduler, recorder, () => ({
    session: echoServer(),
    protocol: 'smtp',
    patience: 300_000,
  }));
  const host = (id: string) => world.hosts.find((h) => h.id === id)!;
  return { world, scheduler, recorder, network, host };
}

describe('Network', () => {
  it('carries a dialogue both ways, one latency per crossing', () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient(['EHLO', 'QUIT']);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 587,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(recorder.steps.map((s) => [s.time, s.kind, s.from, s.text])).toEqual([
      [0, 'connect', 'alice-laptop', 'connect to smtp.lycee.example[192.0.2.10]:587'],
      [60, 'reply', 'smtp-lycee', 'HELLO'],
      [80, 'command', 'alice-laptop', 'EHLO'],
      [100, 'reply', 'smtp-lycee', 'OK EHLO'],
      [120, 'command', 'alice-laptop', 'QUIT'],
      [140, 'reply', 'smtp-lycee', 'BYE'],
      [140, 'close', 'smtp-lycee', 'server closes the connection'],
    ]);
    expect(client.isClosedByServer()).toBe(true);
  });

  it('marks everything after the TLS handshake as encrypted', () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient(['TLS', 'SECRET']);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 587,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(10_000);
    const kinds = recorder.steps.map((s) => [s.kind, s.text, s.encrypted ?? false]);
    expect(kinds).toEqual([
      ['connect', 'connect to smtp.lycee.example[192.0.2.10]:587', false],
      ['reply', 'HELLO', false],
      ['command', 'TLS', false],
      ['reply', 'GO', false],
      ['tls', 'TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384', false],
      ['command', 'SECRET', true],
      ['reply', 'OK SECRET', true],
    ]);
  });

  it('refuses a connection to a port nobody listens on', () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient([]);
    network.connect({
      from: host('alice-laptop'),
      to: host('mail-ecole'),
      port: 25,
      clientTls: 'none',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(client.failures).toEqual(['refused']);
    expect(recorder.steps.at(-1)).toMatchObject({
      time: 40,
      kind: 'close',
      closeReason: 'refused',
      text: 'connect to mail.ecole.example[198.51.100.26]:25: Connection refused',
    });
  });

  it('times out on a filtered port after the connect timeout (B21)', () => {
    const { scheduler, recorder, network, host } = setupNetwork((world) =>
      world.network.firewall.push({
        from: 'alice-laptop',
        to: 'smtp-lycee',
        port: 25,
        action: 'drop',
      }),
    );
    const client = scriptedClient([]);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 25,
      clientTls: 'none',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(client.failures).toEqual(['timeout']);
    expect(recorder.steps.at(-1)).toMatchObject({
      time: CONNECT_TIMEOUT_MS,
      closeReason: 'timeout',
    });
  });

  it('times out on an unreachable host', () => {
    const { scheduler, network, host } = setupNetwork((world) =>
      world.network.unreachable.push('mx-ecole'),
    );
    const client = scriptedClient([]);
    network.connect({
      from: host('smtp-lycee'),
      to: host('mx-ecole'),
      port: 25,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(client.failures).toEqual(['unreachable']);
    expect(scheduler.now).toBe(CONNECT_TIMEOUT_MS);
  });

  it('leaves a plain-text client waiting for a greeting on an implicit-TLS port (B20)', () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient(['EHLO'], 300_000);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 465,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(client.heard).toEqual([]);
    expect(recorder.steps.at(-1)).toMatchObject({
      time: 300_040 + 20,
      kind: 'close',
      closeReason: 'timeout',
    });
  });

  it('fails at once when a TLS client meets a plain-text greeting (B20)', () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient([]);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 587,
      clientTls: 'implicit',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(recorder.steps.map((s) => s.text)).toContain(
      'TLS handshake failed: wrong version number',
    );
    expect(recorder.steps.at(-1)?.closeReason).toBe('error');
  });

  it("lets the server's idle timer end a silent connection", () => {
    const { scheduler, recorder, network, host } = setupNetwork();
    const client = scriptedClient([], 10_000_000);
    network.connect({
      from: host('alice-laptop'),
      to: host('smtp-lycee'),
      port: 587,
      clientTls: 'starttls',
      protocol: 'smtp',
      client: client.peer,
    });
    scheduler.runUntil(Infinity);
    expect(client.heard).toEqual(['HELLO', 'TIMEOUT']);
    expect(recorder.steps.at(-1)).toMatchObject({
      kind: 'close',
      closeReason: 'timeout',
      time: 300_060,
    });
  });
});

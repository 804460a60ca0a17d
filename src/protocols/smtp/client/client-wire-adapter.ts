import { createActor, type Actor } from 'xstate';
import { resultOf } from './client-context';
import { clientMachine, type ClientEmitted } from './client.machine';
import type { ClientOptions, ClientOutput, ClientResult } from './client-types';
import { ReplyReader } from './reply-reader';

/**
 * The client session seen from the transport: the world pushes the server's bytes in and
 * gets back what the client sends (`line`, `data`), when TLS must start, and how it ended.
 * The mirror of a server's `WireSession`, with `start()` in place of `open()` because the
 * client speaks second: nothing goes out before the greeting.
 */
export class SmtpClientSession {
  private readonly actor: Actor<typeof clientMachine>;
  /** The caller's clock as last told by `start` or `tick` (ms). */
  private now = 0;
  /** The wait for the next reply the machine started last, due at `at` (one at a time). */
  private timer: {
    at: number;
    event: Extract<ClientEmitted, { type: 'client.awaitReply' }>['event'];
  } | null = null;
  private readonly reader = new ReplyReader();
  private outputs: ClientOutput[] = [];

  constructor(options: ClientOptions) {
    if (options.envelope.rcptTo.length === 0) {
      throw new Error('An SMTP transaction needs at least one recipient (RFC 5321 §3.3).');
    }
    this.actor = createActor(clientMachine, { input: options });
    this.actor.on('client.output', (emitted) => this.outputs.push(emitted.output));
    this.actor.on('client.awaitReply', (emitted) => {
      this.timer = { at: this.now + emitted.ms, event: emitted.event };
    });
    this.actor.start();
  }

  /** The connection is open at `now` (ms on the world's clock). With implicit TLS: `tlsStart`. */
  start(now = 0): ClientOutput[] {
    return this.collect(() => {
      this.advanceTo(now);
      this.actor.send({ type: 'client.start' });
    });
  }

  /** Server bytes as they arrive, split anywhere; several replies in one chunk are read in order. */
  receive(chunk: Uint8Array | string): ClientOutput[] {
    return this.collect(() => {
      if (this.closed || this.state === 'connecting') return;
      for (const item of this.reader.push(chunk)) {
        if (this.closed) return;
        this.actor.send(
          item.kind === 'reply'
            ? { type: 'smtp.reply', reply: item.reply }
            : { type: 'smtp.malformed', line: item.line },
        );
        // RFC 3207 §4.2 (CVE-2011-0411 seen from the client): bytes that came with the 220
        // to STARTTLS were sent in clear and may be an attacker's; they are dropped unread.
        if (this.state === 'awaitingTlsHandshake') {
          this.reader.discard();
          return;
        }
      }
    });
  }

  /** The transport finished the handshake asked for by `tlsStart`. */
  tlsEstablished(): ClientOutput[] {
    if (this.closed) return [];
    return this.collect(() => this.actor.send({ type: 'net.tlsEstablished' }));
  }

  /** The simulated clock moved to `now` (ms): reply timeouts fire from here. */
  tick(now: number): ClientOutput[] {
    return this.collect(() => this.advanceTo(now));
  }

  /** The server went away without a goodbye (RFC 5321 §3.8: as if it had said 451). */
  disconnect(): ClientOutput[] {
    // After QUIT and 221 the session is over: the server's close is then expected, not a loss.
    if (this.closed) return [];
    return this.collect(() => this.actor.send({ type: 'net.disconnect' }));
  }

  /** The state's name, as in the machine ("awaitingRcpt"). */
  get state(): string {
    return String(this.actor.getSnapshot().value);
  }

  get closed(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  /** The session's outcome once it is over; undefined while it runs. */
  get result(): ClientResult | undefined {
    return this.closed ? resultOf(this.actor.getSnapshot().context) : undefined;
  }

  /** The clock moves forward only; an expired wait ends with the machine's timeout event. */
  private advanceTo(now: number): void {
    if (now <= this.now) return;
    this.now = now;
    const timer = this.timer;
    if (timer === null || timer.at > now || this.closed) return;
    this.timer = null;
    this.actor.send({ type: timer.event });
  }

  private collect(run: () => void): ClientOutput[] {
    this.outputs = [];
    run();
    const outputs = this.outputs;
    this.outputs = [];
    return outputs;
  }
}

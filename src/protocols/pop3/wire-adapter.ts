import { createActor, type Actor } from 'xstate';
import type { MailStore } from '../mailbox/store';
import type { Output, WireSession } from '../wire';
import { commandKey, parseCommand } from './command-parser';
import { pop3SessionMachine, type Pop3Event, type Pop3Policy } from './session.machine';
import { withoutFinalCr } from '../encoding/line-ends';

/** Dovecot pop3: 10 minutes without input end a logged-in session (RFC 1939 §3: at least 10). */
export const IDLE_TIMEOUT_MS = 10 * 60 * 1000;
/** Dovecot login processes: 3 minutes to log in (CLIENT_LOGIN_TIMEOUT_MSECS). */
export const LOGIN_TIMEOUT_MS = 3 * 60 * 1000;

export interface Pop3WireOptions {
  store: MailStore;
  policy?: Partial<Pop3Policy>;
  /** Port 995: TLS from the first byte. */
  tlsActive?: boolean;
  /** A loopback or trusted peer, which Dovecot treats as secured. */
  trustedPeer?: boolean;
  /** The caller's clock (ms) when the connection was accepted. */
  now?: number;
  idleTimeoutMs?: number;
  loginTimeoutMs?: number;
}

/** Dovecot's input buffers: a line must fit with its LF (LOGIN_MAX_INBUF_SIZE, MAX_INBUF_SIZE). */
export const MAX_LINE_OCTETS_BEFORE_LOGIN = 1024;
export const MAX_LINE_OCTETS = 2048;

const encoder = new TextEncoder();

/** Dovecot 2.3 defaults on Debian. */
export const DEFAULT_POP3_POLICY: Pop3Policy = {
  tlsAvailable: true,
  disablePlaintextAuth: true,
  lockSession: false,
};

/**
 * The POP3 session on the wire (DESIGN.md "wire adapter"): frames lines, turns each into a
 * machine event, and hands back what the machine emitted, in order.
 */
class Pop3WireSession implements WireSession {
  private readonly actor: Actor<typeof pop3SessionMachine>;
  private readonly decoder = new TextDecoder();
  private readonly idleTimeoutMs: number;
  private readonly loginTimeoutMs: number;
  private readonly openedAt: number;
  private pending: Output[] = [];
  private buffer = '';
  private lastInputAt: number;
  private clock: number;

  constructor(options: Pop3WireOptions) {
    this.openedAt = options.now ?? 0;
    this.clock = this.openedAt;
    this.lastInputAt = this.openedAt;
    this.idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    this.loginTimeoutMs = options.loginTimeoutMs ?? LOGIN_TIMEOUT_MS;
    this.actor = createActor(pop3SessionMachine, {
      input: {
        store: options.store,
        policy: { ...DEFAULT_POP3_POLICY, ...options.policy },
        tlsActive: options.tlsActive ?? false,
        trustedPeer: options.trustedPeer ?? false,
      },
    });
    this.actor.on('output', (emitted) => this.pending.push(emitted.output));
  }

  get state(): string {
    const value = this.actor.getSnapshot().value;
    return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
  }

  get closed(): boolean {
    return this.actor.getSnapshot().status !== 'active';
  }

  open(): Output[] {
    this.actor.start();
    return this.drain();
  }

  receive(chunk: Uint8Array | string): Output[] {
    if (this.closed) return [];
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    // CVE-2011-0411: bytes sent before the TLS handshake finishes are thrown away.
    if (this.actor.getSnapshot().hasTag('tlsPending')) return [];
    this.buffer += text;
    const outputs: Output[] = [];
    let end = this.buffer.indexOf('\n');
    while (end !== -1 && !this.closed) {
      if (this.exceedsLineLimit(end + 1, true)) return [...outputs, ...this.lineTooLong()];
      // Dovecot reads a line up to LF and drops one CR before it.
      const line = withoutFinalCr(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end + 1);
      this.lastInputAt = this.clock;
      outputs.push(...this.handleLine(line));
      if (this.actor.getSnapshot().hasTag('tlsPending')) this.buffer = '';
      end = this.buffer.indexOf('\n');
    }
    if (!this.closed && this.exceedsLineLimit(this.buffer.length, false)) {
      return [...outputs, ...this.lineTooLong()];
    }
    if (this.closed) this.buffer = '';
    return outputs;
  }

  tick(now: number): Output[] {
    this.clock = now;
    if (this.closed) return [];
    const deadline =
      this.state === 'authorization'
        ? this.openedAt + this.loginTimeoutMs
        : this.lastInputAt + this.idleTimeoutMs;
    if (now < deadline) return [];
    return this.send({ type: 'net.timeout' });
  }

  tlsEstablished(): Output[] {
    return this.send({ type: 'tls.established' });
  }

  disconnect(): void {
    this.send({ type: 'net.drop' });
  }

  /** POP3 never speaks unprompted (RFC 1939 §3): there is nothing to subscribe to. */
  subscribe(): () => void {
    return () => undefined;
  }

  /**
   * Whether the first `length` characters of the buffer overflow Dovecot's input buffer: a
   * complete line must fit with its LF; a partial line that fills the buffer never will.
   */
  private exceedsLineLimit(length: number, complete: boolean): boolean {
    const limit = this.state === 'transaction' ? MAX_LINE_OCTETS : MAX_LINE_OCTETS_BEFORE_LOGIN;
    const octets = encoder.encode(this.buffer.slice(0, length)).length;
    return complete ? octets > limit : octets >= limit;
  }

  private lineTooLong(): Output[] {
    this.buffer = '';
    return this.send({ type: 'net.lineTooLong' });
  }

  private handleLine(line: string): Output[] {
    if (this.actor.getSnapshot().hasTag('sasl')) {
      const echo: Output = {
        kind: 'command',
        text: line,
        command: { verb: 'AUTH', key: 'pop3.command.saslResponse' },
      };
      return [echo, ...this.send({ type: 'sasl.response', line })];
    }
    const command = parseCommand(line);
    const echo: Output = {
      kind: 'command',
      text: line,
      command: { verb: command.keyword, key: commandKey(command) },
    };
    return [echo, ...this.send({ type: 'pop3.command', command })];
  }

  private send(event: Pop3Event): Output[] {
    if (this.closed) return [];
    this.actor.send(event);
    return this.drain();
  }

  private drain(): Output[] {
    const outputs = this.pending;
    this.pending = [];
    return outputs;
  }
}

export function createPop3Session(options: Pop3WireOptions): WireSession {
  return new Pop3WireSession(options);
}

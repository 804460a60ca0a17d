import { createActor, type Actor } from 'xstate';
import type { Watcher } from '../mailbox/events';
import type { Output, WireSession } from '../wire';
import { LITERAL_MARKER } from './arguments';
import { parseCommand } from './command-parser';
import { capabilityList } from './login-commands';
import { continuation, R, statusLine } from './responses';
import type { ImapConfig } from './session-context';
import { imapSessionMachine } from './session.machine';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** APPEND's first line, shown as the session shows every command it reads. */
function echoLine(line: string): Output {
  return { kind: 'command', text: line, command: { verb: 'APPEND', key: 'imap.command.APPEND' } };
}

function isAppend(line: string): boolean {
  return /^\S+ APPEND /i.test(line);
}

/**
 * The IMAP session on the wire (DESIGN.md, "wire adapter"). It frames what the client sends:
 * lines end with LF (CRLF on the wire), and a line ending in `{n}` or `{n+}` is followed by
 * a literal of exactly n octets (RFC 3501 §4.3, RFC 7888). A synchronising literal gets the
 * `+ OK` continuation first; LITERAL+ gets none. While the session waits for a continuation
 * (AUTHENTICATE, IDLE) a line is handed over as is.
 */
class ImapWireSession implements WireSession {
  private readonly actor: Actor<typeof imapSessionMachine>;
  private buffer: Uint8Array = new Uint8Array(0);
  private lines: string[] = [];
  private literals: string[] = [];
  private literalSize: number | null = null;
  private collected: Output[] | null = null;
  private readonly listeners = new Set<(outputs: Output[]) => void>();
  private watcher: Watcher | undefined;
  private watched: string | null = null;
  /** APPEND's line was shown when it arrived: the echo made at dispatch is not shown twice. */
  private appendEchoed = false;

  constructor(private readonly config: ImapConfig) {
    this.actor = createActor(imapSessionMachine, { input: config });
    this.actor.on('output', ({ output }) => {
      if (this.appendEchoed && output.kind === 'command') {
        this.appendEchoed = false;
        return;
      }
      if (this.collected) this.collected.push(output);
      else this.listeners.forEach((listener) => listener([output]));
    });
    this.actor.start();
  }

  get state(): string {
    const value = this.actor.getSnapshot().value;
    return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
  }

  get closed(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  open(): Output[] {
    const context = this.actor.getSnapshot().context;
    return [statusLine('*', R.greeting, { codeArgs: capabilityList(context) })];
  }

  receive(chunk: Uint8Array | string): Output[] {
    if (this.closed) return [];
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    this.buffer = concat(this.buffer, bytes);
    return this.collect(() => this.process());
  }

  tick(now: number): Output[] {
    if (this.closed) return [];
    return this.collect(() => this.actor.send({ type: 'clock.tick', now }));
  }

  tlsEstablished(): Output[] {
    if (this.closed) return [];
    return this.collect(() => this.actor.send({ type: 'tls.established' }));
  }

  disconnect(): void {
    if (!this.closed) this.actor.send({ type: 'net.disconnect' });
    this.unwatch();
  }

  subscribe(listener: (outputs: Output[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `work` and returns what the session said meanwhile, in order. */
  private collect(work: () => void): Output[] {
    const outer = this.collected;
    const outputs: Output[] = [];
    this.collected = outputs;
    try {
      work();
    } finally {
      this.collected = outer;
    }
    this.followSelectedMailbox();
    if (outer) outer.push(...outputs);
    return outputs;
  }

  private process(): void {
    while (!this.closed) {
      const snapshot = this.actor.getSnapshot();
      if (snapshot.hasTag('awaitingTls')) {
        // CVE-2011-0411: bytes sent before the TLS handshake are thrown away, not obeyed.
        this.buffer = new Uint8Array(0);
        return;
      }
      if (this.literalSize !== null) {
        if (this.buffer.length < this.literalSize) return;
        const octets = this.buffer.slice(0, this.literalSize);
        this.buffer = this.buffer.slice(this.literalSize);
        const text = decoder.decode(octets);
        this.literals.push(text);
        if (isAppend(this.lines[0] ?? '')) {
          this.collected?.push({ kind: 'data', octets: octets.length, text });
        }
        this.literalSize = null;
        continue;
      }
      const end = this.buffer.indexOf(0x0a);
      if (end === -1) return;
      let line = decoder.decode(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end + 1);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (snapshot.hasTag('awaitingContinuation') && this.lines.length === 0) {
        this.actor.send({ type: 'imap.continuation', line });
        continue;
      }
      this.lines.push(line);
      const marker = LITERAL_MARKER.exec(line);
      if (marker) {
        // The transcript reads in wire order: `C: a APPEND … {n}`, `S: + OK`, then the message.
        if (this.lines.length === 1 && isAppend(line)) {
          this.collected?.push(echoLine(line));
          this.appendEchoed = true;
        }
        this.literalSize = Number(marker[1]);
        if (marker[2] !== '+') this.collected?.push(continuation('OK', 'literalContinue'));
        continue;
      }
      const raw = { lines: this.lines, literals: this.literals };
      this.lines = [];
      this.literals = [];
      this.actor.send({
        type: 'imap.command',
        parsed: parseCommand(raw),
        text: raw.lines.join('\r\n'),
      });
    }
  }

  /** Watches the selected mailbox so IDLE can report changes made by others (RFC 2177). */
  private followSelectedMailbox(): void {
    const { context } = this.actor.getSnapshot();
    const wanted = this.closed || context.user === null ? null : (context.selected?.name ?? null);
    if (wanted === this.watched) return;
    this.unwatch();
    if (wanted === null || context.user === null) return;
    this.watched = wanted;
    this.watcher = this.config.store.watch(context.user, wanted, () => {
      // A change made while this session runs a command is its own: its reply reports it.
      if (this.collected || !this.actor.getSnapshot().hasTag('awaitingContinuation')) return;
      const outputs = this.collect(() => this.actor.send({ type: 'mailbox.changed' }));
      if (outputs.length > 0) this.listeners.forEach((listener) => listener(outputs));
    });
  }

  private unwatch(): void {
    this.watcher?.close();
    this.watcher = undefined;
    this.watched = null;
  }
}

/** Opens an IMAP session as Dovecot 2.3.19 on Debian would run it. */
export function createImapSession(config: ImapConfig): WireSession {
  return new ImapWireSession(config);
}

/**
 * The SMTP/LMTP server session on the wire (`WireSession`, src/protocols/wire.ts): frames
 * command lines, DATA content and BDAT chunks in octets, feeds the session machine, and turns
 * what it emits into outputs in order, so pipelined commands (RFC 2920) get all their replies.
 */
import { createActor, type Actor } from 'xstate';
import { parseCommand, type Command } from './command-parser';
import { renderReply, type Reply } from './replies';
import type { ServerConfig } from './server-config';
import { commandEvent, smtpServerMachine, type ServerEvent } from './server.machine';
import type { Output, WireSession } from '../wire';

const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface SmtpServerSessionOptions {
  /** The simulated clock when the connection was accepted (ms); idle time counts from here. */
  startTime?: number;
}

/** Where the next octets go. */
type Framing = 'command' | 'data' | 'chunk' | 'auth' | 'tls' | 'closed';

export class SmtpServerSession implements WireSession {
  private readonly actor: Actor<typeof smtpServerMachine>;
  private readonly config: ServerConfig;
  private outputs: Output[] = [];
  private pending: Uint8Array = new Uint8Array(0);
  /** How far `pending` has been consumed (no copy per line: a 10 MB DATA stays linear). */
  private offset = 0;
  /** Skipping the rest of an over-long command line (Postfix `line_length_limit`). */
  private skippingLine = false;
  /** DATA: message lines so far, whether the previous line ended in CRLF, octets, bare LF seen. */
  private data = { lines: [] as Uint8Array[], octets: 0, previousCrlf: true, bareLf: false };
  /** BDAT: the command whose chunk is being read, and the octets still expected. */
  private chunk: { command: Command; line: string; parts: Uint8Array[]; remaining: number } | null =
    null;
  private now: number | null;
  private lastInput: number | null;

  constructor(config: ServerConfig, options: SmtpServerSessionOptions = {}) {
    this.config = config;
    this.now = options.startTime ?? null;
    this.lastInput = options.startTime ?? null;
    this.actor = createActor(smtpServerMachine, { input: { config } });
    this.actor.on('reply', (event) => this.outputs.push(lineOutput(event.reply)));
    this.actor.on('tlsStart', () => this.outputs.push({ kind: 'tlsStart' }));
    this.actor.on('close', (event) => this.outputs.push({ kind: 'close', reason: event.reason }));
    this.actor.start();
  }

  get state(): string {
    const value = this.actor.getSnapshot().value;
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  get closed(): boolean {
    return this.actor.getSnapshot().status !== 'active';
  }

  open(): Output[] {
    this.send({ type: 'net.open' });
    return this.flush();
  }

  receive(chunk: Uint8Array | string): Output[] {
    if (this.closed) return [];
    this.lastInput = this.now;
    // A caller's buffer is copied: DATA lines keep views into it until the end of data.
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk.slice();
    this.pending =
      this.offset >= this.pending.length
        ? bytes
        : concat(this.pending.subarray(this.offset), bytes);
    this.offset = 0;
    this.process();
    return this.flush();
  }

  tick(now: number): Output[] {
    this.now = now;
    if (this.lastInput === null) this.lastInput = now;
    if (!this.closed && now - this.lastInput >= this.config.timeoutMs) {
      // RFC 5321 §4.5.3.2.7: the server gives up waiting; an unfinished DATA is dropped.
      this.pending = new Uint8Array(0);
      this.offset = 0;
      this.send({ type: 'net.timeout' });
    }
    return this.flush();
  }

  tlsEstablished(): Output[] {
    this.send({ type: 'tls.established' });
    return this.flush();
  }

  disconnect(): void {
    this.pending = new Uint8Array(0);
    this.offset = 0;
    this.send({ type: 'net.disconnect' });
    this.outputs = [];
  }

  subscribe(listener: (outputs: Output[]) => void): () => void {
    // SMTP never speaks unasked: nothing to deliver, but the contract is kept.
    void listener;
    return () => undefined;
  }

  private framing(): Framing {
    if (this.closed) return 'closed';
    if (this.chunk !== null) return 'chunk';
    switch (this.state) {
      case 'inData':
        return 'data';
      case 'inAuth':
        return 'auth';
      case 'startingTls':
        return 'tls';
      default:
        return 'command';
    }
  }

  private process(): void {
    for (;;) {
      const framing = this.framing();
      if (framing === 'closed' || framing === 'tls') {
        // CVE-2011-0411: octets pipelined after STARTTLS, before the handshake, are discarded.
        this.pending = new Uint8Array(0);
        this.offset = 0;
        return;
      }
      if (framing === 'chunk') {
        if (!this.readChunk()) return;
        continue;
      }
      const line = this.readLine(framing !== 'data');
      if (line === null) return;
      if (framing === 'data') this.dataLine(line.bytes, line.crlf);
      else if (framing === 'auth') this.authLine(decoder.decode(line.bytes));
      else this.commandLine(line.bytes, line.crlf);
    }
  }

  /** The next line up to LF (CR stripped), or null when incomplete. Over-long command lines are cut. */
  private readLine(commandMode: boolean): { bytes: Uint8Array; crlf: boolean } | null {
    const limit = this.config.lineLengthLimit;
    for (;;) {
      const end = this.pending.indexOf(LF, this.offset);
      if (end < 0) {
        if (commandMode && this.pending.length - this.offset > limit) {
          // Postfix reads `line_length_limit` octets, then skips to the end of the line.
          const head = this.skippingLine
            ? null
            : this.pending.slice(this.offset, this.offset + limit);
          this.skippingLine = true;
          this.pending = new Uint8Array(0);
          this.offset = 0;
          if (head !== null) return { bytes: head, crlf: true };
        }
        return null;
      }
      const crlf = end > this.offset && this.pending[end - 1] === CR;
      const bytes = this.pending.subarray(this.offset, crlf ? end - 1 : end);
      this.offset = end + 1;
      if (this.skippingLine) {
        this.skippingLine = false;
        if (commandMode) continue;
      }
      if (commandMode && bytes.length > limit)
        return { bytes: bytes.subarray(0, limit), crlf: true };
      return { bytes, crlf };
    }
  }

  private commandLine(bytes: Uint8Array, crlf: boolean): void {
    const line = decoder.decode(bytes);
    if (!crlf && this.config.bareNewline === 'reject') {
      this.outputs.push(commandOutput(line, parseCommand(line, this.config.parser)));
      this.send({ type: 'smtp.bareLfCommand' });
      return;
    }
    const command = parseCommand(line, this.config.parser);
    if (command.verb === 'BDAT' && command.fault === undefined && this.config.extensions.chunking) {
      // RFC 3030 §2: exactly `size` octets follow the BDAT line, whatever they hold.
      this.chunk = { command, line, parts: [], remaining: command.size };
      return;
    }
    this.outputs.push(commandOutput(line, command));
    const wasReady = this.state;
    this.send(commandEvent(command));
    if (this.state === 'inData' && wasReady !== 'inData') {
      this.data = { lines: [], octets: 0, previousCrlf: true, bareLf: false };
    }
  }

  private readChunk(): boolean {
    const chunk = this.chunk;
    if (chunk === null) return false;
    const take = Math.min(chunk.remaining, this.pending.length - this.offset);
    if (take > 0) {
      chunk.parts.push(this.pending.slice(this.offset, this.offset + take));
      this.offset += take;
      chunk.remaining -= take;
    }
    if (chunk.remaining > 0) return false;
    this.chunk = null;
    const body = concat(...chunk.parts);
    const text = decoder.decode(body);
    this.outputs.push(commandOutput(chunk.line, chunk.command));
    this.outputs.push({ kind: 'data', octets: body.length, text });
    // RFC 3030 §2: the chunk travels with its BDAT command.
    this.send({ type: 'smtp.chunk', command: chunk.command, chunk: body });
    return true;
  }

  /**
   * One line of DATA (RFC 5321 §4.1.1.4, §4.5.2). The end is exactly `<CRLF>.<CRLF>`, except
   * under `smtpd_forbid_bare_newline = no` (3.7.11's default) where a bare LF ends lines too.
   */
  private dataLine(bytes: Uint8Array, crlf: boolean): void {
    const data = this.data;
    const lone = bytes.length === 1 && bytes[0] === DOT;
    const exact = crlf && data.previousCrlf;
    if (lone && (this.config.bareNewline === 'no' || exact)) {
      const content = decoder.decode(withCrlf(data.lines));
      this.outputs.push({ kind: 'data', octets: data.octets, text: content });
      this.send({
        type: 'smtp.dataEnd',
        content,
        octets: data.octets,
        bareLf: data.bareLf,
      });
      return;
    }
    if (!crlf) data.bareLf = true;
    data.previousCrlf = crlf;
    // Transparency: one leading dot is removed (the sender doubled it).
    const body = bytes.length > 0 && bytes[0] === DOT ? bytes.subarray(1) : bytes;
    data.octets += body.length + 2;
    // Past the size limit the octets are counted, not kept: the end reply will be 552.
    const limit = this.config.messageSizeLimit;
    if (limit === 0 || data.octets <= limit) data.lines.push(body);
  }

  private authLine(line: string): void {
    this.outputs.push({
      kind: 'command',
      text: line,
      command: { verb: 'AUTH', key: 'smtp.command.authResponse' },
    });
    this.send({ type: 'smtp.authResponse', line });
  }

  private send(event: ServerEvent): void {
    if (!this.closed) this.actor.send(event);
  }

  private flush(): Output[] {
    const outputs = this.outputs;
    this.outputs = [];
    return outputs;
  }
}

export function createSmtpServerSession(
  config: ServerConfig,
  options: SmtpServerSessionOptions = {},
): SmtpServerSession {
  return new SmtpServerSession(config, options);
}

function lineOutput(value: Reply): Output {
  const reply =
    value.enhanced === undefined
      ? { code: String(value.code), key: value.key }
      : { code: String(value.code), enhanced: value.enhanced, key: value.key };
  return { kind: 'line', text: renderReply(value), reply };
}

function commandOutput(line: string, command: Command): Output {
  switch (command.verb) {
    case 'unknown':
    case 'forbidden':
      return commandInfo(line, command.word.toUpperCase(), `smtp.command.${command.verb}`);
    case 'empty':
      return commandInfo(line, '', 'smtp.command.empty');
    case 'LHLO':
      // LHLO is LMTP's own verb (RFC 2033 §4.1): its explanation lives in the LMTP catalogue.
      return commandInfo(line, 'LHLO', 'lmtp.command.LHLO');
    default:
      return commandInfo(line, command.verb, `smtp.command.${command.verb}`);
  }
}

function commandInfo(text: string, verb: string, key: string): Output {
  return { kind: 'command', text, command: { verb, key } };
}

/** The message lines joined, each ended with CRLF, in one buffer (decoded once, not per line). */
function withCrlf(lines: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(lines.reduce((sum, line) => sum + line.length + 2, 0));
  let offset = 0;
  for (const line of lines) {
    joined.set(line, offset);
    joined[offset + line.length] = CR;
    joined[offset + line.length + 1] = LF;
    offset += line.length + 2;
  }
  return joined;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

import type { HostConfig, ListenerConfig, WorldConfig } from '../world/config/schema';
import { LiveWorld, type Terminal } from '../world/live-world';
import { CONNECT_TIMEOUT_MS } from '../world/sim/network';
import type { Step, Timeline } from '../world/timeline/step';
import { searchLog } from '../world/tools/log-search';
import { allowedCommands, type AllowedCommands, type SessionProtocol } from './sandbox-allowed';
import { back, emptyHistory, forward, remember, type History } from './sandbox-history';
import { parseShell, SHELL_HELP, SHELL_VERBS, type ShellCommand } from './sandbox-shell';
import { replayInputs, type TranscriptEntry } from './sandbox-transcript';

/** One line on a terminal's screen: typed by the student, sent by the server, or the tool's own. */
export interface ScreenLine {
  kind: 'typed' | 'server' | 'note' | 'error' | 'tls';
  text: string;
}

/** A connection a terminal holds open. */
interface Link {
  terminal: Terminal;
  host: HostConfig;
  port: number;
  protocol: SessionProtocol | null;
  listener: ListenerConfig | undefined;
  tool: 'telnet' | 'openssl';
  tls: boolean;
  /** The last reply was a continuation request (`+`, `334`). */
  continuation: boolean;
  announced: boolean;
}

/** One terminal window: where it runs, what it shows, what it remembers. */
export class SandboxTerminal {
  readonly lines: ScreenLine[] = [];
  history: History = emptyHistory;
  link: Link | null = null;

  constructor(
    readonly id: number,
    public from: string,
  ) {}
}

/** Lines sent to a server in one write when a long paste is fed in (see `paste`). */
export const PASTE_BATCH_LINES = 500;

/**
 * The sandbox: one live world of the class and the terminals a student opens on it. Whatever
 * is typed goes through the world's network to its servers' engines, and every step lands on
 * the world's timeline, which the simulator's views show as it grows.
 */
export class Sandbox {
  readonly world: LiveWorld;
  readonly terminals: SandboxTerminal[] = [];
  /** Everything typed and shown, in order, for the saved transcript. */
  readonly record: TranscriptEntry[] = [];
  private nextId = 1;
  private seen = 0;
  private changes = 0;
  private readonly listeners = new Set<() => void>();
  private readonly allowedCache = new Map<
    number,
    { version: number; value: AllowedCommands | null }
  >();

  constructor(
    readonly config: WorldConfig,
    /** The host a new terminal runs on (a device of the world). */
    readonly defaultFrom: string,
  ) {
    this.world = new LiveWorld({ ...config, sends: [] });
    this.settle();
  }

  get timeline(): Timeline {
    return this.world.timeline;
  }

  /** Grows with every change, for views that redraw on change. */
  get version(): number {
    return this.changes;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  terminal(id: number): SandboxTerminal {
    const terminal = this.terminals.find((t) => t.id === id);
    if (terminal === undefined) throw new Error(`no terminal ${id}`);
    return terminal;
  }

  /** Opens a terminal window on a host of the world. */
  openTerminal(from = this.defaultFrom): SandboxTerminal {
    const terminal = new SandboxTerminal(this.nextId, from);
    this.nextId += 1;
    this.terminals.push(terminal);
    this.note(terminal, 'from', from);
    this.changed();
    return terminal;
  }

  /** Closes a terminal window, and the connection it holds (the server sees a drop). */
  closeTerminal(id: number): void {
    const terminal = this.terminal(id);
    if (terminal.link?.terminal.open === true) terminal.link.terminal.close();
    this.terminals.splice(this.terminals.indexOf(terminal), 1);
    this.settle();
    this.changed();
  }

  /** The terminal now runs on another host (only between connections). */
  moveTerminal(id: number, from: string): void {
    const terminal = this.terminal(id);
    if (terminal.link !== null || terminal.from === from) return;
    terminal.from = from;
    this.note(terminal, 'from', from);
    this.changed();
  }

  /** One line typed and entered: a command at the prompt, or a line for the server. */
  enter(id: number, line: string): void {
    const terminal = this.terminal(id);
    if (terminal.link !== null) this.sendLines(terminal, [line]);
    else this.runShell(terminal, line);
    this.changed();
  }

  /**
   * Many lines at once (a paste, a replayed file): lines for a server go out in writes of
   * `PASTE_BATCH_LINES`, and `pause` (told how many lines went) is awaited between writes so
   * the page can paint.
   */
  async paste(
    id: number,
    lines: readonly string[],
    pause: (sent: number) => Promise<void>,
  ): Promise<void> {
    const terminal = this.terminal(id);
    let index = 0;
    let linked = false;
    while (index < lines.length) {
      if (terminal.link === null && linked) {
        // The server hung up mid-paste: like telnet, the rest goes nowhere.
        this.show(terminal, 'error', `(${lines.length - index} lines not sent)`);
        this.changed();
        return;
      }
      linked ||= terminal.link !== null;
      if (terminal.link === null) {
        this.runShell(terminal, lines[index] ?? '');
        index += 1;
      } else {
        const batch = lines.slice(index, index + PASTE_BATCH_LINES);
        this.sendLines(terminal, batch);
        index += batch.length;
      }
      this.changed();
      if (index < lines.length) await pause(index);
    }
  }

  /** Hangs up, as telnet's `^]` then `quit` does: the server sees the connection drop. */
  hangUp(id: number): void {
    const terminal = this.terminal(id);
    if (terminal.link === null) return;
    terminal.link.terminal.close();
    this.settle();
    this.changed();
  }

  /** Runs a saved transcript's inputs again, in order, into this (fresh) sandbox. */
  async replay(entries: readonly TranscriptEntry[], pause: () => Promise<void>): Promise<void> {
    const ids = new Map<number, number>();
    for (const entry of replayInputs(entries)) {
      let id = ids.get(entry.terminal);
      if (id === undefined) {
        id = this.openTerminal(entry.kind === 'from' ? entry.text : this.defaultFrom).id;
        ids.set(entry.terminal, id);
        if (entry.kind === 'from') continue;
      }
      if (entry.kind === 'from') this.moveTerminal(id, entry.text);
      else this.enter(id, entry.text);
      await pause();
    }
  }

  /** A line the student typed joins the terminal's history (↑ ↓). */
  remember(id: number, line: string): void {
    const terminal = this.terminal(id);
    terminal.history = remember(terminal.history, line);
  }

  /** ↑ (`back`) or ↓ (`forward`) in a terminal's history: the line to show, or null. */
  browseHistory(id: number, direction: 'back' | 'forward', current: string): string | null {
    const terminal = this.terminal(id);
    const moved =
      direction === 'back' ? back(terminal.history, current) : forward(terminal.history);
    if (moved === null) return null;
    terminal.history = moved.history;
    return moved.line;
  }

  /**
   * What the student can type in this terminal now, read from the session's machine; kept
   * until the sandbox changes, so a view may ask on every key typed.
   */
  allowed(id: number): AllowedCommands | null {
    const cached = this.allowedCache.get(id);
    if (cached?.version === this.changes) return cached.value;
    const value = this.readAllowed(id);
    this.allowedCache.set(id, { version: this.changes, value });
    return value;
  }

  private readAllowed(id: number): AllowedCommands | null {
    const link = this.terminal(id).link;
    if (link === null || link.protocol === null || !link.announced) return null;
    const last = this.timeline.at(-1);
    const state = last?.states[`${link.terminal.conn}:server`] ?? 'closed';
    return allowedCommands(link.protocol, state, {
      tls: link.tls,
      tlsLevel: tlsLevel(link.listener),
      awaitingContinuation: link.continuation,
    });
  }

  /** The verbs Tab completes in this terminal now. */
  completions(id: number): { verbs: string[]; tagged: boolean; lowerCase: boolean } {
    const link = this.terminal(id).link;
    if (link === null) return { verbs: [...SHELL_VERBS], tagged: false, lowerCase: false };
    const allowed = this.allowed(id);
    return {
      verbs: (allowed?.accepted ?? []).map((verb) => verb.verb),
      tagged: link.protocol === 'imap',
      lowerCase: false,
    };
  }

  private changed(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }

  private note(terminal: SandboxTerminal, kind: TranscriptEntry['kind'], text: string): void {
    this.record.push({ terminal: terminal.id, kind, text });
  }

  private show(terminal: SandboxTerminal, kind: ScreenLine['kind'], text: string): void {
    for (const line of text.split('\n')) {
      terminal.lines.push({ kind, text: line });
      this.note(terminal, kind === 'server' ? 'server' : 'note', line);
    }
  }

  private sendLines(terminal: SandboxTerminal, lines: readonly string[]): void {
    const link = terminal.link;
    if (link === null) return;
    for (const line of lines) {
      terminal.lines.push({ kind: 'typed', text: line });
      this.note(terminal, 'send', line);
    }
    // Lines end with CRLF as telnet sends them (RFC 5321 §2.3.8, RFC 1939 §3, RFC 3501 §2.2).
    link.terminal.send(lines.map((line) => `${line}\r\n`).join(''));
    this.settle();
    if (link.terminal.open || terminal.link !== link) return;
    terminal.link = null;
  }

  private runShell(terminal: SandboxTerminal, line: string): void {
    terminal.lines.push({ kind: 'typed', text: `$ ${line}` });
    this.note(terminal, 'shell', line);
    const command: ShellCommand = parseShell(line);
    switch (command.kind) {
      case 'empty':
        return;
      case 'error':
        return this.show(terminal, 'error', command.text);
      case 'help':
        return this.show(terminal, 'note', SHELL_HELP);
      case 'clear':
        terminal.lines.length = 0;
        return;
      case 'connect':
        return this.connect(terminal, command.host, command.port, command.tls);
      case 'dig':
        return this.show(terminal, 'note', this.world.dig(command.name, command.type).trimEnd());
      case 'mailq':
        return this.mailq(terminal, command.host);
      case 'log': {
        const found = searchLog(this.timeline, { text: command.words });
        return this.show(
          terminal,
          'note',
          found.length === 0 ? '(no line matches)' : found.map((step) => step.text).join('\n'),
        );
      }
      case 'wait':
        this.world.wait(command.seconds * 1000);
        this.settle();
        return;
    }
  }

  private mailq(terminal: SandboxTerminal, name: string | null): void {
    const hosts = this.config.hosts.filter((host) => host.mta !== undefined);
    const chosen =
      name === null
        ? hosts.filter((host) => host.id === terminal.from || hosts.length === 1)
        : hosts.filter((host) => host.name === name || host.id === name);
    const shown = chosen.length > 0 || name !== null ? chosen : hosts;
    if (shown.length === 0) return this.show(terminal, 'error', `mailq: ${name}: no mail system`);
    for (const host of shown) {
      this.show(terminal, 'note', `${host.name}:`);
      this.show(terminal, 'note', this.world.mailq(host.id).text.trimEnd());
    }
  }

  private connect(
    terminal: SandboxTerminal,
    name: string,
    port: number,
    tls: 'none' | 'implicit',
  ): void {
    const wanted = name.toLowerCase().replace(/\.$/, '');
    const host = this.config.hosts.find(
      (h) => h.name.toLowerCase() === wanted || h.ip === wanted || h.id === wanted,
    );
    const tool = tls === 'implicit' ? 'openssl' : 'telnet';
    if (host === undefined) {
      return this.show(
        terminal,
        'error',
        tool === 'telnet'
          ? `telnet: could not resolve ${name}/${port}: Name or service not known`
          : `BIO_lookup_ex: system lib: ${name}: Name or service not known`,
      );
    }
    if (tool === 'telnet') this.show(terminal, 'note', `Trying ${host.ip}...`);
    const opened = this.world.connect({ from: terminal.from, to: host.id, port, tls });
    const listener = host.listeners.find((l) => l.port === port);
    terminal.link = {
      terminal: opened,
      host,
      port,
      listener,
      protocol: listener === undefined ? null : listener.protocol,
      tool,
      tls: false,
      continuation: false,
      announced: false,
    };
    this.settle();
    const link = terminal.link;
    if (link === null) return;
    // TCP is up even when the server says nothing (telnet to 465 waits for a TLS ClientHello).
    if (opened.open) this.announce(terminal, link);
    else if (opened.peer.failure === null) {
      // Nothing answers (a filtered port): the student waits as telnet does, on the world's clock.
      this.world.wait(CONNECT_TIMEOUT_MS);
      this.settle();
    }
  }

  /** What telnet or openssl prints once the connection is made, before any server byte. */
  private announce(terminal: SandboxTerminal, link: Link): void {
    if (link.announced) return;
    link.announced = true;
    if (link.tool === 'telnet') {
      this.show(terminal, 'note', `Connected to ${link.host.name}.`);
      this.show(terminal, 'note', "Escape character is '^]'.");
    } else this.show(terminal, 'note', 'CONNECTED(00000003)');
  }

  /** Runs what follows from the last input, then shows each terminal its new steps. */
  private settle(): void {
    this.world.settle();
    const steps = this.timeline;
    for (; this.seen < steps.length; this.seen += 1) {
      const step = steps[this.seen] as Step;
      if (step.conn === null) continue;
      const terminal = this.terminals.find((t) => t.link?.terminal.conn === step.conn);
      if (terminal !== undefined) this.showStep(terminal, step);
    }
  }

  private showStep(terminal: SandboxTerminal, step: Step): void {
    const link = terminal.link;
    if (link === null) return;
    if (step.kind === 'reply' || step.kind === 'tls') this.announce(terminal, link);
    switch (step.kind) {
      case 'reply':
        link.continuation = step.reply?.code === '+' || step.reply?.code === '334';
        this.show(terminal, 'server', step.text);
        return;
      case 'tls':
        if (step.explain[0] === 'tls.handshake') link.tls = true;
        this.show(terminal, 'tls', step.text);
        return;
      case 'close':
        this.closed(terminal, step);
        return;
      default:
        return;
    }
  }

  private closed(terminal: SandboxTerminal, step: Step): void {
    const link = terminal.link;
    if (link === null) return;
    const reason = step.closeReason;
    if (reason === 'refused' || reason === 'timeout' || reason === 'unreachable') {
      const words = reason === 'refused' ? 'Connection refused' : 'Connection timed out';
      this.show(
        terminal,
        'error',
        link.tool === 'telnet'
          ? `telnet: Unable to connect to remote host: ${words}`
          : `connect:errno=${reason === 'refused' ? 111 : 110}`,
      );
    } else if (step.from === link.host.id) {
      this.show(terminal, 'note', 'Connection closed by foreign host.');
    } else this.show(terminal, 'note', 'Connection closed.');
    terminal.link = null;
  }
}

/** Postfix's `smtpd_tls_security_level` for an SMTP listener, as the world sets it. */
function tlsLevel(listener: ListenerConfig | undefined): 'none' | 'may' | 'encrypt' {
  if (listener === undefined || listener.protocol !== 'smtp') return 'none';
  const tls = listener.tls ?? 'none';
  if (tls === 'none') return 'none';
  return listener.policy.tlsRequired && tls === 'starttls' ? 'encrypt' : 'may';
}

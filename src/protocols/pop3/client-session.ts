import type { CloseReason, CommandInfo } from '../wire';

/**
 * A POP3 client as a mail program runs it (RFC 1939 §3–§7, RFC 2449 CAPA, RFC 2595 STLS):
 * it reads the server's lines and decides the next command from `+OK` / `-ERR` alone, never
 * from the text. It downloads the messages it has not seen (by UIDL), then deletes them
 * unless told to leave them on the server, and QUITs so the deletions happen (UPDATE state).
 */

export interface Pop3ClientOptions {
  username: string;
  password: string;
  /** `starttls`: STLS on 110 before logging in; `implicit`: 995, TLS from the first byte. */
  tls: 'none' | 'starttls' | 'implicit';
  /** "Leave messages on server": no DELE. */
  keepOnServer: boolean;
  /** Ask LIST (each message's size, RFC 1939 §5) after STAT, as Thunderbird does. */
  list?: boolean;
  /** A fault: drop the connection instead of sending QUIT, so nothing is deleted (B32). */
  dropBeforeQuit: boolean;
  /** UIDL ids downloaded in earlier sessions. */
  knownUids: readonly string[];
}

export type Pop3ClientOutput =
  | { kind: 'send'; text: string; command: CommandInfo }
  | { kind: 'tlsStart' }
  | { kind: 'close'; reason: CloseReason }
  | { kind: 'result'; result: Pop3ClientResult };

export interface Pop3ClientResult {
  status: 'retrieved' | 'failed';
  /** Messages downloaded in this session, with their UIDL id. */
  messages: { uid: string; raw: string }[];
  /** The server's `-ERR` line that stopped the session, or why it ended early. */
  error?: string;
}

type Expect =
  | 'greeting'
  | 'capa'
  | 'stls'
  | 'user'
  | 'pass'
  | 'stat'
  | 'list'
  | 'uidl'
  | 'retr'
  | 'dele'
  | 'quit'
  | 'done';

/** Commands whose `+OK` opens a multi-line response ended by a lone "." (RFC 1939 §3). */
const MULTI_LINE: ReadonlySet<Expect> = new Set(['capa', 'list', 'uidl', 'retr']);

export class Pop3ClientSession {
  private expect: Expect = 'greeting';
  private buffer = '';
  private multi: string[] | null = null;
  private tlsDone: boolean;
  private toFetch: { number: number; uid: string }[] = [];
  private current: { number: number; uid: string } | null = null;
  private readonly messages: { uid: string; raw: string }[] = [];
  private outputs: Pop3ClientOutput[] = [];
  /** The `-ERR` line that ended the login, reported after the polite QUIT. */
  private failure: string | undefined;

  constructor(private readonly options: Pop3ClientOptions) {
    this.tlsDone = options.tls === 'implicit';
  }

  /** The state's name for the timeline: what the client waits for. */
  get state(): string {
    return this.expect === 'done' ? 'done' : `awaiting ${this.expect.toUpperCase()}`;
  }

  private send(verb: string, argument = ''): void {
    const text = argument === '' ? verb : `${verb} ${argument}`;
    this.outputs.push({
      kind: 'send',
      text: `${text}\r\n`,
      command: { verb, key: `pop3.command.${verb}` },
    });
  }

  private finish(status: Pop3ClientResult['status'], reason: CloseReason, error?: string): void {
    this.expect = 'done';
    this.outputs.push({
      kind: 'result',
      result: { status, messages: this.messages, ...(error === undefined ? {} : { error }) },
    });
    this.outputs.push({ kind: 'close', reason });
  }

  private flush(): Pop3ClientOutput[] {
    const outputs = this.outputs;
    this.outputs = [];
    return outputs;
  }

  /** Server bytes, split anywhere. */
  receive(chunk: string): Pop3ClientOutput[] {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\r\n');
    while (end >= 0 && this.expect !== 'done') {
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.line(line);
      end = this.buffer.indexOf('\r\n');
    }
    return this.flush();
  }

  tlsEstablished(): Pop3ClientOutput[] {
    this.tlsDone = true;
    // RFC 2595 §4: after STLS the client asks CAPA again, the list may have changed.
    this.expect = 'capa';
    this.send('CAPA');
    return this.flush();
  }

  /** The server went away: nothing downloaded is lost, nothing marked is deleted. */
  disconnect(): Pop3ClientOutput[] {
    if (this.expect !== 'done') this.finish('failed', 'drop', 'connection lost');
    return this.flush();
  }

  private line(line: string): void {
    if (this.multi !== null) {
      if (line === '.') {
        const lines = this.multi;
        this.multi = null;
        this.complete(lines);
      } else {
        // RFC 1939 §3: a line of the content that starts with "." was byte-stuffed.
        this.multi.push(line.startsWith('.') ? line.slice(1) : line);
      }
      return;
    }
    if (!line.startsWith('+OK')) {
      this.refused(line);
      return;
    }
    if (MULTI_LINE.has(this.expect)) this.multi = [];
    else this.complete([line]);
  }

  private refused(line: string): void {
    if (this.expect === 'stls' || this.expect === 'user' || this.expect === 'pass') {
      this.expect = 'quit';
      this.send('QUIT');
      this.failure = line;
      return;
    }
    if (this.expect === 'quit') {
      this.finish('failed', 'quit', this.failure ?? line);
      return;
    }
    this.finish('failed', 'drop', line);
  }

  private complete(lines: string[]): void {
    switch (this.expect) {
      case 'greeting':
        this.expect = 'capa';
        this.send('CAPA');
        return;
      case 'capa':
        if (this.options.tls === 'starttls' && !this.tlsDone) {
          this.expect = 'stls';
          this.send('STLS');
        } else {
          this.expect = 'user';
          this.send('USER', this.options.username);
        }
        return;
      case 'stls':
        this.outputs.push({ kind: 'tlsStart' });
        return;
      case 'user':
        this.expect = 'pass';
        this.send('PASS', this.options.password);
        return;
      case 'pass':
        this.expect = 'stat';
        this.send('STAT');
        return;
      case 'stat':
        if (this.options.list === true) {
          this.expect = 'list';
          this.send('LIST');
          return;
        }
        this.expect = 'uidl';
        this.send('UIDL');
        return;
      case 'list':
        this.expect = 'uidl';
        this.send('UIDL');
        return;
      case 'uidl':
        this.toFetch = lines
          .map((entry) => entry.split(' '))
          .map(([number, uid]) => ({ number: Number(number), uid: uid ?? '' }))
          .filter((entry) => !this.options.knownUids.includes(entry.uid));
        this.nextMessage();
        return;
      case 'retr':
        if (this.current !== null) {
          this.messages.push({ uid: this.current.uid, raw: lines.map((l) => `${l}\r\n`).join('') });
          if (!this.options.keepOnServer) {
            this.expect = 'dele';
            this.send('DELE', String(this.current.number));
            return;
          }
        }
        this.nextMessage();
        return;
      case 'dele':
        this.nextMessage();
        return;
      case 'quit':
        this.finish(this.failure === undefined ? 'retrieved' : 'failed', 'quit', this.failure);
        return;
      case 'done':
        return;
    }
  }

  private nextMessage(): void {
    this.current = this.toFetch.shift() ?? null;
    if (this.current !== null) {
      this.expect = 'retr';
      this.send('RETR', String(this.current.number));
      return;
    }
    if (this.options.dropBeforeQuit) {
      this.finish('retrieved', 'drop');
      return;
    }
    this.expect = 'quit';
    this.send('QUIT');
  }
}

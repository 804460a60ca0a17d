import type { CloseReason, CommandInfo } from '../wire';

/**
 * An IMAP client as a mail program runs it (RFC 3501): one tagged command at a time, acting
 * on the tagged OK / NO / BAD and reading untagged FETCH data, literals counted in octets
 * (§4.3). It opens a folder, lists the UIDs and flags, downloads what it has not seen yet
 * (`BODY[]`, which sets \Seen, for an unread message the user opens; `BODY.PEEK[]` for one
 * already read on another device) and logs out. Or, after a message is sent, it saves the copy
 * in a folder with APPEND (§6.3.11), as Thunderbird files the "Sent" copy on an IMAP account.
 */

export interface ImapClientOptions {
  username: string;
  password: string;
  tls: 'none' | 'starttls' | 'implicit';
  /** The folder the client opens. */
  folder: string;
  /** Mark downloaded messages \Deleted and EXPUNGE them. */
  expunge: boolean;
  /** A fault: drop the connection instead of LOGOUT. */
  dropBeforeQuit: boolean;
  /** UIDs (with UIDVALIDITY) downloaded in earlier sessions: `validity:uid`. */
  knownUids: readonly string[];
  /** Instead of reading: store `message` (with \Seen) in `folder`, then log out. */
  append?: { folder: string; message: string };
}

export interface ImapFetchedMessage {
  /** `uidvalidity:uid`, stable across sessions while UIDVALIDITY holds (§2.3.1.1). */
  id: string;
  flags: string[];
  raw: string;
}

export interface ImapClientResult {
  /** `saved`: the APPEND of a client in append mode was accepted. */
  status: 'retrieved' | 'saved' | 'failed';
  messages: ImapFetchedMessage[];
  /** Every message of the folder with its flags, as the client's list shows it. */
  listing: { id: string; flags: string[] }[];
  error?: string;
}

export type ImapClientOutput =
  /** A command line, or (without `command`) the octets of a literal. */
  | { kind: 'send'; text: string; command?: CommandInfo }
  | { kind: 'tlsStart' }
  | { kind: 'close'; reason: CloseReason }
  | { kind: 'result'; result: ImapClientResult };

type Stage =
  | 'greeting'
  | 'starttls'
  | 'capability'
  | 'login'
  | 'append'
  | 'select'
  | 'list'
  | 'fetch'
  | 'store'
  | 'expunge'
  | 'logout'
  | 'done';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** IMAP quoted string (RFC 3501 §4.3): backslash and double quote are escaped. */
function quoted(text: string): string {
  return `"${text.replace(/(["\\])/g, '\\$1')}"`;
}

export class ImapClientSession {
  private stage: Stage = 'greeting';
  private tagNumber = 0;
  private tag = '';
  private buffer = new Uint8Array(0);
  /** The response being read: its text so far, and the literal octets still expected. */
  private response: { text: string; literals: string[]; awaiting: number } | null = null;
  private tlsDone: boolean;
  private uidValidity = '';
  private readonly listing = new Map<number, string[]>();
  private queue: number[] = [];
  private current: number | null = null;
  private readonly messages: ImapFetchedMessage[] = [];
  private outputs: ImapClientOutput[] = [];
  private error: string | undefined;

  constructor(private readonly options: ImapClientOptions) {
    this.tlsDone = options.tls === 'implicit';
  }

  get state(): string {
    return this.stage === 'done' ? 'done' : `awaiting ${this.stage}`;
  }

  /** What a session that ends well achieved: its messages read, or its copy saved. */
  private get succeeded(): 'retrieved' | 'saved' {
    return this.options.append === undefined ? 'retrieved' : 'saved';
  }

  private send(verb: string, text: string, key: string): void {
    this.tagNumber += 1;
    this.tag = `a${this.tagNumber}`;
    this.outputs.push({
      kind: 'send',
      text: `${this.tag} ${text}\r\n`,
      command: { verb, key: `imap.command.${key}` },
    });
  }

  private flush(): ImapClientOutput[] {
    const outputs = this.outputs;
    this.outputs = [];
    return outputs;
  }

  private finish(status: ImapClientResult['status'], reason: CloseReason): void {
    this.stage = 'done';
    const listing = [...this.listing].map(([uid, flags]) => ({
      id: `${this.uidValidity}:${uid}`,
      flags,
    }));
    this.outputs.push({
      kind: 'result',
      result: {
        status,
        messages: this.messages,
        listing,
        ...(this.error === undefined ? {} : { error: this.error }),
      },
    });
    this.outputs.push({ kind: 'close', reason });
  }

  receive(chunk: string): ImapClientOutput[] {
    const bytes = encoder.encode(chunk);
    const joined = new Uint8Array(this.buffer.length + bytes.length);
    joined.set(this.buffer);
    joined.set(bytes, this.buffer.length);
    this.buffer = joined;
    this.read();
    return this.flush();
  }

  /** Frames responses: CRLF lines, and `{n}` literals of n octets inside them (§4.3). */
  private read(): void {
    for (;;) {
      if (this.stage === 'done') return;
      if (this.response !== null && this.response.awaiting > 0) {
        if (this.buffer.length < this.response.awaiting) return;
        const literal = this.buffer.slice(0, this.response.awaiting);
        this.buffer = this.buffer.slice(this.response.awaiting);
        this.response.literals.push(decoder.decode(literal));
        this.response.awaiting = 0;
        continue;
      }
      const end = this.buffer.indexOf(0x0a);
      if (end < 0) return;
      const line = decoder.decode(this.buffer.slice(0, end)).replace(/\r$/, '');
      this.buffer = this.buffer.slice(end + 1);
      const response = this.response ?? { text: '', literals: [], awaiting: 0 };
      response.text += line;
      const literal = /\{(\d+)\+?\}$/.exec(line);
      if (literal !== null) {
        response.awaiting = Number(literal[1]);
        this.response = response;
        continue;
      }
      this.response = null;
      this.handle(response.text, response.literals);
    }
  }

  tlsEstablished(): ImapClientOutput[] {
    this.tlsDone = true;
    // RFC 3501 §6.2.1: after STARTTLS the client must ask for the capabilities again.
    this.stage = 'capability';
    this.send('CAPABILITY', 'CAPABILITY', 'CAPABILITY');
    return this.flush();
  }

  disconnect(): ImapClientOutput[] {
    if (this.stage !== 'done') {
      this.error ??= 'connection lost';
      this.finish(this.stage === 'logout' ? this.succeeded : 'failed', 'drop');
    }
    return this.flush();
  }

  private handle(text: string, literals: string[]): void {
    if (text.startsWith('* ')) {
      this.untagged(text.slice(2), literals);
      return;
    }
    if (text.startsWith('+')) {
      // RFC 3501 §7.5: the server is ready for the literal announced by APPEND's `{n}`.
      if (this.stage === 'append' && this.options.append !== undefined)
        this.outputs.push({ kind: 'send', text: `${this.options.append.message}\r\n` });
      return;
    }
    if (!text.startsWith(`${this.tag} `)) return;
    const status = text.slice(this.tag.length + 1).split(' ')[0];
    if (status === 'OK') this.next();
    else this.refused(text);
  }

  private untagged(text: string, literals: string[]): void {
    if (this.stage === 'greeting') {
      if (text.startsWith('OK') || text.startsWith('PREAUTH')) this.next();
      else this.finish('failed', 'drop');
      return;
    }
    const validity = /\[UIDVALIDITY (\d+)\]/.exec(text);
    if (validity !== null) this.uidValidity = validity[1] ?? '';
    const fetch = /^\d+ FETCH \((.*)$/.exec(text);
    if (fetch === null) return;
    const uid = Number(/UID (\d+)/.exec(text)?.[1] ?? NaN);
    const flagsText = /FLAGS \(([^)]*)\)/.exec(text)?.[1];
    if (Number.isNaN(uid)) return;
    if (flagsText !== undefined) {
      this.listing.set(uid, flagsText === '' ? [] : flagsText.split(' '));
    }
    const body = literals[0];
    if (this.stage === 'fetch' && body !== undefined) {
      this.messages.push({
        id: `${this.uidValidity}:${uid}`,
        flags: this.listing.get(uid) ?? [],
        raw: body,
      });
    }
  }

  private refused(text: string): void {
    this.error = text;
    if (this.stage === 'logout') {
      this.finish('failed', 'quit');
      return;
    }
    this.stage = 'logout';
    this.send('LOGOUT', 'LOGOUT', 'LOGOUT');
  }

  /** The last command succeeded: decide the next one. */
  private next(): void {
    const { options } = this;
    switch (this.stage) {
      case 'greeting':
        if (options.tls === 'starttls' && !this.tlsDone) {
          this.stage = 'starttls';
          this.send('STARTTLS', 'STARTTLS', 'STARTTLS');
        } else this.login();
        return;
      case 'starttls':
        this.outputs.push({ kind: 'tlsStart' });
        return;
      case 'capability':
        this.login();
        return;
      case 'login':
        if (options.append !== undefined) {
          this.appendCopy(options.append);
          return;
        }
        this.stage = 'select';
        this.send('SELECT', `SELECT ${quoted(options.folder)}`, 'SELECT');
        return;
      case 'select':
        this.stage = 'list';
        this.send('UID FETCH', 'UID FETCH 1:* (FLAGS)', 'UID');
        return;
      case 'list':
        this.queue = [...this.listing.keys()].filter(
          (uid) => !options.knownUids.includes(`${this.uidValidity}:${uid}`),
        );
        this.fetchNext();
        return;
      case 'fetch':
        if (options.expunge && this.current !== null) {
          this.stage = 'store';
          this.send('UID STORE', `UID STORE ${this.current} +FLAGS.SILENT (\\Deleted)`, 'UID');
          return;
        }
        this.fetchNext();
        return;
      case 'store':
        this.fetchNext();
        return;
      case 'expunge':
      case 'append':
        this.logout();
        return;
      case 'logout':
        this.finish(this.error === undefined ? this.succeeded : 'failed', 'quit');
        return;
      case 'done':
        return;
    }
  }

  private login(): void {
    this.stage = 'login';
    this.send(
      'LOGIN',
      `LOGIN ${quoted(this.options.username)} ${quoted(this.options.password)}`,
      'LOGIN',
    );
  }

  /** The literal's length counts octets, not characters (RFC 3501 §4.3). */
  private appendCopy(append: { folder: string; message: string }): void {
    this.stage = 'append';
    const octets = encoder.encode(append.message).length;
    this.send('APPEND', `APPEND ${quoted(append.folder)} (\\Seen) {${octets}}`, 'APPEND');
  }

  private fetchNext(): void {
    this.current = this.queue.shift() ?? null;
    if (this.current !== null) {
      const seen = (this.listing.get(this.current) ?? []).includes('\\Seen');
      this.stage = 'fetch';
      this.send(
        'UID FETCH',
        `UID FETCH ${this.current} (FLAGS ${seen ? 'BODY.PEEK[]' : 'BODY[]'})`,
        'UID',
      );
      return;
    }
    if (this.options.expunge && this.messages.length > 0) {
      this.stage = 'expunge';
      this.send('EXPUNGE', 'EXPUNGE', 'EXPUNGE');
      return;
    }
    this.logout();
  }

  private logout(): void {
    if (this.options.dropBeforeQuit) {
      this.finish(this.succeeded, 'drop');
      return;
    }
    this.stage = 'logout';
    this.send('LOGOUT', 'LOGOUT', 'LOGOUT');
  }
}

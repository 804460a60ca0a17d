import { createRandom, randomBelow } from '../../protocols/message/seeded-random';
import type { HostConfig } from '../config/schema';
import type { WorldRun } from '../run/world-run';
import type { Step } from '../timeline/step';
import { syslogTime } from './syslog-time';

/** What the log follows on one connection to a server. */
interface ConnectionLog {
  server: HostConfig;
  client: HostConfig | undefined;
  clientIp: string;
  clientName: string;
  port: number;
  protocol: string;
  opened: boolean;
  helo: string | null;
  esmtp: boolean;
  mailFrom: string;
  /** The last recipient named, for a rejection after the data. */
  rcptTo: string;
  /** Commands waiting for their reply, oldest first (PIPELINING sends several at once). */
  pending: { verb: string; argument: string }[];
  /** Postfix's per-verb counts for the disconnect line: accepted and sent. */
  counts: Map<string, { ok: number; all: number }>;
  user: string | null;
  tls: boolean;
}

/** The verbs Postfix counts on its `disconnect from` line (`smtpd.c`). */
const COUNTED = new Set([
  'helo',
  'ehlo',
  'starttls',
  'auth',
  'mail',
  'rcpt',
  'data',
  'bdat',
  'rset',
  'noop',
  'vrfy',
  'etrn',
  'quit',
]);

/** Postfix's smtpd service name by port, as Debian's master.cf names them. */
function smtpdProcess(port: number): string {
  if (port === 587) return 'postfix/submission/smtpd';
  if (port === 465) return 'postfix/smtps/smtpd';
  return 'postfix/smtpd';
}

/**
 * The mail log of every server (`/var/log/mail.log`): Postfix and Dovecot lines as `log`
 * steps. Lines about connections are read off the wire as it is recorded; the queue manager
 * writes its own through `write`. Process ids are drawn from the world's seed.
 */
export class MailLog {
  private readonly connections = new Map<string, ConnectionLog>();
  private readonly pids = new Map<string, number>();

  constructor(
    private readonly run: WorldRun,
    private readonly clientName: (ip: string) => string,
  ) {
    run.recorder.observe((step) => this.observe(step));
  }

  /** A stable process id for one daemon of one host. */
  pid(host: HostConfig, process: string): number {
    const key = `${host.id}/${process}`;
    let pid = this.pids.get(key);
    if (pid === undefined) {
      pid = 1000 + randomBelow(createRandom(`${this.run.world.seed}/pid/${key}`), 60_000);
      this.pids.set(key, pid);
    }
    return pid;
  }

  /** Writes one line: `Mar  2 09:00:00 mx postfix/qmgr[1234]: …`. */
  write(
    host: HostConfig,
    process: string,
    text: string,
    explain: string,
    messageId?: string,
  ): void {
    const short = host.name.split('.')[0] ?? host.name;
    const tag = process === 'dovecot' ? 'dovecot' : `${process}[${this.pid(host, process)}]`;
    this.run.recorder.record({
      conn: null,
      from: host.id,
      to: host.id,
      protocol: null,
      kind: 'log',
      text: `${syslogTime(this.run.epoch, this.run.zone.offsetMinutes)} ${short} ${tag}: ${text}`,
      messageId,
      explain: [explain],
    });
  }

  private observe(step: Step): void {
    if (step.kind === 'log' || step.conn === null) {
      if (step.kind === 'deliver' && step.protocol === 'lmtp') this.delivered(step);
      return;
    }
    if (step.kind === 'connect') {
      this.opened(step);
      return;
    }
    const conn = this.connections.get(step.conn);
    if (conn === undefined) return;
    if (!conn.opened && step.from === conn.server.id) {
      conn.opened = true;
      this.greeted(conn);
    }
    if (step.kind === 'tls' && step.text.startsWith('TLS handshake:')) conn.tls = true;
    if (step.kind === 'command') this.command(conn, step.text);
    else if (step.kind === 'data') conn.pending.push({ verb: 'END-OF-MESSAGE', argument: '' });
    else if (step.kind === 'reply') this.reply(conn, step.text);
    else if (step.kind === 'close') {
      this.closed(conn);
      this.connections.delete(step.conn);
    }
  }

  private opened(step: Step): void {
    const server = this.run.world.hosts.find((h) => h.id === step.to);
    const port = Number(/:(\d+)$/.exec(step.text)?.[1] ?? 0);
    const listener = server?.listeners.find((l) => l.port === port);
    if (server === undefined || listener === undefined || step.conn === null) return;
    const client = this.run.world.hosts.find((h) => h.id === step.from);
    const clientIp = client?.ip ?? '';
    this.connections.set(step.conn, {
      server,
      client,
      clientIp,
      clientName: this.clientName(clientIp),
      port,
      protocol: listener.protocol,
      opened: false,
      helo: null,
      esmtp: false,
      mailFrom: '',
      rcptTo: '',
      pending: [],
      counts: new Map(),
      user: null,
      tls: listener.tls === 'implicit',
    });
  }

  private client(conn: ConnectionLog): string {
    return `${conn.clientName}[${conn.clientIp}]`;
  }

  private greeted(conn: ConnectionLog): void {
    if (conn.protocol === 'smtp') {
      this.write(
        conn.server,
        smtpdProcess(conn.port),
        `connect from ${this.client(conn)}`,
        'log.smtpd.connect',
      );
    } else if (conn.protocol === 'lmtp') {
      this.write(
        conn.server,
        'dovecot',
        `lmtp(${this.pid(conn.server, 'lmtp')}): Connect from ${conn.clientIp}`,
        'log.lmtp.connect',
      );
    }
  }

  private command(conn: ConnectionLog, text: string): void {
    // The first word, and everything after its space (a line per command: no split and join).
    const space = text.indexOf(' ');
    const first = space < 0 ? text : text.slice(0, space);
    const argument = space < 0 ? '' : text.slice(space + 1);
    if (conn.protocol === 'imap') {
      // `a1 LOGIN bob@ecole.example "bricoleur"`: the tag comes first.
      const rest = argument.split(' ');
      if ((rest[0] ?? '').toUpperCase() === 'LOGIN') conn.user = (rest[1] ?? '').replace(/"/g, '');
      return;
    }
    if (conn.protocol === 'pop3') {
      if (first.toUpperCase() === 'USER') conn.user = argument;
      return;
    }
    const verb = first.toLowerCase();
    conn.pending.push({ verb: COUNTED.has(verb) ? verb : 'unknown', argument });
    if (verb === 'ehlo' || verb === 'helo' || verb === 'lhlo') {
      conn.helo = argument.split(' ')[0] ?? '';
      conn.esmtp = verb !== 'helo';
    }
    if (verb === 'mail') conn.mailFrom = /<([^>]*)>/.exec(argument)?.[1] ?? '';
    if (verb === 'rcpt') conn.rcptTo = /<([^>]*)>/.exec(argument)?.[1] ?? '';
  }

  private reply(conn: ConnectionLog, text: string): void {
    if (conn.protocol === 'imap' || conn.protocol === 'pop3') {
      if (/^(\S+ OK|\+OK) .*Logged in/.test(text) && conn.user !== null) {
        const service = conn.protocol === 'imap' ? 'imap-login' : 'pop3-login';
        const mpid = this.pid(conn.server, conn.protocol);
        this.write(
          conn.server,
          'dovecot',
          `${service}: Login: user=<${conn.user}>, method=PLAIN, rip=${conn.clientIp}, lip=${conn.server.ip}, mpid=${mpid}${conn.tls ? ', TLS' : ''}`,
          `log.${service}.login`,
        );
      }
      return;
    }
    const code = Number(text.slice(0, 3));
    // A 334 asks for more SASL; the client's next line is not a new command.
    if (code === 334) return;
    const command = conn.pending.shift();
    if (command === undefined || conn.protocol !== 'smtp') return;
    if (command.verb !== 'END-OF-MESSAGE') {
      const count = conn.counts.get(command.verb) ?? { ok: 0, all: 0 };
      count.all += 1;
      if (code < 400) count.ok += 1;
      conn.counts.set(command.verb, count);
    }
    if (code < 400) return;
    const process = smtpdProcess(conn.port);
    const to =
      command.verb === 'rcpt' ? (/<([^>]*)>/.exec(command.argument)?.[1] ?? '') : conn.rcptTo;
    const context = `from=<${conn.mailFrom}> to=<${to}> proto=${conn.esmtp ? 'ESMTP' : 'SMTP'} helo=<${conn.helo ?? ''}>`;
    const oneLine = text.replaceAll('\n', ' ');
    if (command.verb === 'rcpt') {
      this.write(
        conn.server,
        process,
        `NOQUEUE: reject: RCPT from ${this.client(conn)}: ${oneLine}; ${context}`,
        'log.smtpd.reject',
      );
    } else if (command.verb === 'END-OF-MESSAGE') {
      this.write(
        conn.server,
        process,
        `NOQUEUE: milter-reject: END-OF-MESSAGE from ${this.client(conn)}: ${oneLine.slice(4)}; ${context}`,
        'log.smtpd.milterReject',
      );
    }
  }

  private closed(conn: ConnectionLog): void {
    if (conn.protocol !== 'smtp' || !conn.opened) return;
    let ok = 0;
    let all = 0;
    const parts = [...conn.counts].map(([verb, count]) => {
      ok += count.ok;
      all += count.all;
      return `${verb}=${count.ok === count.all ? count.ok : `${count.ok}/${count.all}`}`;
    });
    parts.push(`commands=${ok === all ? ok : `${ok}/${all}`}`);
    this.write(
      conn.server,
      smtpdProcess(conn.port),
      `disconnect from ${this.client(conn)} ${parts.join(' ')}`,
      'log.smtpd.disconnect',
    );
  }

  /** Dovecot LMTP's delivery line, from the mailbox store's `deliver` step. */
  private delivered(step: Step): void {
    const host = this.run.world.hosts.find((h) => h.id === step.from);
    const match = /^lmtp\(([^)]*)\): (msgid=.*: saved mail to \S+)/.exec(step.text);
    if (host === undefined || match === null) return;
    this.write(
      host,
      'dovecot',
      `lmtp(${match[1] ?? ''})<${this.pid(host, 'lmtp')}>: ${match[2] ?? ''}`,
      'log.lmtp.saved',
      step.messageId,
    );
  }
}

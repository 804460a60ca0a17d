import type { RecordType } from '../protocols/dns/zone';

/**
 * The sandbox terminal's own commands, typed when no connection is open: the tools a
 * technician uses (`telnet`, `openssl s_client`, `dig`, `mailq`, a search in the mail log),
 * with their real syntax so what a student learns here works on a real machine.
 */
export type ShellCommand =
  | { kind: 'connect'; host: string; port: number; tls: 'none' | 'implicit' }
  | { kind: 'dig'; name: string; type: RecordType }
  | { kind: 'mailq'; host: string | null }
  | { kind: 'log'; words: string }
  | { kind: 'wait'; seconds: number }
  | { kind: 'help' }
  | { kind: 'clear' }
  | { kind: 'empty' }
  | { kind: 'error'; text: string };

/** The shell commands, for completion and help, in the order help lists them. */
export const SHELL_VERBS = [
  'telnet',
  'openssl',
  'nc',
  'dig',
  'mailq',
  'log',
  'wait',
  'clear',
  'help',
] as const;

/** What `help` prints: each command's synopsis, as a man page's first line gives it. */
export const SHELL_HELP = [
  'telnet host port                       connect in cleartext (STARTTLS / STLS switch to TLS)',
  'openssl s_client -connect host:port    connect with TLS from the first byte (465, 995, 993)',
  'nc host port                           connect in cleartext, as telnet',
  'dig name [A|MX|TXT|PTR]                ask the resolver of the world',
  'mailq [host]                           the mail queue of an MTA (Postfix)',
  'log words...                           search the mail logs of every server',
  'wait seconds                           let simulated time pass (timeouts, retries)',
  'clear                                  clear the screen',
].join('\n');

/** /etc/services names a student may type instead of a number. */
const SERVICES: Readonly<Record<string, number>> = {
  smtp: 25,
  lmtp: 24,
  submission: 587,
  submissions: 465,
  smtps: 465,
  pop3: 110,
  pop3s: 995,
  imap: 143,
  imap2: 143,
  imaps: 993,
};

const RECORD_TYPES: readonly RecordType[] = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME'];

function port(text: string | undefined): number | null {
  if (text === undefined) return null;
  const named = SERVICES[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d{1,5}$/.test(text)) return null;
  const value = Number(text);
  return value > 0 && value < 65536 ? value : null;
}

function connectCommand(
  host: string | undefined,
  portText: string | undefined,
  tls: 'none' | 'implicit',
  usage: string,
): ShellCommand {
  const number = port(portText);
  if (host === undefined || portText === undefined) return { kind: 'error', text: usage };
  if (number === null) return { kind: 'error', text: `${portText}: bad port number` };
  return { kind: 'connect', host, port: number, tls };
}

/** `openssl s_client -connect host:port` (implicit TLS, as on 465, 995, 993). */
function openssl(words: string[]): ShellCommand {
  const usage = 'usage: openssl s_client -connect host:port';
  if (words[0] !== 's_client') return { kind: 'error', text: usage };
  const at = words.indexOf('-connect');
  const target = at === -1 ? undefined : words[at + 1];
  if (target === undefined) return { kind: 'error', text: usage };
  const colon = target.lastIndexOf(':');
  if (colon <= 0) return { kind: 'error', text: usage };
  return connectCommand(target.slice(0, colon), target.slice(colon + 1), 'implicit', usage);
}

function dig(words: string[]): ShellCommand {
  // `@server` picks a resolver; the world has one, so it is read and ignored.
  const rest = words.filter((word) => !word.startsWith('@') && !word.startsWith('+'));
  const type = rest.find((word) =>
    (RECORD_TYPES as readonly string[]).includes(word.toUpperCase()),
  );
  const name = rest.find((word) => word !== type);
  if (name === undefined) return { kind: 'error', text: 'usage: dig name [A|MX|TXT|PTR]' };
  return { kind: 'dig', name, type: (type?.toUpperCase() as RecordType | undefined) ?? 'A' };
}

/** Reads one line typed at the sandbox's prompt. */
export function parseShell(line: string): ShellCommand {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const [verb, ...rest] = words;
  switch (verb) {
    case undefined:
      return { kind: 'empty' };
    case 'telnet':
    case 'nc':
      return connectCommand(rest[0], rest[1], 'none', `usage: ${verb} host port`);
    case 'openssl':
      return openssl(rest);
    case 'dig':
      return dig(rest);
    case 'mailq':
      return { kind: 'mailq', host: rest[0] ?? null };
    case 'log':
      return { kind: 'log', words: rest.join(' ') };
    case 'wait': {
      const seconds = Number(rest[0] ?? '');
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 7 * 24 * 3600)
        return { kind: 'error', text: 'usage: wait seconds' };
      return { kind: 'wait', seconds };
    }
    case 'help':
      return { kind: 'help' };
    case 'clear':
      return { kind: 'clear' };
    default:
      return { kind: 'error', text: `${verb}: command not found` };
  }
}

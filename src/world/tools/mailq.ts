import type { QueueEntry } from '../actors/queue-manager';

/** One message of a `mailq` listing, as data for the views. */
export interface MailqRow {
  queueId: string;
  /** True while a delivery attempt runs (Postfix marks it `*`, the active queue). */
  active: boolean;
  size: number;
  /** Arrival as a Unix time in ms. */
  arrival: number;
  /** The envelope sender; `<>` shows as MAILER-DAEMON. */
  sender: string;
  /** Each recipient still waiting, with the reason of its last failure, if any. */
  recipients: { address: string; reason?: string }[];
}

export interface Mailq {
  rows: MailqRow[];
  /** The listing as `mailq` (Postfix `showq`) prints it. */
  text: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** showq's arrival time, `%a %b %e %H:%M:%S` in the server's zone: `Mon Mar  2 09:00:00`. */
function arrivalText(time: number, offsetMinutes: number): string {
  const d = new Date(time + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * The queue of one MTA as `mailq` shows it: one block per message, the reason of the last
 * failure in parentheses above the recipients it concerns, and a total.
 */
export function mailq(
  entries: readonly QueueEntry[],
  startMs: number,
  offsetMinutes: number,
): Mailq {
  const rows: MailqRow[] = entries.map((entry) => ({
    queueId: entry.queueId,
    active: entry.active,
    size: new TextEncoder().encode(entry.content).length,
    arrival: startMs + entry.arrival,
    sender: entry.sender === '' ? 'MAILER-DAEMON' : entry.sender,
    recipients: entry.recipients.map((address) => {
      const reason = entry.reasons.get(address)?.failure?.reason;
      return reason === undefined ? { address } : { address, reason };
    }),
  }));
  if (rows.length === 0) return { rows, text: 'Mail queue is empty\n' };
  const indent = ' '.repeat(41);
  const blocks = rows.map((row) => {
    const head = `${row.queueId.padEnd(10)}${row.active ? '*' : ' '} ${String(row.size).padStart(8)} ${arrivalText(row.arrival, offsetMinutes)}  ${row.sender}`;
    const lines = [head];
    for (const recipient of row.recipients) {
      if (recipient.reason !== undefined) lines.push(`(${recipient.reason})`);
      lines.push(`${indent}${recipient.address}`);
    }
    return lines.join('\n');
  });
  const kbytes = Math.ceil(rows.reduce((total, row) => total + row.size, 0) / 1024);
  const requests = `${rows.length} Request${rows.length === 1 ? '' : 's'}`;
  return {
    rows,
    text: `-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n${blocks.join('\n\n')}\n\n-- ${kbytes} Kbytes in ${requests}.\n`,
  };
}

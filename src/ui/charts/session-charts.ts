import type { Chart } from './chart-types';
import { imapChart } from './imap.chart';
import { pop3Chart } from './pop3.chart';
import { smtpClientChart } from './smtp-client.chart';
import { smtpServerChart } from './smtp-server.chart';

/**
 * The machines drawn for a connection, by its protocol. LMTP runs the SMTP machines in LMTP
 * mode; Bob's POP3 and IMAP clients are scripted peers, not machines, so only their state's
 * name is shown.
 */
export const SESSION_CHARTS: Record<string, { server: Chart; client: Chart | null }> = {
  smtp: { server: smtpServerChart, client: smtpClientChart },
  lmtp: { server: smtpServerChart, client: smtpClientChart },
  pop3: { server: pop3Chart, client: null },
  imap: { server: imapChart, client: null },
};

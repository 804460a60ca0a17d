import { formatPostfixDate, type TimeZone } from '../../protocols/message/date';

/** One recipient in a delivery status notification. */
export interface BounceRecipient {
  address: string;
  /** RFC 3463 status, e.g. "5.1.1" or "4.4.1" after an expiry. */
  status: string;
  /** Postfix's words for the failure: "host mx1.b.example[…] said: 550 5.1.1 … (in reply to …)". */
  reason: string;
  /** The server that refused, for `Remote-MTA:` (absent when no server answered). */
  remoteMta?: string;
  /** The server's reply on one line, for `Diagnostic-Code: smtp; …`. */
  diagnostic?: string;
}

export interface BounceInput {
  /** `failed` for a bounce, `delayed` for Postfix's "still being retried" warning. */
  action: 'failed' | 'delayed';
  /** The host that writes the report (Postfix `$myhostname`). */
  reportingMta: string;
  /** The domain in MAILER-DAEMON@… (Postfix `$myorigin`). */
  origin: string;
  queueId: string;
  /** The original envelope sender: the report goes to this address. */
  sender: string;
  /** Arrival of the original message and the time of the report (ms since 1970). */
  arrival: number;
  time: number;
  zone: TimeZone;
  recipients: readonly BounceRecipient[];
  /** The returned message, whole. */
  original: string;
  /** The report's own Message-ID. */
  messageId: string;
  /** delay_warning_time and maximal_queue_lifetime, for the warning's text. */
  warningHours?: number;
  lifetimeDays?: number;
}

/** Postfix's `bounce_templates.c` failure text, before the per-recipient lines. */
function failureText(host: string): string[] {
  return [
    `This is the mail system at host ${host}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
  ];
}

/** Postfix's delay template: a warning only, the message stays queued. */
function delayText(host: string, hours: number, days: number): string[] {
  return [
    `This is the mail system at host ${host}.`,
    '',
    '####################################################################',
    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
    '####################################################################',
    '',
    `Your message could not be delivered for ${hours} hour(s).`,
    `It will be retried until it is ${days} day(s) old.`,
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
  ];
}

/**
 * Postfix wraps the recipient line at 76 columns and indents continuation lines by four
 * spaces (`bounce_notify_util.c`, `line_wrap`).
 */
function wrap(text: string, width = 76): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const indent = lines.length === 0 ? '' : '    ';
    if (line === '') line = indent + word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = `    ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A delivery status notification as Postfix writes it (RFC 3464 inside multipart/report,
 * RFC 6522; `Auto-Submitted: auto-replied`, RFC 3834 §5): a human-readable part, the
 * machine-readable `message/delivery-status`, and the returned message.
 */
export function bounceMessage(input: BounceInput): string {
  const boundary = `${input.queueId}.${Math.floor(input.time / 1000)}/${input.reportingMta}`;
  const date = formatPostfixDate(input.time, input.zone);
  const subject =
    input.action === 'failed'
      ? 'Undelivered Mail Returned to Sender'
      : 'Delayed Mail (still being retried)';
  const human =
    input.action === 'failed'
      ? failureText(input.reportingMta)
      : delayText(input.reportingMta, input.warningHours ?? 4, input.lifetimeDays ?? 5);
  const perRecipient = input.recipients.flatMap((r) => [
    '',
    ...wrap(`<${r.address}>: ${r.reason}`),
  ]);
  const status = [
    `Reporting-MTA: dns; ${input.reportingMta}`,
    `X-Postfix-Queue-ID: ${input.queueId}`,
    `X-Postfix-Sender: rfc822; ${input.sender}`,
    `Arrival-Date: ${formatPostfixDate(input.arrival, input.zone)}`,
    ...input.recipients.flatMap((r) => [
      '',
      `Final-Recipient: rfc822; ${r.address}`,
      `Original-Recipient: rfc822;${r.address}`,
      `Action: ${input.action}`,
      `Status: ${r.status}`,
      ...(r.remoteMta === undefined ? [] : [`Remote-MTA: dns; ${r.remoteMta}`]),
      `Diagnostic-Code: ${r.diagnostic === undefined ? 'X-Postfix' : 'smtp'}; ${r.diagnostic ?? r.reason}`,
    ]),
  ];
  const lines = [
    `Date: ${date}`,
    `From: Mail Delivery System <MAILER-DAEMON@${input.origin}>`,
    `Subject: ${subject}`,
    `To: ${input.sender}`,
    'Auto-Submitted: auto-replied',
    `Message-ID: ${input.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${boundary}"`,
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...human,
    ...perRecipient,
    '',
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    ...status,
    '',
    `--${boundary}`,
    `Content-Description: ${input.action === 'failed' ? 'Undelivered Message' : 'Delayed Message'}`,
    'Content-Type: message/rfc822',
    'Content-Transfer-Encoding: 8bit',
    '',
  ];
  const original = input.original.endsWith('\r\n') ? input.original : `${input.original}\r\n`;
  return `${lines.join('\r\n')}\r\n${original}\r\n--${boundary}--\r\n`;
}

import type { RecipientResult } from './client-types';
import { replyOnOneLine } from './server-reply';

/** Postfix's word for a recipient's outcome in `status=` (`smtp`, `lmtp` and `qmgr` logs). */
export type PostfixStatus = 'sent' | 'deferred' | 'bounced';

/**
 * The end of a Postfix delivery log line for one recipient, e.g.
 * `dsn=5.1.1, status=bounced (host mx1.b.example[203.0.113.10] said: 550 5.1.1 … (in reply to
 * RCPT TO command))` or `dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Xq2Lk1Z3nz9)`.
 * The world adds `to=<…>, relay=…, delay=…` in front, which the client cannot know.
 */
export function deliveryStatus(recipient: RecipientResult): string {
  if (recipient.status === 'delivered') {
    const dsn = recipient.reply?.enhanced ?? '2.0.0';
    const text = recipient.reply ? replyOnOneLine(recipient.reply) : '';
    return `dsn=${dsn}, status=sent (${text})`;
  }
  const failure = recipient.failure;
  const status: PostfixStatus = recipient.status;
  return `dsn=${failure?.status ?? '4.0.0'}, status=${status} (${failure?.reason ?? ''})`;
}

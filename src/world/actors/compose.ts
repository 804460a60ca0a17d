import { formatDate } from '../../protocols/message/date';
import { mailboxesOf, parseAddressList } from '../../protocols/message/address';
import { generateMessageId } from '../../protocols/message/message-id';
import { buildMimeMessage } from '../../protocols/message/mime-build';
import { createRandom } from '../../protocols/message/seeded-random';
import type { SendConfig } from '../config/schema';

export interface ComposedMessage {
  /** The raw message the client submits, RFC 5322 with MIME. */
  raw: string;
  /** The Message-ID header's value, `<…@domain>`. */
  messageIdHeader: string;
  mailFrom: string;
  rcptTo: string[];
}

/** An attachment's bytes: drawn from the seed, so a 20 KB "PDF" is the same in every run. */
function attachmentBytes(size: number, seed: string): Uint8Array {
  const random = createRandom(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/**
 * What the mail client writes when its user clicks Send: the header fields (RFC 5322 §3.6;
 * Bcc is left out, RFC 5322 §3.6.3), the MIME body, and the envelope it will give in MAIL
 * FROM / RCPT TO (every To, Cc and Bcc recipient), unless the world overrides the envelope.
 */
export function composeMessage(
  send: SendConfig,
  epoch: number,
  offsetMinutes: number,
  seed: string,
): ComposedMessage {
  const author = mailboxesOf(parseAddressList(send.from))[0];
  const authorAddress = author?.address ?? send.from;
  const domain = authorAddress.split('@')[1] ?? 'localhost';
  const messageIdHeader = generateMessageId(seed, domain);
  const fields = [
    { name: 'Message-ID', value: messageIdHeader },
    { name: 'Date', value: formatDate(epoch, offsetMinutes) },
    { name: 'From', value: send.from },
    { name: 'To', value: send.to.join(', ') },
    ...(send.cc.length > 0 ? [{ name: 'Cc', value: send.cc.join(', ') }] : []),
    { name: 'Subject', value: send.subject },
  ];
  const raw = buildMimeMessage({
    fields,
    text: send.body,
    ...(send.attachment === undefined
      ? {}
      : {
          attachments: [
            {
              filename: send.attachment.filename,
              contentType: send.attachment.contentType,
              content: attachmentBytes(send.attachment.size, `${seed}/attachment`),
            },
          ],
        }),
  });
  return {
    raw,
    messageIdHeader,
    mailFrom: send.envelope?.mailFrom ?? authorAddress,
    rcptTo: send.envelope?.rcptTo ?? [...send.to, ...send.cc, ...send.bcc],
  };
}

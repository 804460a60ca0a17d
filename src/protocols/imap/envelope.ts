import { parseAddressList, type AddressEntry } from '../message/address';
import { fieldValue, type NamedField } from './message-text';
import { nstring } from './imap-strings';

/**
 * ENVELOPE (RFC 3501 §7.4.2): date, subject, from, sender, reply-to, to, cc, bcc,
 * in-reply-to, message-id. Each address is `(name adl mailbox host)`; a group is a
 * `(NIL NIL "group" NIL)` start marker and a `(NIL NIL NIL NIL)` end marker. Sender and
 * Reply-To default to From when absent.
 */
export function envelope(fields: readonly NamedField[]): string {
  const value = (name: string) => fieldValue(fields, name);
  const from = addresses(value('From'));
  const sender = addresses(value('Sender')) ?? from;
  const replyTo = addresses(value('Reply-To')) ?? from;
  return `(${[
    nstring(value('Date')),
    nstring(value('Subject')),
    from ?? 'NIL',
    sender ?? 'NIL',
    replyTo ?? 'NIL',
    addresses(value('To')) ?? 'NIL',
    addresses(value('Cc')) ?? 'NIL',
    addresses(value('Bcc')) ?? 'NIL',
    nstring(value('In-Reply-To')),
    nstring(value('Message-ID')),
  ].join(' ')})`;
}

function addresses(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // ENVELOPE carries names as written: encoded-words stay encoded (RFC 3501 §7.4.2).
  const entries = parseAddressList(text, { decodeNames: false });
  if (entries.length === 0) return undefined;
  return `(${entries.map(address).join('')})`;
}

function address(entry: AddressEntry): string {
  if (entry.kind === 'group') {
    return `(NIL NIL ${nstring(entry.name)} NIL)${entry.members.map(address).join('')}(NIL NIL NIL NIL)`;
  }
  const name = entry.name === '' ? undefined : entry.name;
  return `(${nstring(name)} NIL ${nstring(entry.mailbox)} ${nstring(entry.host === '' ? undefined : entry.host)})`;
}

import type { MessageView } from '../mailbox/store';
import { sectionResponseName, type FetchItem } from './fetch-items';
import { formatFlags } from './flags';
import { formatDateTime } from './imap-date';
import { literal } from './imap-strings';
import { envelope } from './envelope';
import { headerFields, splitMessage } from './message-text';
import { bodyStructure, parseBody, sectionContent, type ParsedBody } from './body-structure';

/** Whether fetching these items sets \Seen (RFC 3501 §6.4.5: BODY[…], RFC822, RFC822.TEXT). */
export function setsSeen(items: readonly FetchItem[]): boolean {
  return items.some(
    (item) =>
      (item.kind === 'section' && !item.peek) ||
      item.kind === 'RFC822' ||
      item.kind === 'RFC822.TEXT',
  );
}

/** A partial fetch `<offset.length>` (RFC 3501 §6.4.5), counted in octets of UTF-8. */
function partial(text: string, range: { offset: number; length: number } | undefined): string {
  if (range === undefined) return text;
  const octets = new TextEncoder().encode(text);
  const slice = octets.slice(range.offset, range.offset + range.length);
  // A cut inside a multi-octet character cannot travel as text: it is dropped.
  return new TextDecoder('utf-8', { fatal: false }).decode(slice).replace(/\uFFFD$/u, '');
}

/**
 * The parenthesised data of one FETCH response, e.g. `UID 5 FLAGS (\Seen) BODY[] {612}…`.
 * `includeUid` puts UID first (UID FETCH, RFC 3501 §6.4.8); `includeFlags` adds FLAGS when
 * the fetch changed \Seen without asking for FLAGS.
 */
export function fetchData(
  message: MessageView,
  items: readonly FetchItem[],
  options: { recent: boolean; includeUid: boolean; includeFlags: boolean },
): string {
  const parts: string[] = [];
  let parsed: ParsedBody | undefined;
  const body = () => (parsed ??= parseBody(message.raw));
  const wants = (kind: FetchItem['kind']) => items.some((item) => item.kind === kind);
  if (options.includeUid) parts.push(`UID ${message.uid}`);
  if (options.includeFlags && !wants('FLAGS')) {
    parts.push(`FLAGS ${formatFlags(message.flags, options.recent)}`);
  }
  for (const item of items) {
    switch (item.kind) {
      case 'UID':
        if (!options.includeUid) parts.push(`UID ${message.uid}`);
        break;
      case 'FLAGS':
        parts.push(`FLAGS ${formatFlags(message.flags, options.recent)}`);
        break;
      case 'INTERNALDATE':
        parts.push(`INTERNALDATE "${formatDateTime(message.internalDate)}"`);
        break;
      case 'RFC822.SIZE':
        parts.push(`RFC822.SIZE ${message.size}`);
        break;
      case 'ENVELOPE':
        parts.push(`ENVELOPE ${envelope(headerFields(splitMessage(message.raw).header))}`);
        break;
      case 'BODYSTRUCTURE':
        parts.push(`BODYSTRUCTURE ${bodyStructure(body().root, true)}`);
        break;
      case 'BODY':
        parts.push(`BODY ${bodyStructure(body().root, false)}`);
        break;
      case 'RFC822':
        parts.push(`RFC822 ${literal(message.raw)}`);
        break;
      case 'RFC822.HEADER':
        parts.push(`RFC822.HEADER ${literal(splitMessage(message.raw).header)}`);
        break;
      case 'RFC822.TEXT':
        parts.push(`RFC822.TEXT ${literal(splitMessage(message.raw).text)}`);
        break;
      case 'section': {
        const content = sectionContent(message.raw, body, item.section);
        const name = sectionResponseName(item);
        parts.push(
          `${name} ${content === undefined ? 'NIL' : literal(partial(content, item.partial))}`,
        );
        break;
      }
    }
  }
  return `(${parts.join(' ')})`;
}

import { parseDate } from '../message/date';
import { decodeEncodedWords } from '../message/encoded-word';
import type { MessageView } from '../mailbox/store';
import { dayOf } from './imap-date';
import { fieldValue, headerFields, splitMessage } from './message-text';
import type { SearchDate, SearchKey } from './search-keys';
import { includes } from './sequence-set';

/** One message as SEARCH sees it: its sequence number and whether it is \Recent here. */
export interface SearchTarget {
  readonly message: MessageView;
  readonly sequence: number;
  readonly recent: boolean;
}

export interface SearchScope {
  readonly messageCount: number;
  readonly highestUid: number;
}

const compareDays = (a: SearchDate, b: SearchDate) =>
  a.year - b.year || a.month - b.month || a.day - b.day;

// RFC 3501 §6.4.4: string keys match a substring, case-insensitively.
const contains = (haystack: string, needle: string) =>
  haystack.toLowerCase().includes(needle.toLowerCase());

/** Whether a message matches a search key (RFC 3501 §6.4.4). */
export function matches(target: SearchTarget, key: SearchKey, scope: SearchScope): boolean {
  const { message } = target;
  const has = (flag: string) => message.flags.includes(flag);
  switch (key.kind) {
    case 'flag':
      switch (key.key) {
        case 'ALL':
          return true;
        case 'ANSWERED':
          return has('\\Answered');
        case 'DELETED':
          return has('\\Deleted');
        case 'DRAFT':
          return has('\\Draft');
        case 'FLAGGED':
          return has('\\Flagged');
        case 'SEEN':
          return has('\\Seen');
        case 'UNANSWERED':
          return !has('\\Answered');
        case 'UNDELETED':
          return !has('\\Deleted');
        case 'UNDRAFT':
          return !has('\\Draft');
        case 'UNFLAGGED':
          return !has('\\Flagged');
        case 'UNSEEN':
          return !has('\\Seen');
        case 'RECENT':
          return target.recent;
        case 'NEW':
          return target.recent && !has('\\Seen');
        case 'OLD':
          return !target.recent;
      }
      return false;
    case 'keyword':
      return has(key.keyword) === key.present;
    case 'header': {
      const fields = headerFields(splitMessage(message.raw).header).filter(
        (field) => field.name.toLowerCase() === key.field.toLowerCase(),
      );
      // RFC 3501 §6.4.4: HEADER with an empty string matches every message having the field.
      return fields.some((field) => contains(decodeEncodedWords(field.value), key.value));
    }
    case 'body':
      return contains(splitMessage(message.raw).text, key.value);
    case 'text':
      return contains(message.raw, key.value);
    case 'date': {
      let day: SearchDate | undefined;
      if (key.source === 'internal') day = dayOf(message.internalDate);
      else {
        const header = fieldValue(headerFields(splitMessage(message.raw).header), 'Date');
        const parsed = header === undefined ? undefined : parseDate(header);
        // RFC 3501 §6.4.4: SENT* keys compare the date as written, ignoring the time zone.
        day = parsed && dayOf(parsed.time + parsed.offsetMinutes * 60_000);
      }
      if (day === undefined) return false;
      const order = compareDays(day, key.date);
      return key.relation === 'before'
        ? order < 0
        : key.relation === 'on'
          ? order === 0
          : order >= 0;
    }
    case 'size':
      return key.relation === 'larger' ? message.size > key.octets : message.size < key.octets;
    case 'uid':
      return includes(key.set, message.uid, scope.highestUid);
    case 'sequence':
      return includes(key.set, target.sequence, scope.messageCount);
    case 'not':
      return !matches(target, key.key, scope);
    case 'or':
      return matches(target, key.left, scope) || matches(target, key.right, scope);
    case 'and':
      return key.keys.every((each) => matches(target, each, scope));
  }
}

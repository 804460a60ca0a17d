import type { MailStore, MessageView } from '../mailbox/store';
import type { Output } from '../wire';
import { formatFlags } from './flags';
import { data } from './responses';
import type { SelectedMailbox } from './session-context';

/**
 * Brings a session's view of its selected mailbox up to date with the store and returns the
 * untagged responses that tell the client (RFC 3501 §5.2, §7.3.1, §7.4.1): EXPUNGE for
 * messages gone, FETCH FLAGS for flags changed elsewhere, EXISTS and RECENT for arrivals.
 * RFC 3501 §7.4.1 forbids EXPUNGE while a FETCH, STORE or SEARCH by sequence number runs,
 * so those commands pass `reportExpunges: false` and the expunges wait.
 */
export function syncMailbox(
  store: MailStore,
  user: string,
  selected: SelectedMailbox,
  options: { reportExpunges: boolean },
): { outputs: Output[]; selected: SelectedMailbox } {
  const outputs: Output[] = [];
  const present = new Map<number, MessageView>(
    (store.messages(user, selected.name) ?? []).map((message) => [message.uid, message]),
  );
  const uids = [...selected.uids];
  const flags = new Map(selected.flags);
  let recent = [...selected.recent];

  if (options.reportExpunges) {
    // Each EXPUNGE renumbers the messages after it, so the same number can repeat.
    for (let index = 0; index < uids.length;) {
      const uid = uids[index] ?? 0;
      if (present.has(uid)) {
        index += 1;
        continue;
      }
      outputs.push(data(`${index + 1} EXPUNGE`, 'EXPUNGE'));
      flags.delete(uid);
      recent = recent.filter((each) => each !== uid);
      uids.splice(index, 1);
    }
  }

  uids.forEach((uid, index) => {
    const message = present.get(uid);
    if (message === undefined) return;
    const shown = formatFlags(message.flags, recent.includes(uid));
    if (flags.get(uid) !== shown) {
      outputs.push(data(`${index + 1} FETCH (FLAGS ${shown})`, 'FETCH'));
      flags.set(uid, shown);
    }
  });

  const known = new Set(uids);
  const arrived = [...present.values()].filter((message) => !known.has(message.uid));
  if (arrived.length > 0) {
    uids.push(...arrived.map((message) => message.uid));
    if (!selected.readOnly) recent = [...recent, ...store.claimRecent(user, selected.name)];
    for (const message of arrived) {
      flags.set(message.uid, formatFlags(message.flags, recent.includes(message.uid)));
    }
    outputs.push(data(`${uids.length} EXISTS`, 'EXISTS'));
    outputs.push(data(`${recent.length} RECENT`, 'RECENT'));
  }
  return { outputs, selected: { ...selected, uids, flags, recent } };
}

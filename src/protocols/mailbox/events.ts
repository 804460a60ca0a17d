/**
 * What the store tells every session watching a folder (RFC 3501 §5.2: a server sends
 * untagged EXISTS, EXPUNGE and FETCH when another session changes the mailbox; RFC 2177 IDLE).
 * The store speaks in UIDs; each IMAP session keeps its own sequence numbers.
 * `origin` is the watcher id of the session that made the change (undefined for LMTP or the
 * world), so a session can skip what it already reported itself.
 */
export type MailboxEvent =
  | { type: 'exists'; folder: string; uid: number; origin?: number }
  | { type: 'expunge'; folder: string; uids: readonly number[]; origin?: number }
  | { type: 'flags'; folder: string; uid: number; flags: readonly string[]; origin?: number };

export type MailboxListener = (event: MailboxEvent) => void;

/** A session's subscription to one folder; `id` is what it passes as `origin`. */
export interface Watcher {
  readonly id: number;
  close(): void;
}

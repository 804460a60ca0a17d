import type { MailboxEvent, MailboxListener, Watcher } from './events';
import { canonicalFlag, orderFlags } from './flags';
import { INBOX, isWithin, normalizeFolderName, parentNames } from './folder-names';
import { octetLength } from '../encoding/utf8';
import { toCrlf } from './octets';
import { fitsQuota, type Quota, type QuotaUsage } from './quota';

/** One message as sessions see it (a copy: changing it changes nothing in the store). */
export interface MessageView {
  readonly uid: number;
  /** The raw RFC 5322 text, lines ended by CRLF. */
  readonly raw: string;
  /** Octets of `raw` in UTF-8 (POP3 LIST, IMAP RFC822.SIZE). */
  readonly size: number;
  readonly flags: readonly string[];
  /** INTERNALDATE (RFC 3501 §2.3.3): the caller's clock value in ms when the message arrived. */
  readonly internalDate: number;
}

/** Counts for IMAP STATUS and SELECT (RFC 3501 §6.3.10). */
export interface FolderStatus {
  readonly name: string;
  readonly uidValidity: number;
  readonly uidNext: number;
  readonly messages: number;
  /** Messages no session has been told about yet (\Recent, RFC 3501 §2.3.2). */
  readonly recent: number;
  readonly unseen: number;
  readonly deleted: number;
  /** Octets of all its messages. */
  readonly size: number;
}

export type StoreError =
  | 'noSuchUser'
  | 'noSuchFolder'
  | 'alreadyExists'
  | 'invalidName'
  | 'overQuota'
  | 'cannotDeleteInbox'
  | 'hasChildren'
  | 'invalidFlag';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export interface AccountOptions {
  user: string;
  password: string;
  quota?: Quota;
}

export type FlagMode = 'replace' | 'add' | 'remove';

interface StoredMessage {
  readonly uid: number;
  readonly raw: string;
  readonly size: number;
  flags: Set<string>;
  readonly internalDate: number;
}

interface Folder {
  name: string;
  readonly uidValidity: number;
  uidNext: number;
  /** Ascending by UID. */
  messages: StoredMessage[];
  /** UIDs no session has claimed as \Recent yet. */
  recent: Set<number>;
  watchers: Map<number, MailboxListener>;
}

interface Account {
  readonly user: string;
  readonly password: string;
  quota: Quota;
  /** Keyed by the folder's name. */
  folders: Map<string, Folder>;
  subscriptions: Set<string>;
  pop3Locked: boolean;
}

const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });
const fail = <T>(error: StoreError): StoreResult<T> => ({ ok: false, error });

function view(message: StoredMessage): MessageView {
  return {
    uid: message.uid,
    raw: message.raw,
    size: message.size,
    flags: orderFlags(message.flags),
    internalDate: message.internalDate,
  };
}

/** Canonical flags, or undefined when one of them may not be stored. */
function canonicalFlags(flags: Iterable<string>): Set<string> | undefined {
  const result = new Set<string>();
  for (const flag of flags) {
    const canonical = canonicalFlag(flag);
    if (canonical === undefined) return undefined;
    result.add(canonical);
  }
  return result;
}

/**
 * The mailbox server's storage: accounts, folders, messages, flags, UIDs, quota and
 * subscriptions, shared by every LMTP, POP3 and IMAP session of a world. It holds no clock and
 * no randomness: times come from the caller. Sessions watching a folder are told of changes.
 */
export class MailStore {
  private readonly accounts = new Map<string, Account>();
  private lastUidValidity: number;
  private nextWatcherId = 1;

  /** `uidValidityBase`: the first UIDVALIDITY handed out minus one (Dovecot uses the time). */
  constructor(uidValidityBase = 1717399999) {
    this.lastUidValidity = uidValidityBase;
  }

  // ── accounts ──────────────────────────────────────────────────────────────────────────

  /** Adds an account with an empty INBOX. Returns false if the user already exists. */
  addUser(options: AccountOptions): boolean {
    if (this.accounts.has(options.user)) return false;
    const account: Account = {
      user: options.user,
      password: options.password,
      quota: { ...options.quota },
      folders: new Map(),
      subscriptions: new Set([INBOX]),
      pop3Locked: false,
    };
    this.accounts.set(options.user, account);
    account.folders.set(INBOX, this.newFolder(INBOX, this.nextUidValidity(0)));
    return true;
  }

  hasUser(user: string): boolean {
    return this.accounts.has(user);
  }

  /** The passdb lookup: true only for an existing user with this exact password. */
  checkLogin(user: string, password: string): boolean {
    return this.accounts.get(user)?.password === password;
  }

  quota(user: string): Quota {
    return { ...this.account(user).quota };
  }

  setQuota(user: string, quota: Quota): void {
    this.account(user).quota = { ...quota };
  }

  /** What counts against the quota: every message of every folder, \Deleted or not. */
  usage(user: string): QuotaUsage {
    const usage = { storage: 0, messages: 0 };
    for (const folder of this.account(user).folders.values()) {
      for (const message of folder.messages) {
        usage.storage += message.size;
        usage.messages += 1;
      }
    }
    return usage;
  }

  /** Whether `count` more messages of `octets` in all still fit (LMTP asks before 250). */
  hasRoomFor(user: string, octets: number, count = 1): boolean {
    return fitsQuota(this.account(user).quota, this.usage(user), octets, count);
  }

  // ── folders ───────────────────────────────────────────────────────────────────────────

  /** Every folder name, INBOX first, then in code-point order. */
  folders(user: string): string[] {
    const names = [...this.account(user).folders.keys()].filter((name) => name !== INBOX);
    return [INBOX, ...names.sort()];
  }

  folderExists(user: string, name: string): boolean {
    return this.findFolder(user, name) !== undefined;
  }

  status(user: string, name: string): FolderStatus | undefined {
    const folder = this.findFolder(user, name);
    if (folder === undefined) return undefined;
    let unseen = 0;
    let deleted = 0;
    let size = 0;
    for (const message of folder.messages) {
      if (!message.flags.has('\\Seen')) unseen += 1;
      if (message.flags.has('\\Deleted')) deleted += 1;
      size += message.size;
    }
    return {
      name: folder.name,
      uidValidity: folder.uidValidity,
      uidNext: folder.uidNext,
      messages: folder.messages.length,
      recent: folder.recent.size,
      unseen,
      deleted,
      size,
    };
  }

  /**
   * RFC 3501 §6.3.3: CREATE makes the superior names too. `now` (ms) seeds UIDVALIDITY, which
   * must differ from any earlier folder of the same name (§2.3.1.1).
   */
  createFolder(user: string, name: string, now: number): StoreResult<string> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const normalized = normalizeFolderName(name);
    if (normalized === undefined) return fail('invalidName');
    if (account.folders.has(normalized)) return fail('alreadyExists');
    for (const parent of parentNames(normalized)) {
      if (!account.folders.has(parent)) {
        account.folders.set(parent, this.newFolder(parent, this.nextUidValidity(now)));
      }
    }
    account.folders.set(normalized, this.newFolder(normalized, this.nextUidValidity(now)));
    return ok(normalized);
  }

  /** Dovecot refuses to delete INBOX and a folder that still has children. */
  deleteFolder(user: string, name: string): StoreResult<string> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const folder = this.findFolder(user, name);
    if (folder === undefined) return fail('noSuchFolder');
    if (folder.name === INBOX) return fail('cannotDeleteInbox');
    const hasChildren = [...account.folders.keys()].some(
      (other) => other !== folder.name && isWithin(other, folder.name),
    );
    if (hasChildren) return fail('hasChildren');
    account.folders.delete(folder.name);
    this.publish(folder, {
      type: 'expunge',
      folder: folder.name,
      uids: folder.messages.map((message) => message.uid),
    });
    folder.watchers.clear();
    return ok(folder.name);
  }

  /**
   * RFC 3501 §6.3.5: RENAME moves the children too; renaming INBOX moves its messages to a
   * new folder and leaves INBOX empty. Subscriptions follow the folders.
   */
  renameFolder(user: string, from: string, to: string, now: number): StoreResult<string> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const folder = this.findFolder(user, from);
    if (folder === undefined) return fail('noSuchFolder');
    const target = normalizeFolderName(to);
    if (target === undefined || isWithin(target, folder.name)) return fail('invalidName');
    if (account.folders.has(target)) return fail('alreadyExists');

    if (folder.name === INBOX) {
      const created = this.createFolder(user, target, now);
      if (!created.ok) return created;
      const moved = this.move(
        user,
        INBOX,
        folder.messages.map((message) => message.uid),
        target,
      );
      return moved.ok ? ok(target) : fail(moved.error);
    }
    for (const parent of parentNames(target)) {
      if (!account.folders.has(parent)) {
        account.folders.set(parent, this.newFolder(parent, this.nextUidValidity(now)));
      }
    }
    const oldName = folder.name;
    const renamed = [...account.folders.values()].filter((each) => isWithin(each.name, oldName));
    for (const each of renamed) {
      account.folders.delete(each.name);
      const newName = target + each.name.slice(oldName.length);
      if (account.subscriptions.delete(each.name)) account.subscriptions.add(newName);
      each.name = newName;
      account.folders.set(newName, each);
    }
    return ok(target);
  }

  /** RFC 3501 §6.3.6: a name may be subscribed even if the folder does not exist. */
  subscribe(user: string, name: string): boolean {
    const normalized = normalizeFolderName(name);
    if (normalized === undefined) return false;
    this.account(user).subscriptions.add(normalized);
    return true;
  }

  /** Returns false when the name was not subscribed. */
  unsubscribe(user: string, name: string): boolean {
    const normalized = normalizeFolderName(name);
    return normalized !== undefined && this.account(user).subscriptions.delete(normalized);
  }

  subscriptions(user: string): string[] {
    return [...this.account(user).subscriptions].sort();
  }

  // ── messages ──────────────────────────────────────────────────────────────────────────

  /** The folder's messages in UID order, or undefined if it does not exist. */
  messages(user: string, folder: string): MessageView[] | undefined {
    return this.findFolder(user, folder)?.messages.map(view);
  }

  message(user: string, folder: string, uid: number): MessageView | undefined {
    const found = this.findFolder(user, folder)?.messages.find((message) => message.uid === uid);
    return found === undefined ? undefined : view(found);
  }

  /**
   * Final delivery (LMTP, RFC 2033): into INBOX unless a folder is named (Sieve fileinto).
   * Over quota → 'overQuota', which LMTP answers with Dovecot's QUOTA_EXCEEDED_TEXT.
   */
  deliver(
    user: string,
    raw: string,
    internalDate: number,
    options: { folder?: string; flags?: readonly string[] } = {},
  ): StoreResult<{ uid: number; uidValidity: number }> {
    if (!this.accounts.has(user)) return fail('noSuchUser');
    return this.append(user, options.folder ?? INBOX, raw, internalDate, options.flags ?? []);
  }

  /** IMAP APPEND (RFC 3501 §6.3.11): the new message is \Recent and gets the next UID. */
  append(
    user: string,
    folderName: string,
    raw: string,
    internalDate: number,
    flags: readonly string[] = [],
    origin?: number,
  ): StoreResult<{ uid: number; uidValidity: number }> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return fail('noSuchFolder');
    const stored = canonicalFlags(flags);
    if (stored === undefined) return fail('invalidFlag');
    const text = toCrlf(raw);
    const size = octetLength(text);
    if (!fitsQuota(account.quota, this.usage(user), size, 1)) return fail('overQuota');
    const uid = this.insert(folder, { raw: text, size, flags: stored, internalDate }, origin);
    return ok({ uid, uidValidity: folder.uidValidity });
  }

  /** STORE FLAGS / +FLAGS / -FLAGS on one message (RFC 3501 §6.4.6). */
  setFlags(
    user: string,
    folderName: string,
    uid: number,
    flags: readonly string[],
    mode: FlagMode,
    origin?: number,
  ): StoreResult<MessageView | undefined> {
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return fail(this.accounts.has(user) ? 'noSuchFolder' : 'noSuchUser');
    const given = canonicalFlags(flags);
    if (given === undefined) return fail('invalidFlag');
    const message = folder.messages.find((each) => each.uid === uid);
    // RFC 3501 §6.4.8: a UID that no longer exists is silently ignored.
    if (message === undefined) return ok(undefined);
    const next = new Set(mode === 'replace' ? given : message.flags);
    if (mode === 'add') given.forEach((flag) => next.add(flag));
    if (mode === 'remove') given.forEach((flag) => next.delete(flag));
    const changed =
      next.size !== message.flags.size || [...next].some((flag) => !message.flags.has(flag));
    message.flags = next;
    if (changed) {
      this.publish(folder, {
        type: 'flags',
        folder: folder.name,
        uid,
        flags: orderFlags(next),
        origin,
      });
    }
    return ok(view(message));
  }

  /**
   * COPY (RFC 3501 §6.4.7): same text, flags and INTERNALDATE, new UIDs, \Recent in the
   * target. Returns [source UID, new UID] pairs (UIDPLUS COPYUID, RFC 4315). Missing UIDs
   * are skipped.
   */
  copy(
    user: string,
    fromName: string,
    uids: readonly number[],
    toName: string,
    origin?: number,
  ): StoreResult<{ uidValidity: number; pairs: Array<[number, number]> }> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const from = this.findFolder(user, fromName);
    const to = this.findFolder(user, toName);
    if (from === undefined || to === undefined) return fail('noSuchFolder');
    const wanted = new Set(uids);
    const chosen = from.messages.filter((message) => wanted.has(message.uid));
    const octets = chosen.reduce((sum, message) => sum + message.size, 0);
    if (!fitsQuota(account.quota, this.usage(user), octets, chosen.length)) {
      return fail('overQuota');
    }
    const pairs: Array<[number, number]> = chosen.map((message) => [
      message.uid,
      this.insert(to, { ...message, flags: new Set(message.flags) }, origin),
    ]);
    return ok({ uidValidity: to.uidValidity, pairs });
  }

  /** MOVE (RFC 6851): a copy that does not count twice against the quota, then an expunge. */
  move(
    user: string,
    fromName: string,
    uids: readonly number[],
    toName: string,
    origin?: number,
  ): StoreResult<{ uidValidity: number; pairs: Array<[number, number]> }> {
    if (!this.accounts.has(user)) return fail('noSuchUser');
    const from = this.findFolder(user, fromName);
    const to = this.findFolder(user, toName);
    if (from === undefined || to === undefined) return fail('noSuchFolder');
    const wanted = new Set(uids);
    const chosen = from.messages.filter((message) => wanted.has(message.uid));
    const pairs: Array<[number, number]> = chosen.map((message) => [
      message.uid,
      this.insert(to, { ...message, flags: new Set(message.flags) }, origin),
    ]);
    this.remove(from, new Set(chosen.map((message) => message.uid)), origin);
    return ok({ uidValidity: to.uidValidity, pairs });
  }

  /**
   * EXPUNGE (RFC 3501 §6.4.3) removes only \Deleted messages; UID EXPUNGE (RFC 4315) limits
   * it to the given UIDs. Returns the removed UIDs in ascending order.
   */
  expunge(
    user: string,
    folderName: string,
    options: { uids?: readonly number[]; origin?: number } = {},
  ): StoreResult<number[]> {
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return fail(this.accounts.has(user) ? 'noSuchFolder' : 'noSuchUser');
    const limit = options.uids === undefined ? undefined : new Set(options.uids);
    const doomed = folder.messages
      .filter((message) => message.flags.has('\\Deleted'))
      .filter((message) => limit === undefined || limit.has(message.uid))
      .map((message) => message.uid);
    return ok(this.remove(folder, new Set(doomed), options.origin));
  }

  /**
   * The POP3 UPDATE state (RFC 1939 §6), entered by QUIT only: marks `seen` messages \Seen
   * (Dovecot records RETR this way) and removes the `deleted` ones, whatever their flags.
   * UIDs already gone (expunged meanwhile over IMAP) are skipped. Returns the removed UIDs.
   */
  pop3Update(
    user: string,
    changes: { deleted: readonly number[]; seen: readonly number[] },
    origin?: number,
  ): StoreResult<number[]> {
    const folder = this.findFolder(user, INBOX);
    if (folder === undefined) return fail('noSuchUser');
    const deleted = new Set(changes.deleted);
    for (const uid of changes.seen) {
      if (!deleted.has(uid)) this.setFlags(user, INBOX, uid, ['\\Seen'], 'add', origin);
    }
    return ok(this.remove(folder, deleted, origin));
  }

  /**
   * RFC 3501 §2.3.2: \Recent goes to the first session that learns of a message. A session
   * selecting the folder (or told of a new one) claims the recent UIDs; later sessions see none.
   */
  claimRecent(user: string, folderName: string): number[] {
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return [];
    const claimed = [...folder.recent].sort((a, b) => a - b);
    folder.recent.clear();
    return claimed;
  }

  // ── seeding (seed.ts) ─────────────────────────────────────────────────────────────────

  /**
   * Creates a folder (or sets INBOX) as a world describes it, with its own UIDVALIDITY and
   * UIDNEXT. Only for an empty folder: UIDs are never reused.
   */
  seedFolder(
    user: string,
    name: string,
    options: { uidValidity?: number; uidNext?: number },
  ): StoreResult<string> {
    const account = this.accounts.get(user);
    if (account === undefined) return fail('noSuchUser');
    const normalized = normalizeFolderName(name);
    if (normalized === undefined) return fail('invalidName');
    const existing = account.folders.get(normalized);
    if (existing !== undefined && existing.messages.length > 0) return fail('alreadyExists');
    for (const parent of parentNames(normalized)) {
      if (!account.folders.has(parent)) {
        account.folders.set(parent, this.newFolder(parent, this.nextUidValidity(0)));
      }
    }
    const uidValidity = options.uidValidity ?? existing?.uidValidity ?? this.nextUidValidity(0);
    this.lastUidValidity = Math.max(this.lastUidValidity, uidValidity);
    const folder = this.newFolder(normalized, uidValidity);
    folder.uidNext = Math.max(1, Math.floor(options.uidNext ?? 1));
    account.folders.set(normalized, folder);
    return ok(normalized);
  }

  /** A message that was already there: not \Recent, and not checked against the quota. */
  seedMessage(
    user: string,
    folderName: string,
    message: { raw: string; flags?: readonly string[]; internalDate: number },
  ): StoreResult<number> {
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return fail(this.accounts.has(user) ? 'noSuchFolder' : 'noSuchUser');
    const flags = canonicalFlags(message.flags ?? []);
    if (flags === undefined) return fail('invalidFlag');
    const raw = toCrlf(message.raw);
    const uid = this.insert(folder, {
      raw,
      size: octetLength(raw),
      flags,
      internalDate: message.internalDate,
    });
    folder.recent.delete(uid);
    return ok(uid);
  }

  // ── POP3 lock (RFC 1939 §8; Dovecot pop3_lock_session) ─────────────────────────────────

  /** Takes the account's POP3 lock; false when another session holds it. */
  lockPop3(user: string): boolean {
    const account = this.account(user);
    if (account.pop3Locked) return false;
    account.pop3Locked = true;
    return true;
  }

  isPop3Locked(user: string): boolean {
    return this.account(user).pop3Locked;
  }

  unlockPop3(user: string): void {
    this.account(user).pop3Locked = false;
  }

  // ── watching ──────────────────────────────────────────────────────────────────────────

  /**
   * Tells `listener` of every change to the folder (made by anyone, its own session included:
   * compare `event.origin` with the watcher's id). Returns undefined if the folder does not
   * exist. The watcher follows the folder through a rename.
   */
  watch(user: string, folderName: string, listener: MailboxListener): Watcher | undefined {
    const folder = this.findFolder(user, folderName);
    if (folder === undefined) return undefined;
    const id = this.nextWatcherId++;
    folder.watchers.set(id, listener);
    return { id, close: () => folder.watchers.delete(id) };
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────

  private account(user: string): Account {
    const account = this.accounts.get(user);
    if (account === undefined) throw new RangeError(`No account for user "${user}"`);
    return account;
  }

  private findFolder(user: string, name: string): Folder | undefined {
    const normalized = normalizeFolderName(name);
    if (normalized === undefined) return undefined;
    return this.accounts.get(user)?.folders.get(normalized);
  }

  private newFolder(name: string, uidValidity: number): Folder {
    return {
      name,
      uidValidity,
      uidNext: 1,
      messages: [],
      recent: new Set(),
      watchers: new Map(),
    };
  }

  /** UIDVALIDITY from the clock in seconds, as Dovecot does, but never twice the same. */
  private nextUidValidity(now: number): number {
    this.lastUidValidity = Math.max(Math.floor(now / 1000), this.lastUidValidity + 1);
    return this.lastUidValidity;
  }

  private insert(folder: Folder, message: Omit<StoredMessage, 'uid'>, origin?: number): number {
    const uid = folder.uidNext;
    folder.uidNext += 1;
    folder.messages.push({ ...message, uid });
    folder.recent.add(uid);
    this.publish(folder, { type: 'exists', folder: folder.name, uid, origin });
    return uid;
  }

  private remove(folder: Folder, uids: ReadonlySet<number>, origin?: number): number[] {
    const removed = folder.messages.filter((message) => uids.has(message.uid)).map((m) => m.uid);
    if (removed.length === 0) return removed;
    folder.messages = folder.messages.filter((message) => !uids.has(message.uid));
    removed.forEach((uid) => folder.recent.delete(uid));
    this.publish(folder, { type: 'expunge', folder: folder.name, uids: removed, origin });
    return removed;
  }

  private publish(folder: Folder, event: MailboxEvent): void {
    for (const listener of [...folder.watchers.values()]) listener(event);
  }
}

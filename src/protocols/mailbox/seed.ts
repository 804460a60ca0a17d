import { INBOX } from './folder-names';
import type { Quota } from './quota';
import { MailStore } from './store';

/** One message of a seeded folder. Lines may end with LF in JSON: they are stored as CRLF. */
export interface MessageSeed {
  raw: string;
  flags?: string[];
  /** INTERNALDATE, ms on the world's clock. */
  internalDate: number;
}

export interface FolderSeed {
  name: string;
  uidValidity?: number;
  /** UIDs already used before the simulation starts (the first message gets this one). */
  uidNext?: number;
  subscribed?: boolean;
  messages?: MessageSeed[];
}

export interface AccountSeed {
  user: string;
  password: string;
  quota?: Quota;
  /** When absent: INBOX, Sent, Trash and Junk, all subscribed and empty. */
  folders?: FolderSeed[];
}

/** Plain JSON a world uses to describe its mailboxes (Bob's INBOX with two letters…). */
export interface StoreSeed {
  /** The first UIDVALIDITY is this plus one unless a folder gives its own. */
  uidValidityBase?: number;
  accounts: AccountSeed[];
}

export const DEFAULT_FOLDERS: readonly string[] = [INBOX, 'Sent', 'Trash', 'Junk'];

/**
 * Builds a store from a seed. A seed that cannot be stored (duplicate user, bad folder name,
 * unknown system flag) throws a RangeError naming the account and the folder: world configs
 * are validated before they run, so this is a programming error.
 */
export function seedStore(seed: StoreSeed): MailStore {
  const store = new MailStore(seed.uidValidityBase);
  for (const account of seed.accounts) {
    const problem = (text: string, folder?: string): never => {
      const where = folder === undefined ? '' : `, folder "${folder}"`;
      throw new RangeError(`Seed of account "${account.user}"${where}: ${text}`);
    };
    if (!store.addUser({ user: account.user, password: account.password, quota: account.quota })) {
      problem('the user appears twice');
    }
    const folders: FolderSeed[] = account.folders ?? DEFAULT_FOLDERS.map((name) => ({ name }));
    for (const folder of folders) {
      const created = store.seedFolder(account.user, folder.name, {
        uidValidity: folder.uidValidity,
        uidNext: folder.uidNext,
      });
      if (!created.ok) problem(created.error, folder.name);
      if (folder.subscribed ?? true) store.subscribe(account.user, folder.name);
      else store.unsubscribe(account.user, folder.name);
      for (const message of folder.messages ?? []) {
        const stored = store.seedMessage(account.user, folder.name, message);
        if (!stored.ok) problem(stored.error, folder.name);
      }
    }
  }
  return store;
}

import type { StateStorage } from 'zustand/middleware';

/**
 * A localStorage wrapper that never throws: private browsing, a full disk or a school's locked
 * profile must not stop the app. Unreadable storage then reads as "nothing saved".
 */
export function safeStorage(getStorage: () => Storage | undefined): StateStorage {
  return {
    getItem(name) {
      try {
        return getStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        getStorage()?.setItem(name, value);
      } catch {
        // Saving is best effort: the session goes on with what is in memory.
      }
    },
    removeItem(name) {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // Same as setItem.
      }
    },
  };
}

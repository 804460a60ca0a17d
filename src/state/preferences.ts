import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';
import { detectLanguage, isLanguage, type Language } from './language';
import { safeStorage } from './safe-storage';

/** Reduced motion: follow the system setting, or force it on or off. */
export type MotionPreference = 'system' | 'reduce' | 'full';

export interface Preferences {
  /** null until the person picks one: then the browser's language decides. */
  language: Language | null;
  motion: MotionPreference;
  projector: boolean;
}

export interface PreferencesActions {
  setLanguage(language: Language): void;
  setMotion(motion: MotionPreference): void;
  setProjector(projector: boolean): void;
}

export const PREFERENCES_KEY = 'facteur.preferences';
export const PREFERENCES_VERSION = 1;

export const defaultPreferences: Preferences = {
  language: null,
  motion: 'system',
  projector: false,
};

/**
 * Reads whatever was saved, whatever its version, and keeps only the fields that make sense:
 * a bad field falls back to its default, never the whole store.
 */
export function sanitizePreferences(saved: unknown): Preferences {
  if (typeof saved !== 'object' || saved === null) return { ...defaultPreferences };
  const record = saved as Record<string, unknown>;
  const motion = record.motion;
  return {
    language: isLanguage(record.language) ? record.language : null,
    motion: motion === 'reduce' || motion === 'full' || motion === 'system' ? motion : 'system',
    projector: record.projector === true,
  };
}

const storage: PersistStorage<Preferences> | undefined = createJSONStorage<Preferences>(() =>
  safeStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage)),
);

/** Wraps the JSON storage so that a corrupt entry reads as "nothing saved" instead of throwing. */
const tolerantStorage: PersistStorage<Preferences> = {
  getItem(name) {
    try {
      return storage?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => storage?.setItem(name, value),
  removeItem: (name) => storage?.removeItem(name),
};

export const usePreferences = create<Preferences & PreferencesActions>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setLanguage: (language) => set({ language }),
      setMotion: (motion) => set({ motion }),
      setProjector: (projector) => set({ projector }),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      storage: tolerantStorage,
      partialize: ({ language, motion, projector }) => ({ language, motion, projector }),
      // Every older (or unknown) shape goes through the same sanitiser.
      migrate: (saved) => sanitizePreferences(saved),
      merge: (saved, current) => ({ ...current, ...sanitizePreferences(saved) }),
    },
  ),
);

/** The language in force: the saved choice, else the browser's. */
export function effectiveLanguage(saved: Language | null, browser: readonly string[]): Language {
  return saved ?? detectLanguage(browser);
}

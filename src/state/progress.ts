import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { safeStorage } from './safe-storage';

/**
 * Lesson progress (DESIGN.md, state/): which lessons are done, each checkpoint's answer, and
 * the score they make. Saved in localStorage, versioned; exported to a file a teacher collects.
 */

/** One checkpoint's outcome: answered (right or wrong), or skipped. */
export interface CheckpointRecord {
  outcome: 'right' | 'wrong' | 'skipped';
}

export interface LessonRecord {
  done: boolean;
  /** By checkpoint id. */
  checkpoints: Record<string, CheckpointRecord>;
}

export interface Progress {
  /** By lesson id. */
  lessons: Record<string, LessonRecord>;
}

/** Why saved or imported progress could not all be read. */
export type ProgressProblem = 'corruptStorage' | 'partlyUnreadable';

export interface ProgressActions {
  record(lesson: string, checkpoint: string, outcome: CheckpointRecord['outcome']): void;
  finish(lesson: string): void;
  /** Clears one lesson's answers so it can be played again (it stays done). */
  replay(lesson: string): void;
  reset(): void;
  /** Adds what a file holds to what is here; nothing already here is lost. */
  merge(imported: Progress): void;
  clearProblem(): void;
}

export type ProgressStore = Progress & ProgressActions & { problem: ProgressProblem | null };

export const PROGRESS_KEY = 'facteur.progress';
/** Where unreadable saved text is kept, so a corrupt store loses nothing a person could recover. */
export const PROGRESS_BACKUP_KEY = 'facteur.progress.unreadable';
export const PROGRESS_VERSION = 1;
/** The `kind` field of an exported file, so a wrong file is named as such. */
export const PROGRESS_FILE_KIND = 'facteur-progress';

const OUTCOMES: readonly string[] = ['right', 'wrong', 'skipped'];
/** Ids are kebab-case (lesson and checkpoint ids alike). */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps every readable lesson and checkpoint entry, and counts the ones it had to drop. */
export function sanitizeProgress(saved: unknown): { progress: Progress; dropped: number } {
  const lessons: Record<string, LessonRecord> = {};
  let dropped = 0;
  const source = isRecord(saved) ? saved.lessons : undefined;
  if (!isRecord(source)) return { progress: { lessons }, dropped: saved === undefined ? 0 : 1 };
  for (const [id, entry] of Object.entries(source)) {
    if (!ID.test(id) || !isRecord(entry)) {
      dropped += 1;
      continue;
    }
    const checkpoints: Record<string, CheckpointRecord> = {};
    const rawCheckpoints = isRecord(entry.checkpoints) ? entry.checkpoints : {};
    for (const [checkpoint, record] of Object.entries(rawCheckpoints)) {
      const outcome = isRecord(record) ? record.outcome : undefined;
      if (ID.test(checkpoint) && typeof outcome === 'string' && OUTCOMES.includes(outcome)) {
        checkpoints[checkpoint] = { outcome: outcome as CheckpointRecord['outcome'] };
      } else dropped += 1;
    }
    lessons[id] = { done: entry.done === true, checkpoints };
  }
  return { progress: { lessons }, dropped };
}

/** Right answers over checkpoints answered or skipped, for one lesson or all of them. */
export function score(records: readonly LessonRecord[]): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const lesson of records) {
    for (const record of Object.values(lesson.checkpoints)) {
      total += 1;
      if (record.outcome === 'right') right += 1;
    }
  }
  return { right, total };
}

/** The text of an export file. */
export function exportProgress(progress: Progress): string {
  return `${JSON.stringify(
    { kind: PROGRESS_FILE_KIND, version: PROGRESS_VERSION, lessons: progress.lessons },
    null,
    2,
  )}\n`;
}

export type ImportResult =
  | { ok: true; progress: Progress; dropped: number }
  | { ok: false; reason: 'notJson' | 'notProgress' | 'newerVersion' };

/** Reads an export file: a file that is not one says which way it is not. */
export function importProgress(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!isRecord(parsed) || parsed.kind !== PROGRESS_FILE_KIND) {
    return { ok: false, reason: 'notProgress' };
  }
  if (typeof parsed.version !== 'number' || parsed.version > PROGRESS_VERSION) {
    return { ok: false, reason: 'newerVersion' };
  }
  return { ok: true, ...sanitizeProgress(parsed) };
}

/** Two progress records as one: a lesson done in either is done; an answer here is kept. */
export function mergeProgress(here: Progress, other: Progress): Progress {
  const lessons: Record<string, LessonRecord> = { ...here.lessons };
  for (const [id, record] of Object.entries(other.lessons)) {
    const mine = lessons[id];
    lessons[id] =
      mine === undefined
        ? record
        : {
            done: mine.done || record.done,
            checkpoints: { ...record.checkpoints, ...mine.checkpoints },
          };
  }
  return { lessons };
}

/**
 * The persisted storage: text that is not JSON is copied aside (PROGRESS_BACKUP_KEY) and read
 * as "nothing saved", and the store says so; a readable store keeps all it can read.
 */
export function progressStorage(
  getStorage: () => Storage | undefined,
  onProblem: (problem: ProgressProblem) => void,
): PersistStorage<Progress> {
  const raw = safeStorage(getStorage);
  return {
    getItem(name) {
      const text = raw.getItem(name) as string | null;
      if (text === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        raw.setItem(PROGRESS_BACKUP_KEY, text);
        onProblem('corruptStorage');
        return null;
      }
      const version = isRecord(parsed) && typeof parsed.version === 'number' ? parsed.version : 0;
      const { progress, dropped } = sanitizeProgress(isRecord(parsed) ? parsed.state : undefined);
      if (dropped > 0) {
        raw.setItem(PROGRESS_BACKUP_KEY, text);
        onProblem('partlyUnreadable');
      }
      return { state: progress, version } satisfies StorageValue<Progress>;
    },
    setItem: (name, value) => raw.setItem(name, JSON.stringify(value)),
    removeItem: (name) => raw.removeItem(name),
  };
}

function withLesson(
  lessons: Record<string, LessonRecord>,
  id: string,
  change: (record: LessonRecord) => LessonRecord,
): Record<string, LessonRecord> {
  return { ...lessons, [id]: change(lessons[id] ?? { done: false, checkpoints: {} }) };
}

export function createProgressStore(getStorage: () => Storage | undefined) {
  let found: ProgressProblem | null = null;
  const store = create<ProgressStore>()(
    persist(
      (set) => ({
        lessons: {},
        problem: null,
        record: (lesson, checkpoint, outcome) =>
          set((state) => ({
            lessons: withLesson(state.lessons, lesson, (record) => ({
              ...record,
              checkpoints: { ...record.checkpoints, [checkpoint]: { outcome } },
            })),
          })),
        finish: (lesson) =>
          set((state) => ({
            lessons: withLesson(state.lessons, lesson, (record) => ({ ...record, done: true })),
          })),
        replay: (lesson) =>
          set((state) => ({
            lessons: withLesson(state.lessons, lesson, (record) => ({
              ...record,
              checkpoints: {},
            })),
          })),
        reset: () => set({ lessons: {}, problem: null }),
        merge: (imported) => set((state) => mergeProgress(state, imported)),
        clearProblem: () => set({ problem: null }),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: progressStorage(getStorage, (problem) => {
          found = problem;
        }),
        partialize: ({ lessons }) => ({ lessons }),
        // Every older (or unknown) version goes through the same sanitiser.
        migrate: (saved) => sanitizeProgress(saved).progress,
        merge: (saved, current) => ({ ...current, ...sanitizeProgress(saved).progress }),
      },
    ),
  );
  // localStorage is synchronous: the store has read it by now.
  if (found !== null) store.setState({ problem: found });
  return store;
}

/** The app's one progress store. */
export const useProgress = createProgressStore(() =>
  typeof localStorage === 'undefined' ? undefined : localStorage,
);

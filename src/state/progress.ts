import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { safeStorage } from './safe-storage';

/**
 * Lesson and troubleshooting progress (DESIGN.md, state/): which lessons are done, each
 * checkpoint's answer, and the score they make; each broken scenario's current attempt and best
 * score. Saved in localStorage, versioned; exported to a file a teacher collects.
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

/**
 * One broken scenario: what the current attempt has cost (so a reload does not wipe the hints
 * taken) and whether it was ever solved, with the best score of a solved attempt.
 */
export interface ScenarioRecord {
  /** Hints shown in this attempt. */
  hints: number;
  /** Wrong diagnoses chosen in this attempt, by choice id. */
  wrong: string[];
  /** The right diagnosis was chosen in this attempt (the repair is open). */
  diagnosed: boolean;
  /** Re-runs in this attempt that missed the goal or broke an invariant. */
  failedRuns: number;
  solved: boolean;
  /** Out of SCENARIO_MAX_SCORE; null until solved once. */
  best: number | null;
}

export interface Progress {
  /** By lesson id. */
  lessons: Record<string, LessonRecord>;
  /** By scenario id. */
  scenarios: Record<string, ScenarioRecord>;
}

/** Why saved or imported progress could not all be read. */
export type ProgressProblem = 'corruptStorage' | 'partlyUnreadable';

export interface ProgressActions {
  revealHint(scenario: string): void;
  /** A diagnosis chosen: a wrong one is remembered (it costs points), the right one opens the repair. */
  diagnose(scenario: string, choice: string, correct: boolean): void;
  /** A re-run of the repaired world: solved (scored now) or not. */
  recordRun(scenario: string, solved: boolean): void;
  /** Starts a scenario afresh: the attempt is cleared, solved and best are kept. */
  retryScenario(scenario: string): void;
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
/** 2: scenario records were added (version 1 held lessons only, read as no scenario yet). */
export const PROGRESS_VERSION = 2;
/** The `kind` field of an exported file, so a wrong file is named as such. */
export const PROGRESS_FILE_KIND = 'facteur-progress';

const OUTCOMES: readonly string[] = ['right', 'wrong', 'skipped'];
/** Ids are kebab-case (lesson and checkpoint ids alike). */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a scenario starts with, and the attempt part a retry clears. */
const FRESH_ATTEMPT = { hints: 0, wrong: [], diagnosed: false, failedRuns: 0 } as const;
const FRESH_SCENARIO: ScenarioRecord = { ...FRESH_ATTEMPT, wrong: [], solved: false, best: null };

/** Points of a scenario solved without help; what each kind of help or miss costs. */
export const SCENARIO_MAX_SCORE = 100;
export const SCENARIO_COSTS = { hint: 15, wrongDiagnosis: 10, failedRun: 5 } as const;
/** A solved scenario is worth this much, however it went: solving it is what counts most. */
export const SCENARIO_MIN_SCORE = 10;

/** The score the current attempt is worth if the next re-run solves it. */
export function scenarioScore(
  record: Pick<ScenarioRecord, 'hints' | 'wrong' | 'failedRuns'>,
): number {
  const cost =
    record.hints * SCENARIO_COSTS.hint +
    record.wrong.length * SCENARIO_COSTS.wrongDiagnosis +
    record.failedRuns * SCENARIO_COSTS.failedRun;
  return Math.max(SCENARIO_MIN_SCORE, SCENARIO_MAX_SCORE - cost);
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** One saved scenario record, or null when any field is not what this version writes. */
function readScenario(entry: unknown): ScenarioRecord | null {
  if (!isRecord(entry)) return null;
  const { hints, wrong, diagnosed, failedRuns, solved, best } = entry;
  if (!isCount(hints, 20) || !isCount(failedRuns, 10_000)) return null;
  if (!Array.isArray(wrong) || wrong.length > 20) return null;
  if (!wrong.every((id): id is string => typeof id === 'string' && ID.test(id))) return null;
  if (typeof diagnosed !== 'boolean' || typeof solved !== 'boolean') return null;
  if (best !== null && !isCount(best, SCENARIO_MAX_SCORE)) return null;
  return { hints, wrong: [...wrong], diagnosed, failedRuns, solved, best };
}

function sanitizeScenarios(source: unknown): {
  scenarios: Record<string, ScenarioRecord>;
  dropped: number;
} {
  const scenarios: Record<string, ScenarioRecord> = {};
  // Version 1 had no scenarios: nothing to read is not something lost.
  if (source === undefined) return { scenarios, dropped: 0 };
  if (!isRecord(source)) return { scenarios, dropped: 1 };
  let dropped = 0;
  for (const [id, entry] of Object.entries(source)) {
    const record = ID.test(id) ? readScenario(entry) : null;
    if (record === null) dropped += 1;
    else scenarios[id] = record;
  }
  return { scenarios, dropped };
}

/** Keeps every readable lesson and checkpoint entry, and counts the ones it had to drop. */
export function sanitizeProgress(saved: unknown): { progress: Progress; dropped: number } {
  const lessons: Record<string, LessonRecord> = {};
  let dropped = 0;
  const source = isRecord(saved) ? saved.lessons : undefined;
  if (!isRecord(source))
    return { progress: { lessons, scenarios: {} }, dropped: saved === undefined ? 0 : 1 };
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
  const read = sanitizeScenarios(isRecord(saved) ? saved.scenarios : undefined);
  return { progress: { lessons, scenarios: read.scenarios }, dropped: dropped + read.dropped };
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
    {
      kind: PROGRESS_FILE_KIND,
      version: PROGRESS_VERSION,
      lessons: progress.lessons,
      scenarios: progress.scenarios,
    },
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

/**
 * Two progress records as one: a lesson done in either is done; an answer here is kept; a
 * scenario solved in either is solved, with the better score, and the attempt here is kept.
 */
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
  const scenarios: Record<string, ScenarioRecord> = { ...here.scenarios };
  for (const [id, record] of Object.entries(other.scenarios)) {
    const mine = scenarios[id];
    if (mine === undefined) {
      scenarios[id] = record;
      continue;
    }
    const bests = [mine.best, record.best].filter((best): best is number => best !== null);
    scenarios[id] = {
      ...mine,
      solved: mine.solved || record.solved,
      best: bests.length === 0 ? null : Math.max(...bests),
    };
  }
  return { lessons, scenarios };
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

function withScenario(
  scenarios: Record<string, ScenarioRecord>,
  id: string,
  change: (record: ScenarioRecord) => ScenarioRecord,
): Record<string, ScenarioRecord> {
  return { ...scenarios, [id]: change(scenarios[id] ?? FRESH_SCENARIO) };
}

export function createProgressStore(getStorage: () => Storage | undefined) {
  let found: ProgressProblem | null = null;
  const store = create<ProgressStore>()(
    persist(
      (set) => ({
        lessons: {},
        scenarios: {},
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
        revealHint: (scenario) =>
          set((state) => ({
            scenarios: withScenario(state.scenarios, scenario, (record) => ({
              ...record,
              hints: record.hints + 1,
            })),
          })),
        diagnose: (scenario, choice, correct) =>
          set((state) => ({
            scenarios: withScenario(state.scenarios, scenario, (record) => ({
              ...record,
              diagnosed: record.diagnosed || correct,
              wrong:
                correct || record.wrong.includes(choice) ? record.wrong : [...record.wrong, choice],
            })),
          })),
        recordRun: (scenario, solved) =>
          set((state) => ({
            scenarios: withScenario(state.scenarios, scenario, (record) =>
              solved
                ? {
                    ...record,
                    solved: true,
                    best: Math.max(record.best ?? 0, scenarioScore(record)),
                  }
                : { ...record, failedRuns: record.failedRuns + 1 },
            ),
          })),
        retryScenario: (scenario) =>
          set((state) => ({
            scenarios: withScenario(state.scenarios, scenario, (record) => ({
              ...record,
              ...FRESH_ATTEMPT,
              wrong: [],
            })),
          })),
        reset: () => set({ lessons: {}, scenarios: {}, problem: null }),
        merge: (imported) => set((state) => mergeProgress(state, imported)),
        clearProblem: () => set({ problem: null }),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: progressStorage(getStorage, (problem) => {
          found = problem;
        }),
        partialize: ({ lessons, scenarios }) => ({ lessons, scenarios }),
        // Every older (or unknown) version goes through the same sanitiser: version 1's lessons
        // are kept as they are, and it had no scenarios.
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

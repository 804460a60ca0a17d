import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  createProgressStore,
  exportProgress,
  importProgress,
  mergeProgress,
  sanitizeProgress,
  scenarioScore,
  score,
  SCENARIO_COSTS,
  SCENARIO_MAX_SCORE,
  SCENARIO_MIN_SCORE,
} from '../../src/state/progress';

/** An in-memory localStorage. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const saved = (state: unknown, version = PROGRESS_VERSION) => JSON.stringify({ state, version });

describe('the progress store', () => {
  it('records answers, finishes a lesson, and saves under its key with its version', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().record('journey', 'greeting', 'wrong');
    store.getState().record('journey', 'hops', 'right');
    store.getState().finish('journey');
    const written = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as {
      state: unknown;
      version: number;
    };
    expect(written).toEqual({
      version: PROGRESS_VERSION,
      state: {
        lessons: {
          journey: {
            done: true,
            checkpoints: { greeting: { outcome: 'wrong' }, hops: { outcome: 'right' } },
          },
        },
        scenarios: {},
      },
    });
    expect(score(Object.values(store.getState().lessons))).toEqual({ right: 1, total: 2 });
  });

  it('reads back what it saved (a reload finds the progress)', () => {
    const storage = memoryStorage();
    createProgressStore(() => storage)
      .getState()
      .record('auth', 'decode-plain', 'right');
    const again = createProgressStore(() => storage);
    expect(again.getState().lessons.auth?.checkpoints['decode-plain']).toEqual({
      outcome: 'right',
    });
    expect(again.getState().problem).toBeNull();
  });

  it('keeps unreadable saved text aside, says so, and starts empty', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"state": {"lessons"' });
    const store = createProgressStore(() => storage);
    expect(store.getState().problem).toBe('corruptStorage');
    expect(store.getState().lessons).toEqual({});
    expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe('{"state": {"lessons"');
  });

  it('keeps every readable entry of a damaged store, and a copy of the whole', () => {
    const text = saved({
      lessons: {
        journey: { done: true, checkpoints: { greeting: { outcome: 'right' }, hops: 'x' } },
        'Bad Id!': { done: true, checkpoints: {} },
        auth: 42,
      },
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: text });
    const store = createProgressStore(() => storage);
    expect(store.getState().problem).toBe('partlyUnreadable');
    expect(store.getState().lessons).toEqual({
      journey: { done: true, checkpoints: { greeting: { outcome: 'right' } } },
    });
    expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe(text);
  });

  it('migrates an older version through the sanitiser', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: saved({ lessons: { journey: { done: true, checkpoints: {} } } }, 0),
    });
    const store = createProgressStore(() => storage);
    expect(store.getState().lessons).toEqual({ journey: { done: true, checkpoints: {} } });
    expect(store.getState().problem).toBeNull();
  });

  it('migrates version 1 (lessons only) to version 2, keeping every lesson answer', () => {
    const lessons = {
      journey: { done: true, checkpoints: { greeting: { outcome: 'right' } } },
      auth: { done: false, checkpoints: { 'decode-plain': { outcome: 'skipped' } } },
    };
    const storage = memoryStorage({ [PROGRESS_KEY]: saved({ lessons }, 1) });
    const store = createProgressStore(() => storage);
    expect(store.getState().lessons).toEqual(lessons);
    expect(store.getState().scenarios).toEqual({});
    expect(store.getState().problem).toBeNull();
    store.getState().revealHint('wrong-password');
    const written = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as {
      state: { lessons: unknown };
      version: number;
    };
    expect(written.version).toBe(2);
    expect(written.state.lessons).toEqual(lessons);
  });

  it('works without any storage (a locked school profile)', () => {
    const store = createProgressStore(() => undefined);
    store.getState().record('journey', 'greeting', 'skipped');
    expect(store.getState().lessons.journey?.checkpoints.greeting).toEqual({ outcome: 'skipped' });
  });

  it('clears one lesson’s answers on replay, keeping it done, and everything on reset', () => {
    const store = createProgressStore(() => memoryStorage());
    store.getState().record('journey', 'greeting', 'right');
    store.getState().finish('journey');
    store.getState().replay('journey');
    expect(store.getState().lessons.journey).toEqual({ done: true, checkpoints: {} });
    store.getState().reset();
    expect(store.getState().lessons).toEqual({});
  });
});

describe('scenario records', () => {
  it('costs points for each hint, wrong diagnosis and failed re-run, and scores the solve', () => {
    const store = createProgressStore(() => memoryStorage());
    const { revealHint, diagnose, recordRun } = store.getState();
    revealHint('spf-fail');
    diagnose('spf-fail', 'dns-down', false);
    diagnose('spf-fail', 'dns-down', false);
    diagnose('spf-fail', 'spf-record', true);
    recordRun('spf-fail', false);
    recordRun('spf-fail', true);
    expect(store.getState().scenarios['spf-fail']).toEqual({
      hints: 1,
      wrong: ['dns-down'],
      diagnosed: true,
      failedRuns: 1,
      solved: true,
      best:
        SCENARIO_MAX_SCORE -
        SCENARIO_COSTS.hint -
        SCENARIO_COSTS.wrongDiagnosis -
        SCENARIO_COSTS.failedRun,
    });
  });

  it('never scores a solved scenario below the minimum', () => {
    expect(scenarioScore({ hints: 3, wrong: ['a', 'b', 'c'], failedRuns: 9 })).toBe(
      SCENARIO_MIN_SCORE,
    );
    expect(scenarioScore({ hints: 0, wrong: [], failedRuns: 0 })).toBe(SCENARIO_MAX_SCORE);
  });

  it('clears the attempt on retry but keeps the best score, and a worse solve does not lower it', () => {
    const store = createProgressStore(() => memoryStorage());
    store.getState().diagnose('mx-down', 'unreachable', true);
    store.getState().recordRun('mx-down', true);
    store.getState().retryScenario('mx-down');
    expect(store.getState().scenarios['mx-down']).toEqual({
      hints: 0,
      wrong: [],
      diagnosed: false,
      failedRuns: 0,
      solved: true,
      best: SCENARIO_MAX_SCORE,
    });
    store.getState().revealHint('mx-down');
    store.getState().recordRun('mx-down', true);
    expect(store.getState().scenarios['mx-down']?.best).toBe(SCENARIO_MAX_SCORE);
  });

  it('keeps the hints taken across a reload', () => {
    const storage = memoryStorage();
    createProgressStore(() => storage)
      .getState()
      .revealHint('greylisting');
    expect(createProgressStore(() => storage).getState().scenarios.greylisting?.hints).toBe(1);
  });

  it('exports scenarios with the lessons and reads them back; drops a damaged record', () => {
    const progress = {
      lessons: {},
      scenarios: {
        'mx-down': {
          hints: 2,
          wrong: ['dns'],
          diagnosed: true,
          failedRuns: 0,
          solved: true,
          best: 60,
        },
      },
    };
    expect(importProgress(exportProgress(progress))).toEqual({ ok: true, progress, dropped: 0 });
    const damaged = JSON.stringify({
      kind: 'facteur-progress',
      version: 2,
      lessons: {},
      scenarios: { ...progress.scenarios, 'spf-fail': { hints: -1 }, 'Bad!': {} },
    });
    expect(importProgress(damaged)).toEqual({ ok: true, progress, dropped: 2 });
  });

  it('merges scenarios: solved in either is solved, with the better score', () => {
    const record = { hints: 0, wrong: [], diagnosed: false, failedRuns: 0 };
    const here = {
      lessons: {},
      scenarios: { 'mx-down': { ...record, hints: 1, solved: false, best: null } },
    };
    const file = {
      lessons: {},
      scenarios: {
        'mx-down': { ...record, solved: true, best: 70 },
        'spf-fail': { ...record, solved: true, best: 40 },
      },
    };
    expect(mergeProgress(here, file)).toEqual({
      lessons: {},
      scenarios: {
        'mx-down': { ...record, hints: 1, solved: true, best: 70 },
        'spf-fail': { ...record, solved: true, best: 40 },
      },
    });
  });
});

describe('progress files', () => {
  const progress = {
    lessons: {
      journey: { done: true, checkpoints: { greeting: { outcome: 'wrong' as const } } },
    },
    scenarios: {},
  };

  it('reads back a file it wrote', () => {
    expect(importProgress(exportProgress(progress))).toEqual({ ok: true, progress, dropped: 0 });
  });

  it('names a file that is not JSON', () => {
    expect(importProgress('lesson 1: done')).toEqual({ ok: false, reason: 'notJson' });
  });

  it('names a JSON file that is not a progress file', () => {
    expect(importProgress('{"hello": 1}')).toEqual({ ok: false, reason: 'notProgress' });
    expect(importProgress('[1, 2]')).toEqual({ ok: false, reason: 'notProgress' });
  });

  it('refuses a file from a newer version rather than misread it', () => {
    const file = JSON.stringify({ kind: 'facteur-progress', version: PROGRESS_VERSION + 1 });
    expect(importProgress(file)).toEqual({ ok: false, reason: 'newerVersion' });
  });

  it('keeps the readable entries of a damaged file and counts the others', () => {
    const file = JSON.stringify({
      kind: 'facteur-progress',
      version: 1,
      lessons: {
        journey: { done: true, checkpoints: { greeting: { outcome: 'maybe' } } },
        auth: { done: false, checkpoints: { 'decode-plain': { outcome: 'right' } } },
        '../etc': {},
      },
    });
    expect(importProgress(file)).toEqual({
      ok: true,
      dropped: 2,
      progress: {
        lessons: {
          journey: { done: true, checkpoints: {} },
          auth: { done: false, checkpoints: { 'decode-plain': { outcome: 'right' } } },
        },
        scenarios: {},
      },
    });
  });

  it('merges a file into what is here without losing an answer', () => {
    const here = {
      lessons: {
        journey: { done: false, checkpoints: { greeting: { outcome: 'right' as const } } },
      },
      scenarios: {},
    };
    expect(mergeProgress(here, progress)).toEqual({
      lessons: { journey: { done: true, checkpoints: { greeting: { outcome: 'right' } } } },
      scenarios: {},
    });
  });

  it('reads nothing from a value that is not progress at all', () => {
    expect(sanitizeProgress(null)).toEqual({
      progress: { lessons: {}, scenarios: {} },
      dropped: 1,
    });
    expect(sanitizeProgress(undefined)).toEqual({
      progress: { lessons: {}, scenarios: {} },
      dropped: 0,
    });
  });
});

import type { Timeline } from '../../world/timeline/step';

/**
 * Derived data computed once per timeline, so a view pays O(1) per cursor instead of rereading
 * every step up to it. Entries are keyed by the timeline array itself and rebuilt when its length
 * changes: a sandbox may append to the array it already handed over.
 */
export function perTimeline<T>(build: (timeline: Timeline) => T): (timeline: Timeline) => T {
  const cache = new WeakMap<Timeline, { length: number; value: T }>();
  return (timeline) => {
    const hit = cache.get(timeline);
    if (hit !== undefined && hit.length === timeline.length) return hit.value;
    const value = build(timeline);
    cache.set(timeline, { length: timeline.length, value });
    return value;
  };
}

/** Like `perTimeline`, for data that also depends on one key (a host, a message id). */
export function perTimelineAndKey<T>(
  build: (timeline: Timeline, key: string) => T,
): (timeline: Timeline, key: string) => T {
  const byTimeline = perTimeline(() => new Map<string, T>());
  return (timeline, key) => {
    const entries = byTimeline(timeline);
    if (entries.has(key)) return entries.get(key) as T;
    const value = build(timeline, key);
    entries.set(key, value);
    return value;
  };
}

/**
 * What a fold over the timeline holds after the step at `cursor`: `before` ahead of the first
 * step (a negative cursor, an empty timeline), the last value past the end.
 */
export function atCursor<T>(after: readonly T[], cursor: number, before: T): T {
  if (after.length === 0 || cursor < 0) return before;
  return after[Math.min(Math.trunc(cursor), after.length - 1)] as T;
}

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { afterPaint } from './after-paint';
import { RowHeights } from './row-heights';

/**
 * Rows are kept in the DOM this far above and below the visible part of the list. Not less: at
 * a third of a screen, a row reached by Tab near the window's edge could leave the DOM with the
 * focus as the list scrolled to it (lesson 1's keyboard test lost it one run in two).
 */
const OVERSCAN_PX = 600;
/** The list's height before it is measured (and where nothing is laid out, as in jsdom). */
const UNMEASURED_VIEWPORT_PX = 600;
/** Rows left above the window this far are removed after the paint, not during the step. */
const TRIM_LATER_ROWS = 16;
/** A focused row stays in the DOM while it is no more rows than this from the window. */
const KEPT_FOCUS_ROWS = 200;

export interface RowWindow {
  /** The rows to render, from `start` to `end` (excluded). */
  start: number;
  end: number;
  /** The room taken by the rows left out above and below, in px. */
  above: number;
  below: number;
  heights: RowHeights;
  /** A stable ref callback for every rendered row element; it carries its row in `data-row`. */
  measure: (node: HTMLElement | null) => (() => void) | undefined;
  onScroll(): void;
  onFocus(event: { target: EventTarget | null }): void;
  onBlur(event: { currentTarget: Element; relatedTarget: EventTarget | null }): void;
}

function rowOf(target: EventTarget | null): number | null {
  if (!(target instanceof HTMLElement)) return null;
  const row = target.closest<HTMLElement>('[data-row]')?.dataset.row;
  return row === undefined ? null : Number(row);
}

/**
 * A window over a long list anchored at its end, like a chat log: the scroller's CSS keeps the
 * last row in view as rows are added (flex-direction: column-reverse), so following the
 * newest row needs no scrolling and no layout read. Only the rows near the visible part are
 * rendered; the others are reserved space, their heights measured once seen (ResizeObserver,
 * after layout) or estimated. `follow` changes when the list's end moves: a list scrolled
 * away goes back to its end.
 */
export function useRowWindow({
  box,
  count,
  estimate,
  follow,
  smooth,
}: {
  box: RefObject<HTMLElement | null>;
  count: number;
  /** A row's height until it is measured; a new function (new rows) forgets the old heights. */
  estimate: (row: number) => number;
  follow: unknown;
  smooth: boolean;
}): RowWindow {
  const heights = useMemo(() => new RowHeights(estimate), [estimate]);
  const [viewport, setViewport] = useState(UNMEASURED_VIEWPORT_PX);
  /**
   * How far the view is from the list's end, in px, as last rendered, and the end it was
   * measured from: once the end moves, the distance is 0 (the end is rendered now, the
   * scroller gets there in the effect below) without a second render of the list.
   */
  const [fromEnd, setFromEnd] = useState({ distance: 0, follow });
  const scrolled = useRef(0);
  const [focused, setFocused] = useState<number | null>(null);
  const distance = Object.is(fromEnd.follow, follow) ? fromEnd.distance : 0;

  const total = heights.offset(count);
  const wanted = heights.rowAt(Math.max(0, total - distance - viewport - OVERSCAN_PX), count);
  // The first row as the window was last painted. Rows that leave the window's top as the list
  // grows are out of sight, and removing them (a dozen elements each) cost the step that added
  // a line: they go once that step is painted. Rows above come at once, and so does a far jump.
  const [kept, setKept] = useState(wanted);
  if (kept !== wanted && (kept > wanted || wanted - kept > TRIM_LATER_ROWS)) setKept(wanted);
  let start = Math.min(kept, wanted);
  let end = Math.min(count, heights.rowAt(total - distance + OVERSCAN_PX, count) + 1);
  if (focused !== null && focused < count) {
    if (focused < start && start - focused <= KEPT_FOCUS_ROWS) start = focused;
    if (focused >= end && focused - end < KEPT_FOCUS_ROWS) end = focused + 1;
  }
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : // Only rows in the window are measured: the space kept above and below it, read
          // from the rows out of it, stays right without a new render.
          new ResizeObserver((entries) => {
            for (const entry of entries) {
              const node = entry.target as HTMLElement;
              const size = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
              if (node.isConnected) heights.measure(Number(node.dataset.row), size);
            }
          }),
    [heights],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (node: HTMLElement | null) => {
      if (node === null || observer === null) return undefined;
      observer.observe(node);
      return () => observer.unobserve(node);
    },
    [observer],
  );

  useEffect(() => {
    if (kept >= wanted) return;
    return afterPaint(() => setKept(wanted));
  }, [kept, wanted]);

  useEffect(() => {
    const node = box.current;
    if (node === null || typeof ResizeObserver === 'undefined') return;
    const resize = new ResizeObserver((entries) => {
      const height = entries.at(-1)?.contentRect.height;
      if (height !== undefined && height > 0) setViewport(height);
    });
    resize.observe(node);
    return () => resize.disconnect();
  }, [box]);

  useEffect(() => {
    // Only a list scrolled away from its end is moved back: at its end, CSS keeps it there.
    if (scrolled.current < 1) return;
    scrolled.current = 0;
    box.current?.scrollTo?.({ top: 0, behavior: smooth ? 'smooth' : 'auto' });
  }, [box, follow, smooth]);

  const onScroll = () => {
    const node = box.current;
    if (node === null) return;
    // In a column-reverse scroller, 0 is the end and scrolling back goes negative.
    const distance = Math.max(0, -node.scrollTop);
    scrolled.current = distance;
    setFromEnd((last) =>
      // A distance measured from an end that has moved is forgotten: that end may come back.
      !Object.is(last.follow, follow) || Math.abs(distance - last.distance) > OVERSCAN_PX / 3
        ? { distance, follow }
        : last,
    );
  };
  const onFocus = (event: { target: EventTarget | null }) => setFocused(rowOf(event.target));
  const onBlur = (event: { currentTarget: Element; relatedTarget: EventTarget | null }) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !event.currentTarget.contains(to)) setFocused(null);
  };

  return {
    start,
    end,
    above: heights.offset(start),
    below: total - heights.offset(end),
    heights,
    measure,
    onScroll,
    onFocus,
    onBlur,
  };
}

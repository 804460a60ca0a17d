import { useEffect, useState } from 'react';
import { usePlayback } from '../../state/playback';

/** Runs `work` once the next frame is painted (after a task where there are no frames: jsdom). */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue = () => {
    timer = setTimeout(work, 0);
  };
  if (typeof requestAnimationFrame !== 'function') {
    queue();
    return () => clearTimeout(timer);
  }
  // A frame callback runs just before the paint; the task it queues runs after it.
  const frame = requestAnimationFrame(queue);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The playback cursor, once the frame that shows it is painted: for what nobody looks at in
 * that frame (a live region's sentence). The store is followed outside React, so a step does not
 * render the caller with it; steps faster than frames are skipped, only the last one is kept.
 */
export function useCursorAfterPaint(): number {
  const [cursor, setCursor] = useState(() => usePlayback.getState().cursor);
  useEffect(() => {
    let cancel = () => {};
    const follow = () => {
      cancel();
      cancel = afterPaint(() => setCursor(usePlayback.getState().cursor));
    };
    // A step taken between the first render and this effect is caught up with.
    follow();
    const unsubscribe = usePlayback.subscribe((state, previous) => {
      if (state.cursor !== previous.cursor) follow();
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, []);
  return cursor;
}

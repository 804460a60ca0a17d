import { useEffect, useState } from 'react';

/**
 * `value`, once the frame that shows its change is painted: for what nobody looks at in that
 * frame (a live region's sentence). Values that follow one another faster than frames are
 * skipped, only the last one is kept. Where there are no frames (jsdom), after a task.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = setTimeout(() => setShown(() => value), 0);
    };
    if (typeof requestAnimationFrame !== 'function') {
      show();
      return () => clearTimeout(timer);
    }
    // A frame callback runs just before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(show);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

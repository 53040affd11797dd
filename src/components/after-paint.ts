import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `work` in a task after the next frame has painted, as a transition (React renders it in slices);
 * returns a function that cancels it. A frame, then a task: whatever is on the page now paints first.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => startTransition(work));
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, but only once the page has painted after it changed: `initial` (or the value before) until then.
 * For the costly part of a screen that follows a click, so the click's own answer paints at once.
 */
export function useValueAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(value));
  }, [value, shown]);
  return shown;
}

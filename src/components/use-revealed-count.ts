import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-paint';

/**
 * How many of a page's `total` parts to show: `first` at once, then one more after each paint, so a long
 * page arrives in pieces that each render and lay out in a short task instead of one long one. Before
 * printing, all of them at once, so a printout is never cut short.
 */
export function useRevealedCount(total: number, first: number): number {
  const [count, setCount] = useState(first);
  const complete = count >= total;
  useEffect(() => {
    if (complete) return;
    return afterNextPaint(() => setCount((shown) => shown + 1));
  }, [count, complete]);
  useEffect(() => {
    if (complete) return;
    const showAll = () => flushSync(() => setCount(total));
    addEventListener('beforeprint', showAll);
    return () => removeEventListener('beforeprint', showAll);
  }, [complete, total]);
  return Math.min(count, total);
}

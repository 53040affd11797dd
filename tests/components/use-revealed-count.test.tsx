// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRevealedCount } from '../../src/components/use-revealed-count';

afterEach(cleanup);

describe('revealing a long page part by part', () => {
  it('shows the first parts at once, then one more after each paint, up to the total', async () => {
    const seen: number[] = [];
    renderHook(() => {
      const shown = useRevealedCount(5, 2);
      seen.push(shown);
      return shown;
    });
    expect(seen[0]).toBe(2);
    await waitFor(() => expect(seen.at(-1)).toBe(5));
    // Never skips a part and never goes past the total.
    expect([...new Set(seen)]).toEqual([2, 3, 4, 5]);
  });

  it('goes on when the total grows, and shows no more than a total that shrinks', async () => {
    const { result, rerender } = renderHook(({ total }) => useRevealedCount(total, 1), {
      initialProps: { total: 2 },
    });
    await waitFor(() => expect(result.current).toBe(2));
    rerender({ total: 4 });
    await waitFor(() => expect(result.current).toBe(4));
    rerender({ total: 3 });
    expect(result.current).toBe(3);
  });

  it('shows everything at once before printing', () => {
    const { result } = renderHook(() => useRevealedCount(12, 1));
    expect(result.current).toBe(1);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current).toBe(12);
  });
});

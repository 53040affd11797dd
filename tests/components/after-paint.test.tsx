// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useValueAfterPaint } from '../../src/components/after-paint';

afterEach(cleanup);

describe('work after the next paint', () => {
  it('runs after a frame, and not at all once cancelled', async () => {
    const done = vi.fn();
    afterNextPaint(done);
    const cancelled = vi.fn();
    afterNextPaint(cancelled)();
    expect(done).not.toHaveBeenCalled();
    await waitFor(() => expect(done).toHaveBeenCalledOnce());
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('keeps the value shown until the page has painted, then shows the newest', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, 'painted first'), {
      initialProps: { value: 'one' },
    });
    expect(result.current).toBe('painted first');
    await waitFor(() => expect(result.current).toBe('one'));
    rerender({ value: 'two' });
    rerender({ value: 'three' });
    expect(result.current).toBe('one');
    await waitFor(() => expect(result.current).toBe('three'));
  });
});

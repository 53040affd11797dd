// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutWhenIdle } from '../../src/components/lay-out-ahead';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** An element hidden as React's Activity hides one, and the display it had each time it was laid out. */
function hiddenElement() {
  const element = document.createElement('form');
  element.style.setProperty('display', 'none', 'important');
  document.body.append(element);
  const displayWhenLaidOut: string[] = [];
  vi.spyOn(element, 'getBoundingClientRect').mockImplementation(() => {
    displayWhenLaidOut.push(element.style.display);
    return new DOMRect();
  });
  return { element, displayWhenLaidOut };
}

describe('laying out a hidden element ahead of its reveal', () => {
  it('lays it out shown once the page is idle, then hides it again exactly as it was', () => {
    vi.useFakeTimers();
    const { element, displayWhenLaidOut } = hiddenElement();
    layOutWhenIdle(() => element);
    expect(displayWhenLaidOut).toEqual([]);
    vi.runAllTimers();
    expect(displayWhenLaidOut).toEqual(['']);
    expect(element.style.getPropertyValue('display')).toBe('none');
    expect(element.style.getPropertyPriority('display')).toBe('important');
  });

  it('looks again while the element is not there yet, and gives up after ten looks', () => {
    vi.useFakeTimers();
    const { element, displayWhenLaidOut } = hiddenElement();
    let looks = 0;
    layOutWhenIdle(() => (++looks < 3 ? null : element));
    vi.runAllTimers();
    expect(looks).toBe(3);
    expect(displayWhenLaidOut).toEqual(['']);

    const never = vi.fn(() => null);
    layOutWhenIdle(never);
    vi.runAllTimers();
    expect(never).toHaveBeenCalledTimes(10);
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    const { element, displayWhenLaidOut } = hiddenElement();
    const find = vi.fn(() => element);
    layOutWhenIdle(find)();
    vi.runAllTimers();
    expect(find).not.toHaveBeenCalled();
    expect(displayWhenLaidOut).toEqual([]);
  });
});

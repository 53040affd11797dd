import type { Page } from '@playwright/test';

/*
 * A wizard embedded in a docs page must not push the page's own content around (design.md: a good citizen
 * of the host page). A click inside a cross-origin frame is no input to the host page, so every shift the
 * wizard causes counts against the page's Cumulative Layout Shift, however it was caused.
 */

interface Shift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  /** Whether something it moved is a wizard or comes after one on the page: what a wizard can push. */
  nearWizard: boolean;
}

/** Records the host page's layout shifts from its first frame on; call before the page is opened. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { shifts: Shift[] }).shifts = shifts;
    const pushable = (node: Node | null) =>
      [...document.querySelectorAll('[data-slm-or-llm]')].some(
        (wizard) =>
          node &&
          (wizard.contains(node) || wizard.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (Shift & { sources: { node: Node | null }[] })[])
        shifts.push({
          value: entry.value,
          startTime: entry.startTime,
          hadRecentInput: entry.hadRecentInput,
          nearWizard: entry.sources.some((source) => pushable(source.node)),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts the host page has had so far, in order. */
export const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);

/** Cumulative Layout Shift as Chromium's metric counts it: the worst session window of shifts. */
export function cumulativeLayoutShift(shifts: Shift[]) {
  let worst = 0;
  let window = 0;
  let windowStart = 0;
  let previous = 0;
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    const sameWindow =
      window > 0 && shift.startTime - previous < 1000 && shift.startTime - windowStart < 5000;
    if (sameWindow) window += shift.value;
    else [window, windowStart] = [shift.value, shift.startTime];
    previous = shift.startTime;
    worst = Math.max(worst, window);
  }
  return worst;
}

/** Waits until whatever the app inside reports about its height once it runs has landed on the host. */
export async function settled(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
}

/**
 * An init script for any browser driver: records where the paragraph below the wizard (#after) is on the
 * page, on every frame from the first one it is in. Firefox and WebKit have no layout-shift observer, so
 * this is how they show that nothing moved.
 */
export function sampleTopBelowWizard() {
  const tops: number[] = [];
  (window as unknown as { tops: number[] }).tops = tops;
  const sample = () => {
    const after = document.getElementById('after');
    if (after) tops.push(Math.round(after.getBoundingClientRect().top + scrollY));
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** The positions sampleTopBelowWizard has recorded so far, read in the page. */
export const sampledTops = () => (window as unknown as { tops: number[] }).tops;

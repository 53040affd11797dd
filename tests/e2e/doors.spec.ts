import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

// Every door paints its own screen from the page's HTML before the app has loaded (src/first-paint.ts),
// and the app then renders the same screen in place: no door shows one screen and swaps in another.
const RESULT = 'r/hybrid/#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled';
const QUESTION = '#task=simple&step=run';
const blockApp = (page: Page) => page.route(/\/assets\/main-[^/]*\.js$/, () => undefined);

/** The layout shifts the page has recorded since it started, summed as CLS counts them (no input here). */
const shiftSoFar = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no entry at all: nothing has shifted
      }),
  );

test.describe('before the app has loaded', () => {
  test.beforeEach(({ page }) => blockApp(page));

  test('a result link shows its verdict’s headline, and no footer that the result would push down', async ({
    page,
  }) => {
    await page.goto(`./${RESULT}`);
    const headline = page.locator('[data-verdict]');
    await expect(headline).toHaveAttribute('data-verdict', 'hybrid');
    await expect(headline.getByRole('heading', { level: 1 })).toHaveText(
      'Hybrid: a small model for routine work, a large one for the rest',
    );
    await expect(headline).toContainText('A mix of routine and open-ended work needs a hybrid');
    await expect(page.locator('footer')).toBeHidden();
  });

  test('a question link shows its question', async ({ page }) => {
    await page.goto(`./${QUESTION}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where must it run?');
    await expect(page.getByText('Question 2 of 5')).toBeVisible();
    // Its form waits for the app: a Next before then submits nothing (and breaks no policy).
    const address = page.url();
    await page.getByRole('radio', { name: /either/i }).check();
    await page.getByRole('button', { name: /next/i }).click();
    await page.waitForTimeout(300);
    expect(page.url()).toBe(address);
  });

  test('a result link shows the verdict its answers give, whatever page it is on', async ({ page }) => {
    await page.goto('./r/llm/#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'slm');
  });

  test('a link the page cannot paint keeps the start screen for the app to replace', async ({ page }) => {
    await page.goto('./#v=1&task=moon&task=sun');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLM or LLM?');
    await page.goto('./#v=1&task=simple&run=device&speed=instant&budget=low&privacy=%22%5D');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLM or LLM?');
  });
});

for (const [door, path, heading, adopted] of [
  ['result link', RESULT, 'Hybrid: a small model for routine work, a large one for the rest', false],
  ['question link', QUESTION, 'Where must it run?', true],
  ['embedded start', '?embed=1', 'SLM or LLM?', true],
  ['start page', '', 'SLM or LLM?', true],
] as const) {
  test(`the ${door} paints its screen first, and the app takes over without moving it`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // The first heading the page paints, kept to compare with the app's once it has loaded.
    await page.addInitScript(() =>
      requestAnimationFrame(() => {
        (window as unknown as { firstHeading?: Element | null }).firstHeading =
          document.querySelector('main h1');
      }),
    );
    await open(page, `./${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForTimeout(300); // the on-demand parts below the headline arrive
    const first = await page.evaluate(() => {
      const painted = (window as unknown as { firstHeading?: Element | null }).firstHeading;
      return { text: painted?.textContent, same: painted === document.querySelector('main h1') };
    });
    expect(first.text).toBe(heading);
    // The app adopts (hydrates) the painted screen where it is its own markup, instead of repainting it.
    expect(first.same).toBe(adopted);
    expect(await shiftSoFar(page)).toBeLessThanOrEqual(0.01);
  });
}

test('the start page keeps the question Start reveals out of sight, and still, until Start', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, './');
  // The first question is rendered and laid out behind the start screen once the page is idle.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLM or LLM?');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What kind of task will the model do?' })).toHaveCount(0);
  expect(await shiftSoFar(page)).toBeLessThanOrEqual(0.01);
  await page.getByRole('link', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
  ).toBeFocused();
  await expect(page.getByRole('radio')).toHaveCount(3);
});

test.describe('a part of the result whose file is gone', () => {
  // A page kept from an earlier deployment names files that deployment removed; here the server loses one.
  test.use({
    expectedConsole: {
      patterns: [
        /Failed to load resource: the server responded with a status of 404/,
        /^Part of the page could not be loaded\./,
      ],
    },
  });

  test('says so on the page, and the rest of the result still arrives', async ({ page }) => {
    await page.route(/\/assets\/experiment-sections-[^/]*\.js$/, (route) => route.fulfill({ status: 404 }));
    await open(page, `./${RESULT}`);
    await expect(page.getByRole('alert')).toHaveText(
      'Part of this page could not be loaded. Reload the page to try again.',
    );
    await expect(page.getByRole('region', { name: 'Share and export' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cost and speed at your traffic' })).toHaveCount(0);
    await expect(page.locator('footer')).toBeVisible();
  });
});

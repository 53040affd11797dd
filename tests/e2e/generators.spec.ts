import type { Page } from '@playwright/test';
import { test, expect, APP_ORIGIN, DOCS_HOST_ORIGIN, DOCUSAURUS_ORIGIN } from './fixtures';
import { cumulativeLayoutShift, layoutShifts, recordLayoutShifts, settled } from './layout-shift';

/*
 * The recipes of docs/embedding.md on docs sites built with the generators' own packages (tests/generators, built by
 * `npm run generators`), each on a site of its own, as a docs team would publish it.
 */

/** Every console message of any kind, on the host page and in the wizard's frame. */
function everyConsoleMessage(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  return messages;
}

/** Documents of the app that were loaded: one per wizard shown. */
function appLoads(page: Page) {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.url().startsWith(`${APP_ORIGIN}/tools/wizard/?`))
      loads.push(request.url());
  });
  return loads;
}

const wizardFrame = (page: Page) => page.frameLocator('[data-slm-or-llm] iframe');

/** Each site: the page with the wizard, and its generator's own theme switch. */
const SITES = [
  {
    generator: 'VitePress 1.6',
    page: `${DOCS_HOST_ORIGIN}/choosing.html`,
    darkSwitch: (page: Page) => page.getByRole('switch', { name: /dark theme/i }),
  },
  {
    // The site Docusaurus renders on the server and React hydrates: embed.js must wait for React.
    generator: 'Docusaurus 3.10',
    page: `${DOCUSAURUS_ORIGIN}/`,
    darkSwitch: (page: Page) => page.getByRole('button', { name: /switch between dark and light mode/i }),
  },
];

for (const site of SITES) {
  test.describe(site.generator, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('shows one wizard that keeps its answers across client-side navigation and follows the theme switch', async ({
      page,
    }) => {
      // Storage blocked in the third-party frame, as Safari and Firefox's strict mode do: the host keeps the
      // answers.
      await page.addInitScript(() => {
        if (window === window.top) return;
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      });
      const messages = everyConsoleMessage(page);
      const loads = appLoads(page);
      await recordLayoutShifts(page);
      await page.goto(site.page);
      const wizard = wizardFrame(page);
      await wizard.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page.locator('[data-slm-or-llm] iframe')).toHaveCount(1);
      await settled(page);
      // The text below the wizard stays where the page first drew it. (VitePress's own navigation bar
      // shifts by 0.015 on some loads, with or without a wizard: not counted here.)
      const nearWizard = (await layoutShifts(page)).filter((shift) => shift.nearWizard);
      expect(cumulativeLayoutShift(nearWizard)).toBeLessThanOrEqual(0.01);

      await wizard.getByRole('link', { name: 'Start' }).click();
      await wizard.getByRole('radio', { name: /simple and repetitive/i }).check();
      await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByRole('radio', { name: /on end users’ devices/i }).check();
      await wizard.getByRole('button', { name: 'Next' }).click();
      await expect(wizard.getByRole('heading', { level: 1 })).toHaveText(/how fast/i);

      // Client-side navigation away and back: the site swaps the page without a reload.
      await page.getByRole('link', { name: 'Another page', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Another page' })).toBeVisible();
      await expect(page.locator('iframe')).toHaveCount(0);
      await page.getByRole('link', { name: 'Choosing a model', exact: true }).click();
      await expect(page.locator('[data-slm-or-llm] iframe')).toHaveCount(1);
      await expect(wizard.getByRole('heading', { level: 1 })).toHaveText(/how fast/i);
      await wizard.getByRole('button', { name: 'Back' }).click();
      await expect(wizard.getByRole('radio', { name: /on end users’ devices/i })).toBeChecked();
      expect(loads).toHaveLength(2); // once per visit to the page, never twice

      // The theme switch the generator puts in its navigation bar.
      await expect(wizard.locator('html')).toHaveAttribute('data-theme', 'light');
      await site.darkSwitch(page).click();
      await expect(wizard.locator('html')).toHaveAttribute('data-theme', 'dark');

      expect(messages).toEqual([]);
    });
  });
}

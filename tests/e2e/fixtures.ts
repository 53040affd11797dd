import { test as base, expect, type Page } from '@playwright/test';
import {
  APP_ORIGIN,
  DOCS_HOST_ORIGIN,
  DOCUSAURUS_ORIGIN,
  HOST_ORIGIN,
  ORGANISATION_ORIGIN,
  SAME_SITE_HOST_ORIGIN,
} from '../../playwright.config';

export {
  expect,
  APP_ORIGIN,
  DOCS_HOST_ORIGIN,
  DOCUSAURUS_ORIGIN,
  HOST_ORIGIN,
  ORGANISATION_ORIGIN,
  SAME_SITE_HOST_ORIGIN,
};

export const ALL_SLM = '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local';
export const ALL_LLM = '#v=1&task=complex&run=cloud&speed=relaxed&budget=high&privacy=managed';

interface Watch {
  /** Requests to anywhere but the app and the test host page. */
  foreignRequests: string[];
  consoleProblems: string[];
}

/**
 * Every browser test doubles as a privacy, CSP and console gate: it fails if the page asks another
 * origin for anything, breaks the Content-Security-Policy, or logs an error or a warning.
 */
export const test = base.extend<{ watch: Watch; expectedConsole: { patterns: RegExp[] } }>({
  /** Console messages a test provokes on purpose, e.g. a CSP violation it triggers to prove the policy works. */
  expectedConsole: [{ patterns: [] }, { option: true }],
  watch: [
    async ({ context, expectedConsole }, use) => {
      const watch: Watch = { foreignRequests: [], consoleProblems: [] };
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        const origin = new URL(url).origin;
        if (
          ![
            APP_ORIGIN,
            HOST_ORIGIN,
            SAME_SITE_HOST_ORIGIN,
            DOCS_HOST_ORIGIN,
            DOCUSAURUS_ORIGIN,
            ORGANISATION_ORIGIN,
          ].includes(origin)
        )
          watch.foreignRequests.push(url);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      const attach = (page: Page) => {
        page.on('console', (message) => {
          const expected = expectedConsole.patterns.some((pattern) => pattern.test(message.text()));
          if ((message.type() === 'error' || message.type() === 'warning') && !expected) {
            watch.consoleProblems.push(`${message.type()}: ${message.text()}`);
          }
        });
        page.on('pageerror', (error) => watch.consoleProblems.push(`uncaught: ${error.message}`));
      };
      context.pages().forEach(attach);
      context.on('page', attach);
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.consoleProblems, 'console errors, warnings and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Chooses an option by its visible label and goes on. */
export async function answer(page: Page, label: RegExp) {
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: /next|see the result/i }).click();
}

export const verdictOf = (page: Page) => page.locator('[data-verdict]');

/** Opens a page of the app and waits until the app has taken over from the prerendered HTML. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

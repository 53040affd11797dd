import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { test, expect, open, ALL_SLM, HOST_ORIGIN } from './fixtures';

const COST_TABLE = 'Monthly cost, cost per 1,000 requests and time to answer, by way of running it';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in a page or frame; evaluating the source directly is not subject to the page's CSP. */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  // Contrast is judged on settled colours: a theme change can leave a colour transition running,
  // and reduced-motion emulation does not always reach a cross-origin frame in time. A transition that is
  // replaced (a section arriving re-renders its neighbours) ends by rejecting: settled either way.
  await target.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
  await target.evaluate(axeSource);
  const violations = await target.evaluate(
    async (tags) =>
      (
        (await (
          window as unknown as {
            axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> };
          }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })) as {
          violations: AxeViolation[];
        }
      ).violations,
    TAGS,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every visible control smaller than 24 × 24 CSS px that is not a link inside running text. */
async function smallTargets(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href]')]
      .filter(
        (element) =>
          element.getClientRects().length > 0 && !(element.tagName === 'A' && element.closest('p, li')),
      )
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ element, box }) =>
          `${element.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

const SCREENS: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'start', path: './', ready: (p) => p.getByRole('link', { name: 'Start' }).waitFor() },
  ...['task', 'run', 'speed', 'budget', 'privacy'].map((step) => ({
    name: `question ${step}`,
    path: `./#v=1&step=${step}`,
    ready: (p: Page) => p.getByRole('radiogroup').or(p.getByRole('group')).first().waitFor(),
  })),
  {
    name: 'result',
    path: `./${ALL_SLM}`,
    ready: async (p) => {
      await p.locator('[data-verdict]').waitFor();
      await p.getByText('Show the numbers as a table').click(); // open the details so axe sees the table
    },
  },
  {
    name: 'result with candidates and an estimate',
    path: './#v=1&task=mixed&run=either&speed=relaxed&budget=low&privacy=controlled&rpd=250000',
    ready: async (p) => {
      const estimate = p.getByRole('region', { name: 'Cost and speed at your traffic' });
      await estimate.getByRole('table', { name: COST_TABLE }).waitFor();
      await estimate.getByText('Every assumption, with its source and date').click();
      await estimate.getByText('Show the costs as a table').click();
      await estimate.getByRole('textbox', { name: 'Output tokens per request' }).fill('many');
    },
  },
  {
    name: 'result with a class of device',
    path: './#v=1&task=mixed&run=device&speed=instant&budget=high&privacy=controlled&dev=laptop',
    ready: (p) => p.getByRole('group', { name: 'Which end users’ devices?' }).waitFor(),
  },
  {
    name: 'bad-link notice',
    path: './#v=1&task=moon&run=device',
    ready: (p) => p.getByRole('alert').waitFor(),
  },
  {
    name: 'embed panel',
    path: './',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Embed this wizard' }).click();
      await p.getByRole('heading', { name: 'Embed this wizard' }).waitFor();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 320]) {
    test(`axe finds nothing and every target is at least 24 px: ${scheme}, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await open(page, screen.path);
        await screen.ready(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        problems.push(...(await axeViolations(page)).map((v) => `${screen.name}: ${v}`));
        problems.push(...(await smallTargets(page)).map((v) => `${screen.name}: ${v}`));
      }
      expect(problems).toEqual([]);
    });
  }

  test(`axe finds nothing inside an embed: ${scheme}`, async ({ page }) => {
    // Reduced motion: axe must measure settled colours, not a transition half-way after a theme change.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${HOST_ORIGIN}/snippet.html`);
    const frame = (await (await page.locator('#first iframe').elementHandle())!.contentFrame())!;
    await frame.getByRole('link', { name: 'Start' }).waitFor();
    const problems = [...(await axeViolations(frame)), ...(await smallTargets(frame))];
    await frame.getByRole('link', { name: 'Start' }).click();
    problems.push(...(await axeViolations(frame)));
    await frame.evaluate((hash) => (location.hash = hash), ALL_SLM);
    await frame.locator('[data-verdict]').waitFor();
    problems.push(...(await axeViolations(frame)), ...(await smallTargets(frame)));
    // On a host page that is dark itself, the wizard turns dark and stays readable.
    await page.evaluate(() => {
      document.documentElement.classList.add('dark');
      document.body.style.background = '#0f172a';
    });
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    problems.push(...(await axeViolations(frame)));
    expect(problems).toEqual([]);
  });
}

test.describe('the Content-Security-Policy', () => {
  test.use({
    expectedConsole: {
      patterns: [/Executing inline script violates/, /CSP violation: script-src-elem blocked inline/],
    },
  });

  test('the built page carries the strict policy and it is in force', async ({ page }) => {
    await open(page, './');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    // An inline script is refused, which proves the policy is in force.
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.head.append(script);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    expect(
      await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
    ).toBeUndefined();
  });
});

test('reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, './#v=1&step=task');
  const duration = await page
    .getByRole('radio', { name: /simple and repetitive/i })
    .evaluate((radio) => getComputedStyle(radio.closest('label')!).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});

test('the result prints without the controls', async ({ page }) => {
  await open(page, `./${ALL_SLM}`);
  await page.locator('[data-verdict]').waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'The source’s playbook' })).toBeVisible();
});

test.describe('the prerendered page, before the app has loaded', () => {
  // The app's chunk never arrives, so what shows is the static markup that boot.ts has prepared.
  test.beforeEach(({ page }) => page.route(/\/assets\/main-[^/]*\.js$/, () => undefined));

  test('follows dark mode from the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'SLM or LLM?' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('inside an embed, shows the start card without the standalone header and footer', async ({ page }) => {
    await page.goto('./?embed=1&theme=dark');
    await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
    await expect(page.getByText('Private: runs in your browser')).toBeHidden();
    await expect(page.getByText(/no cookies, no requests to any other site/)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

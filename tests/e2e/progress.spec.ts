import type { Frame, Page } from '@playwright/test';
import { test, expect, answer, open, verdictOf, ALL_LLM, ALL_SLM, SAME_SITE_HOST_ORIGIN } from './fixtures';

const keptAside = (page: Page | Frame) =>
  page.getByRole('list', { name: 'Answers kept aside' }).getByRole('listitem');
const heading = (page: Page | Frame, name: string) => page.getByRole('heading', { level: 1, name });

async function start(page: Page) {
  await open(page, './');
  await page.getByRole('link', { name: 'Start' }).click();
}

test('a tab left open on the start never wipes progress finished in another tab', async ({ context }) => {
  const older = await context.newPage();
  await open(older, './');
  const newer = await context.newPage();
  await start(newer);
  for (const label of [
    /simple and repetitive/i,
    /on end users’ devices/i,
    /instantly/i,
    /^low/i,
    /it stays with us/i,
  ])
    await answer(newer, label);
  await expect(verdictOf(newer)).toHaveAttribute('data-verdict', 'slm');

  // In the older tab: flip the number-keys switch, then press Start.
  await older.getByRole('checkbox', { name: 'Number keys 1–3 choose an answer' }).uncheck();
  await older.getByRole('button', { name: /continue where you left off \(5 of 5 answered\)/i }).click();
  await expect(verdictOf(older)).toHaveAttribute('data-verdict', 'slm');

  const later = await context.newPage();
  await open(later, './');
  await expect(
    later.getByRole('button', { name: /continue where you left off \(5 of 5 answered\)/i }),
  ).toBeVisible();
  await expect(later.getByRole('checkbox', { name: 'Number keys 1–3 choose an answer' })).not.toBeChecked();
});

test('two tabs answering at once both keep their answers, and each is told of the other', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await start(first);
  await start(second);
  await answer(first, /simple and repetitive/i);
  await answer(second, /complex or creative/i);
  await answer(second, /on servers/i);

  await expect(keptAside(first)).toHaveText([
    /^Answers saved in another tab, .*: Complex or creative; On servers: .* \(2 of 5 answered\)/,
  ]);
  await expect(keptAside(second)).toHaveText([
    /^Answers saved in another tab, .*: Simple and repetitive \(1 of 5/,
  ]);

  // A reload shows the latest answers, with the other tab's still kept.
  await second.reload();
  await expect(heading(second, 'How fast must it answer?')).toBeVisible();
  await expect(keptAside(second)).toHaveText([/Simple and repetitive \(1 of 5 answered\)/]);
  await keptAside(second).getByRole('button', { name: 'Switch to these' }).click();
  await expect(heading(second, 'Where must it run?')).toBeVisible();
  await expect(keptAside(second)).toHaveText([
    /^Your answers saved in this browser, .*: Complex or creative/,
  ]);
});

test('two share links in a row keep both your own answers and the first link’s', async ({ page }) => {
  await start(page);
  await answer(page, /a mix of routine/i);
  await answer(page, /either; a connection/i);
  await open(page, `./${ALL_SLM}`);
  await open(page, `./r/llm/${ALL_LLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'llm');
  await expect(page.getByText('This page shows the answers from the link.')).toBeVisible();
  await expect(keptAside(page)).toHaveText([
    /^Answers from a link you opened, .*: Simple and repetitive; On end users’ devices, offline; .*it stays with us/i,
    /^Your answers saved in this browser, .*: A mix of routine and open-ended; Either; .* \(2 of 5 answered\)/,
  ]);

  await keptAside(page).nth(1).getByRole('button', { name: 'Switch to these' }).click();
  await expect(heading(page, 'How fast must it answer?')).toBeVisible();
  await expect(keptAside(page)).toHaveCount(2);
  await page.reload();
  await expect(heading(page, 'How fast must it answer?')).toBeVisible();
  await expect(keptAside(page)).toHaveText([
    /^Answers from a link you opened/,
    /^Answers from a link you opened/,
  ]);
});

// On a host of the app's own site, where browsers let an embed keep storage (a third-party one they block).
test('two embeds on one page keep their own progress', async ({ page }) => {
  await page.goto(`${SAME_SITE_HOST_ORIGIN}/two-embeds.html`);
  const frames: Frame[] = [];
  for (const id of ['first', 'second']) {
    // The frames load lazily, as a reader scrolls to them.
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const handle = await page.locator(`#${id} iframe`).elementHandle();
    const frame = (await handle!.contentFrame())!;
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    frames.push(frame);
  }
  const [first, second] = frames as [Frame, Frame];
  for (const [frame, label] of [
    [first, /simple and repetitive/i],
    [second, /complex or creative/i],
  ] as const) {
    await frame.getByRole('link', { name: 'Start' }).click();
    await frame.getByRole('radio', { name: label }).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(heading(frame, 'Where must it run?')).toBeVisible();
  }
  await expect(keptAside(first)).toHaveCount(0);

  // A new tab: the host page's session (where embed.js hands answers back) starts empty, so what shows is
  // each embed's own saved progress.
  const again = await page.context().newPage();
  await again.goto(`${SAME_SITE_HOST_ORIGIN}/two-embeds.html`);
  for (const [id, label] of [
    ['first', /simple and repetitive/i],
    ['second', /complex or creative/i],
  ] as const) {
    await again.locator(`#${id}`).scrollIntoViewIfNeeded();
    const frame = (await (await again.locator(`#${id} iframe`).elementHandle())!.contentFrame())!;
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await frame.getByRole('button', { name: /continue where you left off \(1 of 5 answered\)/i }).click();
    await frame.getByRole('button', { name: 'Back' }).click();
    await expect(frame.getByRole('radio', { name: label })).toBeChecked();
    await expect(keptAside(frame)).toHaveCount(0);
  }
});

test('a damaged save loses only its damaged parts, and a set with nothing left is never counted', async ({
  page,
}) => {
  await open(page, './');
  await page.evaluate(() =>
    localStorage.setItem(
      'slm-or-llm',
      JSON.stringify({
        version: 1,
        state: {
          answers: { task: 42, run: 'cloud', speed: 'instant', budget: 'low', privacy: 'local' },
          // The first version's one set aside, holding only keys no question has.
          stashed: { colour: 'blue', size: 'large' },
          setAside: 'not a list',
          shortcuts: 'yes',
        },
      }),
    ),
  );
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('status').filter({ hasText: 'saved progress' })).toContainText(
    'Part of the saved progress was damaged or named options that no longer exist. We kept the rest',
  );
  await expect(
    page.getByRole('button', { name: /continue where you left off \(4 of 5 answered\)/i }),
  ).toBeVisible();
  await expect(keptAside(page)).toHaveCount(0);
  await expect(page.getByText(/kept in this browser until you choose/)).toHaveCount(0);
});

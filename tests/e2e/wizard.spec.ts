import { textPastItsBox } from './overflow';
import { test, expect, answer, open, verdictOf, ALL_SLM, ALL_LLM, APP_ORIGIN, HOST_ORIGIN } from './fixtures';

test('a full walk by mouse reaches a verdict, one history entry per step', async ({ page }) => {
  await open(page, './');
  await page.getByRole('link', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
  ).toBeFocused();
  const steps: [RegExp, string][] = [
    [/complex or creative/i, 'Question 2 of 5'],
    [/on servers/i, 'Question 3 of 5'],
    [/a second or two/i, 'Question 4 of 5'],
    [/^high/i, 'Question 5 of 5'],
    [/managed services are fine/i, 'Your result'],
  ];
  for (const [label, announced] of steps) {
    await answer(page, label);
    // Focus moves to the new step's heading, and the step change is announced.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('p[role="status"][aria-live="polite"].sr-only')).toHaveText(announced);
  }
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'llm');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Large language model (LLM)');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(new URL(page.url()).hash).toBe(
    '#v=1&task=complex&run=cloud&speed=moderate&budget=high&privacy=managed',
  );

  // Browser Back and Forward move one step each.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Where may the data go?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /managed services are fine/i })).toBeChecked();
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'What is the budget for running it?' }),
  ).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Where may the data go?' })).toBeVisible();
  await page.goForward();
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'llm');
});

test('a full walk by keyboard only', async ({ page }) => {
  await open(page, './');
  await page.keyboard.press('Tab'); // the first control on the page
  for (
    let i = 0;
    i < 10 &&
    !(await page.getByRole('link', { name: 'Start' }).evaluate((b) => b === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /what kind of task/i })).toBeFocused();
  for (const presses of [0, 1, 2, 0, 1]) {
    await page.keyboard.press('Tab'); // into the radio group
    await page.keyboard.press('Space'); // choose the first option
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown'); // browse without submitting
    await page.keyboard.press('Enter'); // submit
  }
  await expect(verdictOf(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(new URL(page.url()).hash).toBe(
    '#v=1&task=simple&run=either&speed=relaxed&budget=low&privacy=controlled',
  );
});

test('a reload half-way keeps the answers and the step', async ({ page }) => {
  await open(page, './');
  await page.getByRole('link', { name: 'Start' }).click();
  await answer(page, /simple and repetitive/i);
  await answer(page, /on end users’ devices/i);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'How fast must it answer?' })).toBeVisible();
  await open(page, './'); // the bare URL offers to continue from saved progress
  await page.getByRole('button', { name: /continue where you left off \(2 of 5 answered\)/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How fast must it answer?' })).toBeVisible();
});

test('a what-if change flips the verdict and replaces the history entry', async ({ page }) => {
  await open(page, `./${ALL_SLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
  const length = await page.evaluate(() => history.length);
  const whatIf = page.getByRole('region', { name: 'What if?' });
  await whatIf.getByRole('radio', { name: /complex or creative/i }).check();
  await whatIf.getByRole('radio', { name: /on servers/i }).check();
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'hybrid');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hybrid: a small model for routine work, a large one for the rest',
  );
  await expect(page.getByRole('region', { name: 'The source’s playbook' }).getByRole('checkbox')).toHaveCount(
    18,
  );
  await expect
    .poll(() => new URL(page.url()).hash)
    .toBe('#v=1&task=complex&run=cloud&speed=instant&budget=low&privacy=local');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a reload straight after a what-if change shows the changed answers, with nothing set aside', async ({
  page,
}) => {
  await open(page, `./${ALL_SLM}`);
  await page
    .getByRole('region', { name: 'What if?' })
    .getByRole('radio', { name: /complex or creative/i })
    .check();
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(
    page.getByRole('region', { name: 'What if?' }).getByRole('radio', { name: /complex or creative/i }),
  ).toBeChecked();
  await expect(page.getByText(/another set of/i)).toHaveCount(0);
});

test('Copy as Markdown puts a decision record on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await open(page, `./${ALL_SLM}`);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Decision record copied as Markdown.' }),
  ).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Decision: Small language model (SLM)');
  expect(markdown).toContain(`- Reproduce: ${APP_ORIGIN}/r/slm/${ALL_SLM}`);
  expect(markdown).toContain('## How a small model is built and deployed (the source’s nine steps)');

  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP_ORIGIN}/r/slm/${ALL_SLM}`);
});

test('a share link opens the same result in a fresh browser context', async ({ page, browser }) => {
  await open(page, `./${ALL_SLM}`);
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(verdictOf(other)).toHaveAttribute('data-verdict', 'slm');
  await expect(other.getByRole('radio', { name: /on end users’ devices, offline/i })).toBeChecked();
  await fresh.close();
});

test('the candidates and the estimate follow a what-if change, and the estimate travels in the share link', async ({
  page,
  browser,
}) => {
  await open(page, './#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled');
  const candidates = page.getByRole('region', { name: 'Models to try first' });
  const estimate = page.getByRole('region', { name: 'Cost and speed at your traffic' });
  await expect(candidates.getByRole('heading', { name: /GPT-6.2 Sol/ })).toBeVisible();
  await estimate.getByRole('textbox', { name: 'Requests per day' }).fill('250000');
  await expect(estimate.getByRole('row', { name: /Hosted small tier \(GPT-6 Luna\)/ })).toContainText(
    '$1,901',
  );

  const whatIf = page.getByRole('region', { name: 'What if?' });
  await whatIf.getByRole('radio', { name: /it stays with us/i }).check();
  await expect(candidates.getByRole('heading', { name: /GPT-6.2 Sol/ })).toHaveCount(0);
  await expect(candidates.getByRole('heading', { name: /gpt-oss-120b/ })).toBeVisible();
  await expect(estimate.getByRole('row', { name: /Hosted/ })).toHaveCount(0);

  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(new URL(link).hash).toBe(
    '#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=local&rpd=250000',
  );
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(
    other
      .getByRole('region', { name: 'Cost and speed at your traffic' })
      .getByRole('textbox', { name: 'Requests per day' }),
  ).toHaveValue('250000');
  await expect(other.getByText(/250,000 requests a day/)).toBeVisible();
  await fresh.close();
});

test('at 320 px wide nothing scrolls sideways, and no word runs past its box', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const expectNothingPastTheEdge = async (where: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${where}`).toBeLessThanOrEqual(0);
    expect(await page.evaluate(textPastItsBox), `text past its box at ${where}`).toEqual([]);
  };
  for (const hash of ['', '#v=1&step=task', ALL_SLM, ALL_LLM]) {
    await open(page, `./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingPastTheEdge(hash || 'start');
    if (!hash.includes('privacy')) continue;
    // The sections below the fold (the sizing, its tables and the charts among them) once they are there.
    await expect(page.getByRole('region', { name: 'Cost and speed at your traffic' })).toBeVisible();
    await expect(page.locator('[data-details-pending]')).toHaveCount(0);
    await expectNothingPastTheEdge(`${hash}, the whole result`);
  }
});

test('the whole wizard works when localStorage throws on access', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page, './');
  await expect(
    page.getByRole('status').filter({ hasText: /does not let the wizard save progress/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Start' }).click();
  await answer(page, /simple and repetitive/i);
  await answer(page, /on end users’ devices/i);
  await page.reload(); // the answers are still in the URL
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await answer(page, /instantly/i);
  await answer(page, /^low/i);
  await answer(page, /it stays with us/i);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
});

test('a damaged link is explained, keeps what it can and shows no verdict', async ({ page }) => {
  // Records whether the notice was already there when the question first appeared: a notice that pops in
  // later pushes the page down under the person's pointer.
  await page.addInitScript(() => {
    const win = window as unknown as { noticeWithQuestion?: boolean };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('fieldset')) return;
      win.noticeWithQuestion = document.querySelector('[role="alert"]') !== null;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await open(page, './#v=1&task=moon&run=device&speed=instant&budget=low&privacy=local');
  const noticeWithQuestion = () => (window as unknown as { noticeWithQuestion?: boolean }).noticeWithQuestion;
  expect(await page.evaluate(noticeWithQuestion)).toBe(true);
  await expect(page.getByRole('alert')).toContainText(
    "This link had an answer we don't recognise (task=moon)",
  );
  await expect(page.getByRole('alert')).toContainText('We kept the other four answers.');
  await expect(
    page.getByRole('heading', { level: 1, name: 'What kind of task will the model do?' }),
  ).toBeVisible();
  await expect(verdictOf(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the same build works from a sub-path, and its share link keeps the path', async ({ page }) => {
  await open(page, `/tools/wizard/${ALL_SLM}`);
  await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'slm');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    `${APP_ORIGIN}/tools/wizard/r/slm/${ALL_SLM}`,
  );
  await page.goto(`${HOST_ORIGIN}/sub-path.html`);
  const frame = page.frameLocator('#nested iframe');
  await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'llm');
  await expect(page.locator('#nested iframe')).toHaveAttribute(
    'src',
    /^http:\/\/127\.0\.0\.1:4173\/tools\/wizard\/\?embed=1/,
  );
});

import type { Frame, Page } from '@playwright/test';
import { test, expect, HOST_ORIGIN, APP_ORIGIN } from './fixtures';
import { frameThemeSamples, sampleFrameTheme, THEME_CASES } from './frame-theme';

type Recorded = { name: string; id: string; detail: { step?: string; verdict?: string; answers?: object } };
const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { recorded: Recorded[] }).recorded);

/** The app's frame once the app inside has rendered (the prerendered start screen is shorter). */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  return frame!;
}

/** The iframe's height against its content's, and whether anything inside scrolls. */
async function fit(page: Page, selector: string) {
  const frame = await frameOf(page, selector);
  const outer = await page.locator(selector).evaluate((iframe) => iframe.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.getElementById('root')!.getBoundingClientRect().height,
    scrolls:
      document.documentElement.scrollHeight > innerHeight + 1 ||
      document.documentElement.scrollWidth > innerWidth,
  }));
  return { outer, ...inner };
}

/**
 * The frame keeps `height` (the tallest question's, reserved before it loaded). A start or a question fills
 * it exactly, without scrolling; a result, far longer, scrolls inside it.
 */
async function expectSteady(page: Page, selector: string, height: number, { result = false } = {}) {
  await expect
    .poll(async () => {
      const { outer, content, scrolls } = await fit(page, selector);
      return outer === height && scrolls === result && (result || Math.abs(outer - content) <= 1);
    })
    .toBe(true);
}

const ALL_SLM_LABELS = [
  /simple and repetitive/i,
  /on end users’ devices/i,
  /instantly/i,
  /^low/i,
  /it stays with us/i,
];

async function answerIn(frame: Frame, label: RegExp) {
  await frame.getByRole('radio', { name: label }).check();
  await frame.getByRole('button', { name: /next|see the result/i }).click();
}

test('the snippet makes titled iframes of a steady height and tells the host each step and the verdict', async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  const iframes = page.locator('iframe[title="SLM or LLM? decision wizard"]');
  await expect(iframes).toHaveCount(2);
  await expect(iframes.first()).toHaveAttribute('loading', 'lazy');
  await expect(iframes.first()).toHaveAttribute(
    'src',
    // A wizard that follows the page starts in its current theme, here light.
    /^http:\/\/127\.0\.0\.1:4173\/\?embed=1&parentOrigin=http%3A%2F%2F127\.0\.0\.2%3A4174&theme=light&slot=%2Fsnippet\.html%3A0$/,
  );
  await expect(iframes.nth(1)).toHaveAttribute(
    'src',
    /theme=dark&slot=%2Fsnippet\.html%3A1&accent=0f766e#v=1&task=simple&run=device$/,
  );

  const frame = await frameOf(page, '#first iframe');
  await expect
    .poll(async () => (await recorded(page)).some((e) => e.id === 'first' && e.name === 'slm-or-llm:ready'))
    .toBe(true);
  const { outer: height } = await fit(page, '#first iframe');
  expect(height).toBeGreaterThan(500);
  await expectSteady(page, '#first iframe', height);

  await frame.getByRole('link', { name: 'Start' }).click();
  await expectSteady(page, '#first iframe', height);
  for (const label of ALL_SLM_LABELS.slice(0, -1)) {
    await answerIn(frame, label);
    await expectSteady(page, '#first iframe', height);
  }
  await answerIn(frame, ALL_SLM_LABELS.at(-1)!);
  await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'slm');
  await expectSteady(page, '#first iframe', height, { result: true });
  // A link copied inside an embed opens the full app: no embed, theme or parentOrigin.
  await expect(frame.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    `${APP_ORIGIN}/r/slm/#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local`,
  );

  const events = (await recorded(page)).filter((e) => e.id === 'first');
  expect(events.filter((e) => e.name === 'slm-or-llm:step').map((e) => e.detail.step)).toEqual([
    'start',
    'task',
    'run',
    'speed',
    'budget',
    'privacy',
    'result',
  ]);
  expect(events.filter((e) => e.name === 'slm-or-llm:result').map((e) => e.detail)).toEqual([
    {
      verdict: 'slm',
      answers: { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' },
    },
  ]);

  // A what-if change on the result is reported too.
  await frame
    .getByRole('region', { name: 'What if?' })
    .getByRole('radio', { name: /complex or creative/i })
    .check();
  await frame
    .getByRole('region', { name: 'What if?' })
    .getByRole('radio', { name: /on servers/i })
    .check();
  await expect
    .poll(async () =>
      (await recorded(page)).filter((e) => e.name === 'slm-or-llm:result').map((e) => e.detail.verdict),
    )
    .toContain('hybrid');

  // The second embed opened with its preset answers and its own theme.
  const second = await frameOf(page, '#second iframe');
  await expect(second.getByRole('heading', { level: 1, name: 'How fast must it answer?' })).toBeVisible();
  expect(await second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

for (const { page: pageTheme, system, query } of THEME_CASES) {
  test(`on a ${pageTheme} page with a ${system} system, the embed paints in the page's theme from its first frame`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.addInitScript(sampleFrameTheme);
    await page.goto(`${HOST_ORIGIN}/docs-snippet.html${query}`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      system === 'dark',
    );
    const frame = await frameOf(page, '#wizard iframe');
    await page.waitForTimeout(300);
    const samples = await frame.evaluate(frameThemeSamples);
    expect(samples.length).toBeGreaterThan(5);
    expect(new Set(samples)).toEqual(new Set([pageTheme]));
  });
}

test("an auto-themed embed follows the host page's dark marker", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  const frame = await frameOf(page, '#first iframe');
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.evaluate(() => document.documentElement.setAttribute('class', ''));
  await page.evaluate(() => document.body.setAttribute('data-md-color-scheme', 'slate'));
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('an element a single-page site adds later mounts by itself, in the page’s theme at that moment', async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  await frameOf(page, '#first iframe');
  // A docs site navigating on the client: the page turns dark and renders a new page with an embed.
  await page.evaluate(() => {
    document.documentElement.classList.add('dark');
    document.querySelectorAll('[data-slm-or-llm]').forEach((e) => e.remove());
    const slot = document.createElement('div');
    slot.id = 'later';
    slot.setAttribute('data-slm-or-llm', '');
    slot.setAttribute('data-theme', 'auto');
    document.body.append(slot);
  });
  const iframe = page.locator('#later iframe');
  await expect(iframe).toHaveAttribute('src', /theme=dark&slot=/);
  const frame = await frameOf(page, '#later iframe');
  await expect(frame.getByRole('link', { name: 'Start' })).toBeVisible();
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // The page turns light again, and the wizard follows.
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});

test('rogue and malformed messages change nothing', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  const frame = await frameOf(page, '#first iframe');
  const { outer } = await fit(page, '#first iframe');
  await expectSteady(page, '#first iframe', outer);
  const height = () => page.locator('#first iframe').evaluate((f) => f.getBoundingClientRect().height);
  const before = await height();
  const eventsBefore = (await recorded(page)).length;

  // From the host page itself, pretending to be the app: wrong source and wrong origin.
  await page.evaluate(() => {
    for (const height of [10, 99999, -5])
      postMessage({ source: 'slm-or-llm', v: 1, type: 'resize', height }, '*');
    postMessage({ source: 'slm-or-llm', v: 1, type: 'result', verdict: 'llm', answers: {} }, '*');
  });
  // From the app's own frame, but malformed: garbage shapes, NaN, strings, floods.
  await frame.evaluate(() => {
    const send = (data: unknown) => parent.postMessage(data, '*');
    for (const data of [
      null,
      'resize',
      42,
      [],
      {},
      { source: 'slm-or-llm' },
      { source: 'slm-or-llm', v: 2, type: 'resize', height: 300 },
    ]) {
      send(data);
    }
    for (const height of [Number.NaN, Infinity, '300', null])
      send({ source: 'slm-or-llm', v: 1, type: 'resize', height });
    send({ source: 'slm-or-llm', v: 1, type: 'result', verdict: '<script>', answers: {} });
    send({ source: 'slm-or-llm', v: 1, type: 'step', step: { toString: 1 } });
    for (let i = 0; i < 500; i++) send({ source: 'slm-or-llm', v: 1, type: 'nonsense', i });
  });
  await page.waitForTimeout(300);
  expect(await height()).toBe(before);
  expect((await recorded(page)).length).toBe(eventsBefore);

  // Huge and negative heights from the app frame are clamped, not obeyed.
  await frame.evaluate(() =>
    parent.postMessage({ source: 'slm-or-llm', v: 1, type: 'resize', height: 1e9 }, '*'),
  );
  await expect.poll(height).toBe(20000);
  // Let the app answer the 20,000 px frame first, or its reply could land after the next message and undo it.
  await expect.poll(() => frame.evaluate(() => innerHeight)).toBe(20000);
  // Three frames: the resize is laid out, the observer schedules the app's post, and the post runs.
  await frame.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  });
  await frame.evaluate(() =>
    parent.postMessage({ source: 'slm-or-llm', v: 1, type: 'resize', height: -50 }, '*'),
  );
  // Clamped to 200 px, the frame is shorter than the start screen, so the app asks for its content's height.
  await expect
    .poll(async () => {
      const { outer, content } = await fit(page, '#first iframe');
      return outer > 200 && outer < 20000 && outer === Math.ceil(content);
    })
    .toBe(true);

  // The app takes a theme only from its parent at parentOrigin, and only a valid one.
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#first iframe')!.contentWindow!;
    target.postMessage({ source: 'slm-or-llm', v: 1, type: 'theme', theme: 'purple' }, '*');
    target.postMessage(
      { source: 'slm-or-llm', v: 1, type: 'theme', theme: 'dark', extra: '<b>' },
      'http://127.0.0.9:1',
    );
  });
  await page.waitForTimeout(200);
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});

test('without parentOrigin the app posts only its height, never answers or verdicts', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/plain.html`);
  const frame = await frameOf(page, '#plain');
  await frame.getByRole('link', { name: 'Start' }).click();
  for (const label of ALL_SLM_LABELS) await answerIn(frame, label);
  await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'slm');
  const messages = await page.evaluate(
    () => (window as unknown as { messages: { origin: string; data: { type: string } }[] }).messages,
  );
  expect(messages.length).toBeGreaterThan(0);
  expect(new Set(messages.map((m) => m.data.type))).toEqual(new Set(['resize']));
  expect(messages.every((m) => m.origin === APP_ORIGIN)).toBe(true);
});

test('an embed works with storage blocked', async ({ page }) => {
  await page.addInitScript(() => {
    if (window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  const frame = await frameOf(page, '#first iframe');
  // The norm in a third-party frame, so not worth a notice on every docs page.
  await expect(frame.getByText(/does not let the wizard save progress/)).toHaveCount(0);
  await frame.getByRole('link', { name: 'Start' }).click();
  for (const label of [
    /complex or creative/i,
    /on servers/i,
    /slower is ok/i,
    /^high/i,
    /managed services/i,
  ]) {
    await answerIn(frame, label);
  }
  await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'llm');
  await expect
    .poll(async () =>
      (await recorded(page)).some((e) => e.name === 'slm-or-llm:result' && e.detail.verdict === 'llm'),
    )
    .toBe(true);
});

test('a sandbox without allow-same-origin still lets a person finish', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/sandboxed.html`);
  const frame = await frameOf(page, '#sandboxed');
  await frame.getByRole('link', { name: 'Start' }).click();
  for (const label of [
    /a mix of routine/i,
    /either/i,
    /a second or two/i,
    /^medium/i,
    /a vetted provider/i,
  ]) {
    await answerIn(frame, label);
  }
  await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'hybrid');
});

test('embed.js listens once however many wizards come and go, and mount() adds one later', async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/snippet.html`);
  await frameOf(page, '#first iframe');
  const client = await page.context().newCDPSession(page);
  const listeners = async () => {
    const { result } = await client.send('Runtime.evaluate', { expression: 'window' });
    const { listeners: all } = await client.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    return all.filter((l) => l.type === 'message').length;
  };
  const withEmbeds = await listeners();
  expect(withEmbeds).toBe(2); // the test page's recorder and embed.js
  await page.evaluate(() => document.querySelectorAll('[data-slm-or-llm]').forEach((e) => e.remove()));
  expect(await listeners()).toBe(2);

  // The documented API mounts an element added later.
  await page.evaluate(() => {
    const slot = document.createElement('div');
    slot.id = 'late';
    document.body.append(slot);
    (window as unknown as { SlmOrLlm: { mount(e: Element): void } }).SlmOrLlm.mount(slot);
  });
  await expect(page.locator('#late iframe[title="SLM or LLM? decision wizard"]')).toHaveCount(1);
  await frameOf(page, '#late iframe');
  // Marked as the wizard's place, it gets the reserved height as any other.
  const { outer } = await fit(page, '#late iframe');
  expect(outer).toBeGreaterThan(500);
  expect(await listeners()).toBe(2);
});

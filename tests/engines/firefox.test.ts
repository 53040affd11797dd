// The focused set of browser tests in Firefox ESR, driven over WebDriver BiDi by puppeteer-core (Playwright
// drives no Debian Firefox). Elements are found by role and name through Puppeteer's ARIA selectors.
import type { ChildProcess } from 'node:child_process';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { sampledTops, sampleTopBelowWizard } from '../e2e/layout-shift';
import { textPastItsBox } from '../e2e/overflow';
import { frameThemeSamples, sampleFrameTheme, THEME_CASES } from '../e2e/frame-theme';
import {
  ALL_SLM,
  APP,
  blockStorage,
  EMBED_STEPS,
  HOST,
  KEYBOARD_HASH,
  KEYBOARD_PRESSES,
  LLM_HASH,
  WALK_TO_LLM,
  WALK_TO_SLM,
  type RecordedEvent,
} from './shared';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The docs sites of the Chromium suite, built by `npm run generators`, with the wizard at /tools/wizard/. */
const DOCS_SITES = [
  {
    name: 'VitePress',
    folder: 'tests/generators/vitepress/.vitepress/dist',
    port: 4176,
    page: 'choosing.html',
  },
  { name: 'Docusaurus', folder: 'tests/generators/docusaurus/build', port: 4177, page: '' },
];

let browser: Browser;
let servers: ChildProcess[] = [];
let pages: Page[] = [];
/** Console errors and warnings of every page and frame, which must stay empty. */
let messages: string[] = [];

const role = (name: string, kind: string) => `::-p-aria([name="${name}"][role="${kind}"])`;

/** A page in a context of its own, so no test sees another's saved progress. */
async function newPage(on = browser): Promise<Page> {
  const page = await (await on.createBrowserContext()).newPage();
  await page.setViewport({ width: 1000, height: 900 });
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error}`));
  pages.push(page);
  return page;
}

/** Opens a page of the app and waits until the app has taken over from the prerendered HTML. */
async function open(page: Page, path: string) {
  await page.goto(`${APP}${path}`);
  await page.waitForSelector('html[data-app-ready]');
}

/** Checks the radio whose label starts with `label`, as a person picks an option by its title. */
async function choose(where: Page | Frame, label: string) {
  await where.waitForSelector('input[type=radio]');
  const radios = await where.$$('input[type=radio]');
  for (const radio of radios)
    if (await radio.evaluate((r, l) => r.labels?.[0]?.textContent?.startsWith(l) ?? false, label)) {
      await radio.click();
      return;
    }
  throw new Error(`No option labelled "${label}"`);
}

async function answer(where: Page | Frame, label: string) {
  await choose(where, label);
  const next = await where.waitForSelector('::-p-text(Next), ::-p-text(See the result)');
  await next!.click();
}

const verdict = (where: Page | Frame) =>
  where
    .waitForSelector('[data-verdict]')
    .then((element) => element!.evaluate((e) => e.getAttribute('data-verdict')));
const heading = (page: Page) => page.$eval('h1', (h) => h.textContent);

/** Firefox ESR, by default with the system's colour scheme; 'dark' or 'light' pretends the system's is that. */
const launch = (system?: 'dark' | 'light') =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: system
      ? { 'layout.css.prefers-color-scheme.content-override': system === 'dark' ? 0 : 1 }
      : {},
  });

beforeAll(async () => {
  servers = await Promise.all([
    startStaticServer('dist', '127.0.0.1', 4173, { subPath: '/tools/wizard/' }),
    startStaticServer('tests/e2e/host', '127.0.0.2', 4174),
    ...DOCS_SITES.map(({ folder, port }) => startStaticServer(folder, '127.0.0.2', port)),
  ]);
  browser = await launch();
}, 60_000);

afterEach(async () => {
  await Promise.all(pages.map((page) => page.browserContext().close()));
  pages = [];
  expect(messages).toEqual([]);
  messages = [];
});

afterAll(async () => {
  await browser?.close();
  servers.forEach((server) => server.kill());
});

describe(`the wizard in Firefox ESR`, () => {
  it('walks from Start to a result by pointer, one history entry per step, with Back and Forward', async () => {
    const page = await newPage();
    await open(page, '');
    await page.locator(role('Start', 'link')).click();
    await page.locator(role('What kind of task will the model do?', 'heading')).wait();
    for (const label of WALK_TO_LLM) await answer(page, label);
    expect(await verdict(page)).toBe('llm');
    expect(new URL(page.url()).hash).toBe(LLM_HASH);
    await page.goBack();
    await page.locator(role('Where may the data go?', 'heading')).wait();
    await page.goForward();
    expect(await verdict(page)).toBe('llm');
  });

  it('walks from Start to a result by keyboard alone', async () => {
    const page = await newPage();
    await open(page, '');
    const start = await page.locator(role('Start', 'link')).waitHandle();
    await start.focus();
    await page.keyboard.press('Enter');
    await page.locator(role('What kind of task will the model do?', 'heading')).wait();
    for (const presses of KEYBOARD_PRESSES) {
      await page.keyboard.press('Tab');
      await page.keyboard.press(' ');
      for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    expect(await verdict(page)).toBeTruthy();
    expect(new URL(page.url()).hash).toBe(KEYBOARD_HASH);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('opens a share link fresh with its verdict, keeps answers over a reload, and flips on a what-if change', async () => {
    const page = await newPage();
    await page.setViewport({ width: 390, height: 844 });
    await open(page, ALL_SLM);
    expect(await verdict(page)).toBe('slm');
    // At a phone's width, every section there, no word runs past its box.
    await page.locator(role('Cost and speed at your traffic', 'region')).wait();
    expect(await page.evaluate(textPastItsBox)).toEqual([]);
    await page.reload();
    await page.waitForSelector('html[data-app-ready]');
    expect(await verdict(page)).toBe('slm');
    await page.waitForSelector(role('What if?', 'region'));
    await choose(page, 'Complex or creative');
    await choose(page, 'On servers');
    await page.waitForFunction(
      () => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'hybrid',
    );
    expect(await heading(page)).toMatch(/hybrid/i);
  });

  it('works with storage blocked', async () => {
    const page = await newPage();
    await page.evaluateOnNewDocument(blockStorage);
    await open(page, '');
    await page.locator(role('Start', 'link')).click();
    for (const label of WALK_TO_SLM) await answer(page, label);
    expect(await verdict(page)).toBe('slm');
  });
});

describe('the embed in Firefox ESR, on another origin', () => {
  it('mounts in the page’s theme, tells the host each step and the verdict, and follows a theme change', async () => {
    const page = await newPage();
    await page.goto(`${HOST}snippet.html`);
    const element = await page.waitForSelector('#first iframe');
    const frame = (await element!.contentFrame())!;
    await frame.waitForSelector('html[data-app-ready]');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await frame.locator(role('Start', 'link')).click();
    for (const label of WALK_TO_SLM) await answer(frame, label);
    expect(await verdict(frame)).toBe('slm');
    const recorded = () => page.evaluate(() => (window as unknown as { recorded: RecordedEvent[] }).recorded);
    await page.waitForFunction(() =>
      (window as unknown as { recorded: { name: string }[] }).recorded.some(
        (r) => r.name === 'slm-or-llm:result',
      ),
    );
    const events = (await recorded()).filter((r) => r.id === 'first');
    expect(events[0]!.name).toBe('slm-or-llm:ready');
    expect(events.filter((e) => e.name === 'slm-or-llm:step').map((e) => e.detail.step)).toEqual(EMBED_STEPS);
    expect(events.filter((e) => e.name === 'slm-or-llm:result').map((e) => e.detail.verdict)).toEqual([
      'slm',
    ]);
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  });

  for (const site of DOCS_SITES) {
    it(`on the ${site.name} site, mounts one wizard that answers in the page's theme, with no console message`, async () => {
      const page = await newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`http://127.0.0.2:${site.port}/${site.page}`);
      const frame = (await (await page.waitForSelector('[data-slm-or-llm] iframe'))!.contentFrame())!;
      await frame.waitForSelector('html[data-app-ready]');
      expect(await page.$$eval('[data-slm-or-llm] iframe', (frames) => frames.length)).toBe(1);
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await frame.locator(role('Start', 'link')).click();
      await answer(frame, 'Simple and repetitive');
      await frame.locator(role('Where must it run?', 'heading')).wait();
    });
  }

  for (const { page: pageTheme, system, query } of THEME_CASES) {
    it(`on a ${pageTheme} page with a ${system} system, paints in the page's theme from its first frame`, async () => {
      const other = await launch(system);
      try {
        const page = await newPage(other);
        await page.evaluateOnNewDocument(sampleFrameTheme);
        await page.goto(`${HOST}docs-snippet.html${query}`);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          system === 'dark',
        );
        const frame = (await (await page.waitForSelector('#wizard iframe'))!.contentFrame())!;
        await frame.waitForSelector('html[data-app-ready]');
        await new Promise((done) => setTimeout(done, 300));
        const samples = await frame.evaluate(frameThemeSamples);
        expect(samples.length).toBeGreaterThan(5);
        expect(new Set(samples)).toEqual(new Set([pageTheme]));
      } finally {
        await other.close();
      }
    });
  }

  for (const width of [390, 1280]) {
    it(`pasted as the two-line snippet, moves nothing below it on a cold load and a walk to the result, at ${width} px`, async () => {
      const page = await newPage();
      await page.setViewport({ width, height: 844 });
      // Firefox has no layout-shift observer: the paragraph below the wizard is sampled on every frame.
      await page.evaluateOnNewDocument(sampleTopBelowWizard);
      // A cold load over a network: the page paints well before embed.js arrives.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().endsWith('/embed.js')) setTimeout(() => void request.continue(), 400);
        else void request.continue();
      });
      await page.goto(`${HOST}docs-snippet.html`);
      const frame = (await (await page.waitForSelector('#wizard iframe'))!.contentFrame())!;
      await frame.waitForSelector('html[data-app-ready]');
      await frame.locator(role('Start', 'link')).click();
      for (const label of WALK_TO_SLM) await answer(frame, label);
      expect(await verdict(frame)).toBe('slm');
      await new Promise((done) => setTimeout(done, 500));
      const tops = await page.evaluate(sampledTops);
      expect(tops.length).toBeGreaterThan(10);
      expect(new Set(tops)).toEqual(new Set([tops[0]]));
    });
  }
});

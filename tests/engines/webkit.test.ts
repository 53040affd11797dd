// The focused set of browser tests in WebKitGTK: Debian's WebKitWebDriver drives its MiniBrowser over
// classic WebDriver (Playwright drives only its own patched WebKit). MiniBrowser has no headless mode, so
// the driver runs under xvfb-run. Classic WebDriver can neither listen to the console nor run a script
// before the page's own, so the test servers put scripts first in each page's <head>: one reports errors,
// warnings and blocked content back to its server, others block storage or sample the page's layout.
// Elements are found by role and name with Testing Library's own queries, run inside the page.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, until, type WebDriver, type WebElement } from 'selenium-webdriver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { sampledTops, sampleTopBelowWizard } from '../e2e/layout-shift';
import { textPastItsBox } from '../e2e/overflow';
import { frameThemeSamples, sampleFrameTheme, THEME_CASES } from '../e2e/frame-theme';

const SYSTEM_IS_DARK = 'return matchMedia("(prefers-color-scheme: dark)").matches';
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

const DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MULTIARCH = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;
const DRIVER_PORT = 4444;
/** MiniBrowser's window is never narrower than this. */
const NARROWEST = 447;

const TESTING_LIBRARY = readFileSync(
  createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);

/** Reports every error, warning, failed load and blocked resource of the page to its own server. */
function reportProblems() {
  const report = (kind: string, text: string) =>
    navigator.sendBeacon('/__problems', `${kind} on ${location.pathname}: ${text}`);
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      report(level, args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement)
        report(
          'failed load',
          `${target.tagName} ${target.getAttribute('src') ?? target.getAttribute('href')}`,
        );
      else report('error', (event as ErrorEvent).message);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => report('unhandled rejection', String(event.reason)));
  addEventListener('securitypolicyviolation', (event) =>
    report('blocked by CSP', `${event.violatedDirective} ${event.blockedURI}`),
  );
}

const HEAD_SCRIPTS = {
  'report-problems': reportProblems,
  'block-storage': blockStorage,
  'sample-top': sampleTopBelowWizard,
  'sample-theme': sampleFrameTheme,
};

let headDir: string;
let servers: ChildProcess[] = [];
let webDriver: ChildProcess;
let driver: WebDriver;

beforeAll(async () => {
  headDir = mkdtempSync(join(tmpdir(), 'slm-or-llm-head-'));
  for (const [name, script] of Object.entries(HEAD_SCRIPTS))
    writeFileSync(join(headDir, `${name}.js`), `(${script.toString()})();`);
  const switches = { SERVE_HEAD_DIR: headDir, SERVE_HEAD_ALWAYS: 'report-problems' };
  servers = await Promise.all([
    // embed.js arrives late, as over a network: the host page paints well before it runs.
    // Every page of the app samples its theme while it is embedded (the script does nothing elsewhere).
    startStaticServer('dist', '127.0.0.1', 4173, {
      switches: {
        ...switches,
        SERVE_HEAD_ALWAYS: 'report-problems,sample-theme',
        SERVE_DELAY: '/embed.js=400',
      },
    }),
    startStaticServer('tests/e2e/host', '127.0.0.2', 4174, { switches }),
  ]);
  // Its own process group, so that stopping it stops Xvfb and the driver together.
  webDriver = spawn('xvfb-run', ['-a', DRIVER_PATH, `--port=${DRIVER_PORT}`], {
    detached: true,
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${DRIVER_PORT}/status`)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${DRIVER_PATH} did not start under xvfb-run`);
}, 60_000);

/** A new MiniBrowser; with 'dark', as on a system in dark mode. */
async function launch(system: 'dark' | 'light' = 'light') {
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${DRIVER_PORT}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER_PATH,
        args: ['--automation', ...(system === 'dark' ? ['--dark-mode'] : [])],
      },
    })
    .build();
  await driver.manage().window().setRect({ width: 1000, height: 900 });
}

/** Each test in a browser of its own, so none sees another's saved progress or cache. */
beforeEach(() => launch());

/** What the head scripts reported to a server since it was last asked. */
const problemsOf = async (origin: string): Promise<string[]> =>
  (await fetch(`${origin}__problems`)).json() as Promise<string[]>;

afterEach(async () => {
  await driver.quit();
  // A report is a beacon: give the last ones time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect([...(await problemsOf(APP)), ...(await problemsOf(HOST))]).toEqual([]);
});

afterAll(() => {
  servers.forEach((server) => server.kill());
  if (webDriver?.pid) process.kill(-webDriver.pid);
  rmSync(headDir, { recursive: true, force: true });
});

/** Opens a page of the app and waits until the app has taken over from the prerendered HTML. */
async function open(path: string) {
  await driver.get(`${APP}${path}`);
  await appReady();
}

const appReady = () =>
  driver.wait(
    async () =>
      (await driver.executeScript('return document.documentElement.hasAttribute("data-app-ready")')) === true,
    10_000,
    'the app did not take over',
  );

/**
 * The first element of the current document with this role whose accessible name is one of `names` (or
 * starts with one, for a control whose name goes on after its title), waiting for it as findByRole does.
 */
function findByRole(role: string, names: string | string[], match: 'exact' | 'prefix' = 'exact') {
  return driver.wait(
    async () => {
      const found = await driver.executeScript<WebElement | null | 'absent'>(
        `const dom = window.TestingLibraryDom;
         if (!dom) return 'absent';
         const [role, names, match] = arguments;
         const matches = (name) => names.some((n) => (match === 'exact' ? name === n : name.startsWith(n)));
         return dom.queryAllByRole(document.body, role, { name: matches })[0] ?? null;`,
        role,
        [names].flat(),
        match,
      );
      if (found !== 'absent') return found;
      await driver.executeScript(TESTING_LIBRARY);
      return null;
    },
    10_000,
    `no ${role} named "${[names].flat().join('" or "')}"`,
  ) as Promise<WebElement>;
}

/** Picks the option whose title is `label` by clicking its card, as a person does. */
async function choose(label: string) {
  const radio = await findByRole('radio', label, 'prefix');
  await driver
    .executeScript<WebElement>('return arguments[0].closest("label")', radio)
    .then((card) => card.click());
  await driver.wait(() => radio.isSelected(), 5_000, `"${label}" was not picked`);
}

async function answer(label: string) {
  await choose(label);
  await (await findByRole('button', ['Next', 'See the result'], 'prefix')).click();
}

const verdictIs = (expected: string) =>
  driver.wait(
    async () =>
      (await driver.executeScript('return document.querySelector("[data-verdict]")?.dataset.verdict')) ===
      expected,
    10_000,
    `the verdict is not ${expected}`,
  );

const hash = async () => new URL(await driver.getCurrentUrl()).hash;

/**
 * From the focused Start link to the result by keyboard alone: Enter, then on each question Tab to its
 * options, Space, the arrow presses of the walk and Enter. Ends when the document's own address (the
 * frame's, inside an embed) is the walk's link.
 */
async function walkByKeyboard() {
  const press = (...keys: string[]) =>
    driver
      .actions()
      .sendKeys(...keys)
      .perform();
  await press(Key.ENTER);
  await findByRole('heading', 'What kind of task will the model do?');
  for (const presses of KEYBOARD_PRESSES) {
    await press(Key.TAB, Key.SPACE, ...Array<string>(presses).fill(Key.ARROW_DOWN), Key.ENTER);
    await driver.sleep(100);
  }
  await driver.wait(
    async () => (await driver.executeScript('return location.hash')) === KEYBOARD_HASH,
    5_000,
    'the walk did not end on its link',
  );
}

describe('the wizard in WebKitGTK', () => {
  it('walks from Start to a result by pointer, one history entry per step, with Back and Forward', async () => {
    await open('');
    await (await findByRole('link', 'Start')).click();
    await findByRole('heading', 'What kind of task will the model do?');
    for (const label of WALK_TO_LLM) await answer(label);
    await verdictIs('llm');
    expect(await hash()).toBe(LLM_HASH);
    await driver.navigate().back();
    await findByRole('heading', 'Where may the data go?');
    await driver.navigate().forward();
    await verdictIs('llm');
  });

  it('walks from Start to a result by keyboard alone', async () => {
    await open('');
    await driver.executeScript('arguments[0].focus()', await findByRole('link', 'Start'));
    await walkByKeyboard();
    await driver.wait(
      async () => (await driver.executeScript('return document.activeElement.tagName')) === 'H1',
      5_000,
      'focus is not on the result heading',
    );
  });

  it('opens a share link fresh with its verdict, keeps answers over a reload, and flips on a what-if change', async () => {
    await driver.manage().window().setRect({ width: NARROWEST, height: 844 });
    await open(ALL_SLM);
    await verdictIs('slm');
    // At its narrowest, every section there, no word runs past its box.
    await findByRole('region', 'Cost and speed at your traffic');
    expect(await driver.executeScript(`return (${textPastItsBox.toString()})()`)).toEqual([]);
    await driver.navigate().refresh();
    await appReady();
    await verdictIs('slm');
    await findByRole('region', 'What if?');
    await choose('Complex or creative');
    await choose('On servers');
    await verdictIs('hybrid');
    expect(await driver.findElement(By.css('h1')).getText()).toMatch(/hybrid/i);
  });

  it('works with storage blocked', async () => {
    await open('?head=block-storage');
    await (await findByRole('link', 'Start')).click();
    for (const label of WALK_TO_SLM) await answer(label);
    await verdictIs('slm');
  });
});

describe('the embed in WebKitGTK, on another origin', () => {
  it('mounts in the page’s theme, tells the host each step and the verdict, and follows a theme change', async () => {
    await driver.get(`${HOST}snippet.html`);
    const frameElement = await driver.wait(until.elementLocated(By.css('#first iframe')), 10_000);
    await driver.switchTo().frame(frameElement);
    await appReady();
    const theme = () => driver.executeScript<string>('return document.documentElement.dataset.theme');
    expect(await theme()).toBe('light');
    await (await findByRole('link', 'Start')).click();
    for (const label of WALK_TO_SLM) await answer(label);
    await verdictIs('slm');
    await driver.switchTo().defaultContent();
    const recorded = () => driver.executeScript<RecordedEvent[]>('return window.recorded');
    await driver.wait(async () => (await recorded()).some((r) => r.name === 'slm-or-llm:result'), 5_000);
    const events = (await recorded()).filter((r) => r.id === 'first');
    expect(events[0]!.name).toBe('slm-or-llm:ready');
    expect(events.filter((e) => e.name === 'slm-or-llm:step').map((e) => e.detail.step)).toEqual(EMBED_STEPS);
    expect(events.filter((e) => e.name === 'slm-or-llm:result').map((e) => e.detail.verdict)).toEqual([
      'slm',
    ]);
    await driver.executeScript('document.documentElement.classList.add("dark")');
    await driver.switchTo().frame(frameElement);
    await driver.wait(async () => (await theme()) === 'dark', 5_000, 'the embed did not turn dark');
  });

  for (const { page: pageTheme, system, query } of THEME_CASES) {
    it(`on a ${pageTheme} page with a ${system} system, paints in the page's theme from its first frame`, async () => {
      await driver.quit();
      await launch(system);
      await driver.get(`${HOST}docs-snippet.html${query}`);
      expect(await driver.executeScript(SYSTEM_IS_DARK)).toBe(system === 'dark');
      await driver
        .switchTo()
        .frame(await driver.wait(until.elementLocated(By.css('#wizard iframe')), 10_000));
      await appReady();
      await driver.sleep(300);
      const samples = await driver.executeScript<string[]>(`return (${frameThemeSamples.toString()})()`);
      expect(samples.length).toBeGreaterThan(5);
      expect(new Set(samples)).toEqual(new Set([pageTheme]));
    });
  }

  for (const width of [NARROWEST, 1280]) {
    it(`pasted as the two-line snippet, moves nothing below it on a cold load, at ${width} px`, async () => {
      await driver.manage().window().setRect({ width, height: 844 });
      // WebKit has no layout-shift observer: the paragraph below the wizard is sampled on every frame.
      await driver.get(`${HOST}docs-snippet.html?head=sample-top`);
      const frameElement = await driver.wait(until.elementLocated(By.css('#wizard iframe')), 10_000);
      await driver.switchTo().frame(frameElement);
      await appReady();
      await driver.switchTo().defaultContent();
      await driver.sleep(500);
      const tops = await driver.executeScript<number[]>(`return (${sampledTops.toString()})()`);
      expect(tops.length).toBeGreaterThan(10);
      expect(new Set(tops)).toEqual(new Set([tops[0]]));
    });
  }

  // At the narrowest window, WebKitWebDriver's clicks inside the frame do not reach the questions' buttons,
  // so there the walk is by keyboard, as a keyboard user takes it.
  for (const { width, by } of [
    { width: NARROWEST, by: 'keyboard' },
    { width: 1280, by: 'pointer' },
  ]) {
    it(`pasted as the two-line snippet, moves nothing below it over a walk to the result by ${by}, at ${width} px`, async () => {
      await driver.manage().window().setRect({ width, height: 844 });
      await driver.get(`${HOST}docs-snippet.html?head=sample-top`);
      const frameElement = await driver.wait(until.elementLocated(By.css('#wizard iframe')), 10_000);
      await driver.switchTo().frame(frameElement);
      await appReady();
      const start = await findByRole('link', 'Start');
      if (by === 'keyboard') {
        // Keys go to the frame that has focus: a click on the wizard's heading gives it focus, as a
        // reader's click or Tab into it would.
        await (await findByRole('heading', 'SLM or LLM?')).click();
        await driver.executeScript('arguments[0].focus()', start);
        await walkByKeyboard();
        await verdictIs('slm');
      } else {
        await start.click();
        for (const label of WALK_TO_SLM) await answer(label);
        await verdictIs('slm');
      }
      await driver.switchTo().defaultContent();
      const tops = await driver.executeScript<number[]>(`return (${sampledTops.toString()})()`);
      expect(tops.length).toBeGreaterThan(10);
      expect(new Set(tops)).toEqual(new Set([tops[0]]));
    });
  }
});

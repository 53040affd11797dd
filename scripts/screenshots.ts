// Regenerates the README's screenshots from the production build (run `npm run build` first):
// start, a question and a result, in light and dark, plus a phone-width question and the embed demo.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './static-server';

const PORT = 4191;
const base = `http://127.0.0.1:${PORT}/`;
const server = await startStaticServer('dist', '127.0.0.1', PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

const shots = [
  { name: 'start', path: '', width: 1000, height: 640 },
  { name: 'question', path: '#v=1&task=simple&step=run', width: 1000, height: 820 },
  {
    name: 'result',
    path: '#v=1&task=complex&run=device&speed=relaxed&budget=high&privacy=managed',
    width: 1000,
    height: 1100,
  },
];
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const shot of shots) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      await page.goto(base + shot.path);
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await page.locator('h1').first().waitFor();
      // A result's details and its estimate render just after the verdict card.
      if (shot.name === 'result')
        await page.getByRole('region', { name: 'Cost and speed at your traffic' }).waitFor();
      await page.screenshot({ path: `docs/screenshots/${shot.name}-${scheme}.png` });
      await page.close();
    }
  }
  const phone = await browser.newPage({ viewport: { width: 360, height: 760 }, reducedMotion: 'reduce' });
  await phone.goto(`${base}#v=1&step=task`);
  await phone.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await phone.screenshot({ path: 'docs/screenshots/question-phone.png' });
  const demo = await browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
  await demo.goto(`${base}embed-demo.html`);
  // Once the app inside has told the page its step, it has also sized its frame.
  await demo.getByText('slm-or-llm:step').waitFor();
  await demo.frameLocator('iframe').locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await demo.screenshot({ path: 'docs/screenshots/embedded.png' });
  console.log('wrote docs/screenshots/*.png');
} finally {
  await browser.close();
  server.kill();
}

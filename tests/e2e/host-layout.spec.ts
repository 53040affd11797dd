import { test, expect, HOST_ORIGIN } from './fixtures';
import {
  cumulativeLayoutShift,
  layoutShifts,
  recordLayoutShifts,
  sampledTops,
  sampleTopBelowWizard,
  settled,
} from './layout-shift';

const WALK = [/simple and repetitive/i, /on end users’ devices/i, /instantly/i, /^low/i, /it stays with us/i];

const PAGES = [
  // The embed panel's two-line snippet pasted in a text-heavy page's body, the script at its end.
  { name: 'the two-line snippet', path: 'docs-snippet.html' },
  // docs/embedding.md's recipe: embed.js in the head, render-blocking.
  { name: 'the head recipe', path: 'docs-page.html' },
];

for (const { name, path } of PAGES) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`with ${name}, the wizard moves nothing on the docs page around it, loading or answering, at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await recordLayoutShifts(page);
      await page.addInitScript(sampleTopBelowWizard);
      // A cold load over a network: the page paints well before embed.js arrives.
      await page.route('**/embed.js', async (route) => {
        await new Promise((done) => setTimeout(done, 400));
        await route.continue();
      });
      await page.goto(`${HOST_ORIGIN}/${path}`);
      const frame = page.frameLocator('#wizard iframe');
      await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await settled(page);
      const onLoad = await layoutShifts(page);
      const tops = () => page.evaluate(sampledTops);
      const loaded = await tops();

      await frame.getByRole('link', { name: 'Start' }).click();
      for (const label of WALK) {
        await frame.getByRole('radio', { name: label }).check();
        await frame.getByRole('button', { name: /next|see the result/i }).click();
      }
      await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'slm');
      const whatIf = frame.getByRole('region', { name: 'What if?' });
      await whatIf.getByRole('radio', { name: /complex or creative/i }).check();
      await whatIf.getByRole('radio', { name: /on servers/i }).check();
      await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'hybrid');
      await settled(page);
      const walk = (await layoutShifts(page)).slice(onLoad.length);

      const [loadShift, walkShift] = [cumulativeLayoutShift(onLoad), cumulativeLayoutShift(walk)];
      const all = await tops();
      console.log(
        `${name} at ${viewport.width} px: CLS load ${loadShift.toFixed(4)}, walk ${walkShift.toFixed(4)}; ` +
          `the paragraph below moved ${Math.max(...loaded) - Math.min(...loaded)} px loading, ` +
          `${Math.max(...all) - Math.min(...all)} px in all (${all.length} frames)`,
      );
      expect(new Set(all)).toEqual(new Set([all[0]]));
      expect(loadShift).toBeLessThanOrEqual(0.01);
      expect(walkShift).toBeLessThanOrEqual(0.05);
    });
  }
}

import { test, expect, HOST_ORIGIN } from './fixtures';
import { cumulativeLayoutShift, layoutShifts, recordLayoutShifts, settled } from './layout-shift';

const WALK = [/simple and repetitive/i, /on end users’ devices/i, /instantly/i, /^low/i, /it stays with us/i];

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the wizard moves nothing on the docs page around it, loading or answering, at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await recordLayoutShifts(page);
    // The recipe of docs/embedding.md for a page that must not shift: embed.js in the head, render-blocking.
    await page.goto(`${HOST_ORIGIN}/docs-page.html`);
    const frame = page.frameLocator('#wizard iframe');
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await settled(page);
    const onLoad = await layoutShifts(page);

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
    console.log(
      `host CLS at ${viewport.width} px: load ${loadShift.toFixed(4)}, walk ${walkShift.toFixed(4)}`,
    );
    expect(loadShift).toBeLessThanOrEqual(0.01);
    expect(walkShift).toBeLessThanOrEqual(0.05);
  });
}

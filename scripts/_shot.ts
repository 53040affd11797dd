import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '/work/main/scripts/chromium';
import { startStaticServer } from '/work/main/scripts/static-server';
const PORT = 4199;
const server = await startStaticServer('dist', '127.0.0.1', PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const [hash, name, width, scheme] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width ?? 1000), height: 900 }, colorScheme: (scheme as 'light') ?? 'light' });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
const region = page.getByRole('region', { name: 'Cost and speed at your traffic' });
await region.waitFor();
await region.screenshot({ path: `/tmp/shots/${name}.png` });
await browser.close();


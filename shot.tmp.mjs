import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});
const [url, out, w = '1000', scheme = 'light'] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => {
  if (['error', 'warning'].includes(m.type())) errors.push(m.text());
});
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
console.log(errors.join('\n') || 'no console errors');
await browser.close();

import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [url, out, w = '1000', scheme = 'light', segments = '1'] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForTimeout(800);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const n = Number(segments);
const seg = Math.ceil(height / n);
for (let i = 0; i < n; i++) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y: i * seg, width: Number(w), height: Math.min(seg, height - i * seg) } });
}
console.log('height', height);
await browser.close();

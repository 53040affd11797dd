// Lighthouse on the production build (mobile, default simulated throttling), against Debian's Chromium.
// Prints every category score and the LCP, and fails below the budgets. Run `npm run build` first.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const HOST = '127.0.0.1';
const PORT = 4180;
const BUDGET = { score: 100, lcpMs: 1500 };

const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', HOST, String(PORT)], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});

let failed = false;
try {
  const url = `http://${HOST}:${PORT}/`;
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lcp = lhr.audits['largest-contentful-paint'].numericValue;
  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, mobile, simulated throttling, ${url} (${new Date().toISOString().slice(0, 10)})`,
  );
  for (const category of Object.values(lhr.categories)) {
    const score = Math.round(category.score * 100);
    failed ||= score < BUDGET.score;
    console.log(`${score < BUDGET.score ? 'LOW ' : 'ok  '} ${category.title}: ${score}`);
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`     ${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`);
  }
  if (lcp > BUDGET.lcpMs) {
    failed = true;
    console.log(`LCP ${Math.round(lcp)} ms is over the ${BUDGET.lcpMs} ms budget`);
  }
  const missed = Object.values(lhr.audits).filter(
    (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
  );
  for (const audit of missed) {
    console.log(`     failed audit: ${audit.id}: ${audit.title}`);
    for (const item of audit.details?.items ?? [])
      console.log(`       ${JSON.stringify(item).slice(0, 300)}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failed) process.exit(1);

// Lighthouse on the production build (mobile, default simulated throttling), against Debian's Chromium.
// After one warm-up run (a cold browser is slower than any visitor's), runs five times and judges the
// median run, as Lighthouse's own guidance advises, since one run on a busy machine can be noisy. Prints
// every score, LCP and TBT; fails below the budgets. Build first.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './static-server';

const HOST = '127.0.0.1';
const PORT = 4180;
const RUNS = 5;
const BUDGET = { score: 100, lcpMs: 1500 };
const url = `http://${HOST}:${PORT}/`;

const server = await startStaticServer('dist', HOST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const runs: Result[] = [];
try {
  for (let i = 0; i <= RUNS; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (i > 0) runs.push(result.lhr);
  }
} finally {
  await chrome.kill();
  server.kill();
}

const lcpOf = (lhr: Result) => lhr.audits['largest-contentful-paint']!.numericValue!;
const tbtOf = (lhr: Result) => lhr.audits['total-blocking-time']!.numericValue!;
const scoreOf = (lhr: Result) => lhr.categories.performance?.score ?? 0;
const middle = <T>(values: T[], by: (value: T) => number) =>
  [...values].sort((a, b) => by(a) - by(b))[Math.floor(RUNS / 2)]!;
// The median run by performance score is the one reported; the LCP budget applies to the median LCP.
const median = middle(runs, scoreOf);
const medianLcp = lcpOf(middle(runs, lcpOf));
console.log(
  `Lighthouse ${median.lighthouseVersion}, mobile, simulated throttling, ${url}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `Each run: ${runs.map((r) => `performance ${Math.round(scoreOf(r) * 100)}, LCP ${Math.round(lcpOf(r))} ms, TBT ${Math.round(tbtOf(r))} ms`).join('; ')}`,
);
console.log(`Median LCP ${Math.round(medianLcp)} ms; the median run by performance score:`);

let failed = false;
for (const category of Object.values(median.categories)) {
  const score = Math.round((category.score ?? 0) * 100);
  failed ||= score < BUDGET.score;
  console.log(`${score < BUDGET.score ? 'LOW ' : 'ok  '} ${category.title}: ${score}`);
}
for (const id of [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
]) {
  console.log(`     ${median.audits[id]!.title}: ${median.audits[id]!.displayValue}`);
}
if (medianLcp > BUDGET.lcpMs) {
  failed = true;
  console.log(`LCP ${Math.round(medianLcp)} ms is over the ${BUDGET.lcpMs} ms budget`);
}
for (const audit of Object.values(median.audits)) {
  if (audit.score === null || audit.score === 1 || audit.scoreDisplayMode !== 'binary') continue;
  console.log(`     failed audit: ${audit.id}: ${audit.title}`);
  const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
  for (const item of items) console.log(`       ${JSON.stringify(item).slice(0, 300)}`);
}
if (failed) process.exit(1);

// Lighthouse on the production build (mobile, default simulated throttling), against Debian's Chromium,
// for every door a visitor comes in by: the start page, a shared result link, a question deep link and
// an embedded start. After one warm-up run (a cold browser is slower than any visitor's), each door runs
// RUNS times and the median run is judged, as Lighthouse's own guidance advises. Prints every score,
// LCP, CLS and total blocking time; fails below the budgets. Build first.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './static-server';
import { median } from './median';

const HOST = '127.0.0.1';
const PORT = 4180;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const BUDGET = { performance: 98, otherCategories: 100 };
const ms = (value: number) => `${Math.round(value)} ms`;
/** The metrics judged on their own besides the scores, each by its median over a door's runs. */
const METRICS = [
  { id: 'largest-contentful-paint', label: 'LCP', max: 1200, show: ms },
  { id: 'cumulative-layout-shift', label: 'CLS', max: 0.01, show: (value: number) => value.toFixed(3) },
  { id: 'total-blocking-time', label: 'TBT', max: 100, show: ms },
];
const base = `http://${HOST}:${PORT}/`;
const DOORS = [
  { name: 'start page', path: '' },
  {
    name: 'shared result link',
    path: 'r/hybrid/#v=1&task=mixed&run=either&speed=moderate&budget=medium&privacy=controlled',
    // The headline paints first; the app then renders the page eight screens long below it, section by
    // section after each paint. Its main thread is still the busiest of the doors, so it is sampled more.
    runs: 9,
  },
  { name: 'question deep link', path: '#task=simple&step=run' },
  { name: 'embedded start', path: '?embed=1' },
];

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const numeric = (lhr: Result, id: string) => lhr.audits[id]!.numericValue!;
const performanceOf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

const server = await startStaticServer('dist', HOST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const audit = async (url: string) => {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // Every run is a first visit: Lighthouse keeps localStorage between runs by default, and progress
    // saved by one door's run would make the next door open with a notice about it.
    clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  return result.lhr;
};

let failed = false;
const fail = (message: string) => {
  failed = true;
  console.log(`  LOW  ${message}`);
};
try {
  await audit(base);
  console.log(
    `Lighthouse, mobile, simulated throttling, median of ${RUNS} runs per door (more where stated), ${new Date().toISOString().slice(0, 10)}`,
  );
  for (const door of DOORS) {
    const runs: Result[] = [];
    for (let i = 0; i < (door.runs ?? RUNS); i++) runs.push(await audit(base + door.path));
    const typical = median(runs, performanceOf);
    console.log(`${door.name} (/${door.path}), ${runs.length} runs`);
    console.log(
      `  each run: ${runs.map((r) => [`performance ${performanceOf(r)}`, ...METRICS.map((m) => `${m.label} ${m.show(numeric(r, m.id))}`)].join(', ')).join('; ')}`,
    );
    for (const category of Object.values(typical.categories)) {
      const score = Math.round((category.score ?? 0) * 100);
      const floor = category.id === 'performance' ? BUDGET.performance : BUDGET.otherCategories;
      if (score < floor) fail(`${category.title}: ${score}, below ${floor}`);
      else console.log(`  ok   ${category.title}: ${score}`);
    }
    for (const metric of METRICS) {
      const value = numeric(
        median(runs, (r) => numeric(r, metric.id)),
        metric.id,
      );
      if (value > metric.max)
        fail(`median ${metric.label} ${metric.show(value)}, over ${metric.show(metric.max)}`);
      else console.log(`  ok   median ${metric.label} ${metric.show(value)}`);
    }
    for (const item of Object.values(typical.audits)) {
      if (item.score === null || item.score === 1 || item.scoreDisplayMode !== 'binary') continue;
      console.log(`       failed audit: ${item.id}: ${item.title}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failed) process.exit(1);

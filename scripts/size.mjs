// Size budgets for the production build (run `npm run build` first). Prints every figure and fails
// when a budget is exceeded. Sizes are gzip level 9, as a static host would serve them.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Initial JavaScript is what index.html loads before anything is shown: its entry and modulepreloads.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = (pattern) => [...html.matchAll(pattern)].map((m) => m[1].replace(/^\.\//, ''));
const initialJs = referenced(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g);
const css = referenced(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);
const allJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const lazyJs = allJs.filter((f) => !initialJs.includes(f));

const sum = (files) => files.reduce((total, f) => total + gz(f), 0);
const BUDGETS = [
  // React 19 with react-dom is 68 KB of this on its own; see the README's Quality section.
  {
    name: 'initial JavaScript',
    bytes: sum(initialJs),
    budget: 96 * 1024,
    target: 80 * 1024,
    files: initialJs,
  },
  { name: 'CSS', bytes: sum(css), budget: 10 * 1024, files: css },
  { name: 'embed.js', bytes: gz('embed.js'), budget: 2 * 1024, files: ['embed.js'] },
  { name: 'lazy JavaScript (result, embed panel)', bytes: sum(lazyJs), budget: 20 * 1024, files: lazyJs },
];

let failed = false;
for (const { name, bytes, budget, target, files } of BUDGETS) {
  const over = bytes > budget;
  failed ||= over;
  const note = target && bytes > target ? ` (target ${kb(target)} not met yet)` : '';
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${name}: ${kb(bytes)} gzip of ${kb(budget)} budget${note} [${files.join(', ')}]`,
  );
}
if (failed) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}

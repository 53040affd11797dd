// Size budgets for the production build (run `npm run build` first). Prints every figure and fails
// when a budget is exceeded. Sizes are gzip level 9, as a static host would serve them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

// Initial JavaScript is everything a visit loads without anyone clicking: the entry, what it imports,
// and the app that boot.ts imports straight after the first paint. The rest loads on demand.
const entry = manifest['index.html'];
const initial = new Set();
const collect = (key, followDynamic) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.imports ?? []).forEach((k) => collect(k, false));
  if (followDynamic) (chunk.dynamicImports ?? []).forEach((k) => collect(k, false));
};
collect('index.html', true);
const initialJs = [...initial].filter((f) => f.endsWith('.js'));
const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
const lazyJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter(
  (f) => f.endsWith('.js') && !initial.has(f),
);

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
  {
    name: 'on-demand JavaScript (result, embed panel)',
    bytes: sum(lazyJs),
    budget: 20 * 1024,
    files: lazyJs,
  },
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
if (entry === undefined) throw new Error('dist/.vite/manifest.json has no index.html entry');
if (failed) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}

// Size budgets for the production build (run `npm run build` first). Prints every figure and fails
// when a budget is exceeded. Sizes are gzip level 9, as a static host would serve them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
if (manifest['index.html'] === undefined) throw new Error('dist/.vite/manifest.json has no index.html entry');

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function filesOf(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`dist/.vite/manifest.json has no chunk for ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  (chunk.imports ?? []).forEach((k) => filesOf(k, into));
  return into;
}
const js = (files) => [...files].filter((f) => f.endsWith('.js'));
const sum = (files) => files.reduce((total, f) => total + gz(f), 0);

// Initial JavaScript is everything a visit loads without anyone clicking: the entry, what it imports, and
// the app that boot.ts imports straight after the first paint. The rest loads when a screen needs it.
const initial = filesOf('index.html');
(manifest['index.html'].dynamicImports ?? []).forEach((k) => filesOf(k, initial));
const initialJs = js(initial);
const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
const onDemandJs = js(new Set(Object.values(manifest).map((c) => c.file))).filter((f) => !initial.has(f));
/** What a visit adds on top of the initial JavaScript when it reaches the chunk for `source`. */
const addedBy = (source) => js(filesOf(source)).filter((f) => !initial.has(f));

const BUDGETS = [
  // React 19.2 with react-dom is 59 KB of this on its own; see docs/quality.md.
  { name: 'initial JavaScript', files: initialJs, budget: 80 * 1024 },
  { name: 'CSS', files: css, budget: 10 * 1024 },
  // The page itself carries the templates every door paints from (scripts/first-paint-templates.tsx).
  { name: 'index.html with its first-paint templates', files: ['index.html'], budget: 10 * 1024 },
  { name: 'embed.js', files: ['embed.js'], budget: 2 * 1024 },
  // The model catalogue, the GPU table and the estimator load after a verdict has painted, never before it.
  { name: 'on-demand JavaScript, all of it', files: onDemandJs, budget: 48 * 1024 },
];
const FIGURES = [
  { name: 'a result adds', files: addedBy('src/screens/result/result-screen.tsx') },
  {
    name: 'a result with its candidates and estimate adds',
    files: addedBy('src/screens/result/experiment/experiment-sections.tsx'),
  },
  { name: 'an embedded app adds', files: addedBy('src/embed/app-messaging.ts') },
  { name: 'the Embed this wizard panel adds', files: addedBy('src/screens/embed-panel.tsx') },
];

let failed = false;
for (const { name, files, budget } of BUDGETS) {
  const bytes = sum(files);
  const over = bytes > budget;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${name}: ${kb(bytes)} gzip of ${kb(budget)} budget [${files.join(', ')}]`,
  );
}
for (const { name, files } of FIGURES)
  console.log(`      ${name} ${kb(sum(files))} gzip [${files.join(', ')}]`);
if (failed) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}

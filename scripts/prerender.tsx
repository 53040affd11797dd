// Writes the start screen into dist/index.html as static HTML, so the first paint needs no JavaScript,
// with the templates other doors paint from (first-paint-templates.tsx), the page's preview tags, and a
// copy of the page for each verdict (verdict-pages.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app';
import { shipped } from './shipped-tables';
import { createWizardStore } from '../src/state/wizard-store';
import { addressOf, withMeta, writeVerdictPages } from './verdict-pages';
import { firstPaintTemplates } from './first-paint-templates';
import { writePublishedData } from './published-data';

// With the site's address (e.g. SITE_URL=https://example.com/tools/wizard/), preview images are absolute,
// as some chat tools require; without it they are relative to each page.
const siteUrl = process.env.SITE_URL;

const rulesLoad = { ok: true, rules: shipped.questions } as const;

const store = createWizardStore({ rules: rulesLoad.rules });
const markup = renderToString(<App rulesLoad={rulesLoad} store={store} embedded={false} />);
// BUILD_DIR: where vite.config.ts built to (an organisation's build may sit beside the public one).
const dir = process.env.BUILD_DIR ?? 'dist';
const file = `${dir}/index.html`;
const html = readFileSync(file, 'utf8');
const slot = '<div id="root"></div>';
if (!html.includes(slot)) throw new Error(`${file} has no empty ${slot} to fill`);
const templates = firstPaintTemplates(rulesLoad, shipped.rules);
// The boot script must swap in a link's screen before anything paints, or the start screen would show
// first and be pushed around; Vite drops this attribute from the entry's tag, so it is added here.
const renderBlocking = (page: string) => {
  if (!/<script type="module" crossorigin src="\.\/assets\/index-/.test(page))
    throw new Error('No boot script found');
  return page.replace(
    '<script type="module" crossorigin',
    '<script type="module" blocking="render" crossorigin',
  );
};
const page = withMeta(renderBlocking(html.replace(slot, `<div id="root">${markup}</div>${templates}`)), {
  title: 'SLM or LLM? Choose a small or large language model',
  description:
    'Answer five questions about your AI feature and get a defensible recommendation: a small language model, a large one, or a hybrid. Nothing leaves your browser.',
  image: addressOf(siteUrl, 'og/start.png', 'og/start.png'),
  imageAlt: 'SLM or LLM? A five-question decision wizard',
  url: siteUrl,
});
writeFileSync(file, page);
console.log(
  `prerendered the start screen into ${file} (${markup.length} characters), and the first-paint templates (${templates.length})`,
);
const verdicts = writeVerdictPages(dir, page, shipped.rules, siteUrl);
console.log(`wrote a page for each verdict: ${verdicts.map((v) => `${dir}/r/${v}/index.html`).join(', ')}`);
writePublishedData(dir, shipped.catalogue);
console.log(`published ${dir}/catalogue.json, profile.schema.json and result.schema.json`);

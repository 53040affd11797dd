// Writes the start screen into dist/index.html as static HTML, so the first paint needs no JavaScript.
// The app replaces it on load (createRoot), so a deep link shows its own step a moment later.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../src/app';
import { shippedQuestions } from '../src/rules/rules';
import { rulesFor } from '../src/rules/advice';
import { memoryStorage } from '../src/state/safe-storage';
import { createWizardStore } from '../src/state/wizard-store';

const rulesLoad = shippedQuestions();
if (!rulesLoad.ok) throw new Error(`The rules table is invalid:\n${rulesLoad.problems.join('\n')}`);
// The advice loads only with a result, so the build is where a broken advice table must stop.
const fullLoad = rulesFor(rulesLoad.rules);
if (!fullLoad.ok) throw new Error(`The advice table is invalid:\n${fullLoad.problems.join('\n')}`);

const store = createWizardStore({ rules: rulesLoad.rules, getStorage: memoryStorage });
const markup = renderToStaticMarkup(<App rulesLoad={rulesLoad} store={store} embedded={false} />);
const file = 'dist/index.html';
const html = readFileSync(file, 'utf8');
const slot = '<div id="root"></div>';
if (!html.includes(slot)) throw new Error(`${file} has no empty ${slot} to fill`);
writeFileSync(file, html.replace(slot, `<div id="root">${markup}</div>`));
console.log(`prerendered the start screen into ${file} (${markup.length} characters)`);

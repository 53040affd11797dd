import { CRITERION_IDS } from './rules/criterion-ids';

/*
 * Before anything paints, shows the screen a link or an embed opens, from templates the build wrote into
 * index.html (scripts/prerender.tsx): a question, a verdict's headline, or the embedded start. The app
 * then renders the same markup in place, so the first paint is the real screen and nothing moves. Only
 * the plain forms the app itself writes are handled; anything else keeps the prerendered start screen
 * and the app takes over as before. Zod-free and tiny: it runs in the boot script.
 */

const WORD = /^[a-z]+$/;

/** The template for a hash, if it is a link the app writes: a question, or all five answers. */
function templateFor(doc: Document, params: URLSearchParams): HTMLTemplateElement | null {
  const version = params.getAll('v');
  if (version.length > 1 || (version.length === 1 && version[0] !== '1')) return null;
  const values = CRITERION_IDS.map((id) => params.getAll(id));
  // Every value is checked as a plain word before it goes into a selector.
  if (values.some((list) => list.length > 1 || (list.length === 1 && !WORD.test(list[0]!)))) return null;
  const steps = params.getAll('step');
  if (steps.length > 1) return null;
  const step = steps[0] ?? CRITERION_IDS.find((_, i) => values[i]!.length === 0);
  if (step !== undefined) {
    return (CRITERION_IDS as readonly string[]).includes(step)
      ? doc.querySelector<HTMLTemplateElement>(`template[data-step="${step}"]`)
      : null;
  }
  const key = values.map((list) => list[0]).join('.');
  return doc.querySelector<HTMLTemplateElement>(`template[data-answers~="${key}"]`);
}

/**
 * Paints the first screen for this address from the page's templates. Returns false when the page has no
 * prerendered markup (the dev server) or shows something the templates do not cover.
 */
export function paintFirstScreen(doc: Document, hash: string, embed: boolean): boolean {
  const root = doc.getElementById('root');
  if (!root?.hasChildNodes()) return false;
  if (hash.length <= 1) {
    if (!embed) return true; // the prerendered start screen, as it is
    const template = doc.querySelector<HTMLTemplateElement>('template[data-embed]');
    if (!template) return false;
    root.replaceChildren(template.content.cloneNode(true));
    return true;
  }
  const main = root.querySelector('main');
  const template = embed || !main ? null : templateFor(doc, new URLSearchParams(hash.slice(1)));
  if (!main || !template) return false;
  main.replaceChildren(template.content.cloneNode(true));
  // A question's form works only once the app runs; until then a Next must not submit it natively.
  doc.addEventListener('submit', (event) => {
    if (!doc.documentElement.dataset.appReady) event.preventDefault();
  });
  // A result's page holds only its headline, so the app renders the result afresh (main.tsx).
  if (!template.dataset.step) doc.documentElement.dataset.firstPaint = 'result';
  return true;
}

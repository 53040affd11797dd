import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import { App } from './app';
import { notices, resultScreen } from './screens/wizard';
import type { Questions } from './rules/questions-schema';
import { shippedQuestions } from './rules/shipped-questions';
import { progressKey, type Presentation } from './share/presentation';
import { createWizardStore } from './state/wizard-store';
import type { WizardState } from './state/wizard-types';
import { createTabSets } from './state/tab-sets';
import { keepProgress } from './state/progress-sync';
import { syncWithUrl } from './state/url-sync';
import type { PageTheme } from './state/theme';

// Only an embedded app talks to a host page, so the messaging code (and the scoring it reports) loads there
// alone instead of weighing on every visit.
function connectEmbedded(
  store: StoreApi<WizardState>,
  rules: Questions,
  presentation: Presentation,
  theme: PageTheme,
  rootElement: HTMLElement,
) {
  import('./embed/app-messaging')
    .then(({ connectToHost }) => connectToHost(store, rules, presentation, theme.setHostTheme, rootElement))
    .catch((error: unknown) => console.error('The embedded wizard could not reach its host page.', error));
}

/** Builds the store, connects it to the URL (and, embedded, to the host page) and renders the app. */
export function start(presentation: Presentation, theme: PageTheme) {
  const rootElement = document.getElementById('root')!;
  const rulesLoad = shippedQuestions();
  // Built before rendering so the first render already shows what saved progress and the link say.
  const tab = createTabSets();
  const store = rulesLoad.ok ? createWizardStore({ rules: rulesLoad.rules, tab }) : null;
  if (store && rulesLoad.ok) {
    keepProgress(store, {
      rules: rulesLoad.rules,
      tab,
      getStorage: () => window.localStorage,
      key: progressKey(presentation),
      storageMayBeBlocked: presentation.embed,
      events: window,
    });
    syncWithUrl(store, rulesLoad.rules, { history: presentation.embed ? 'replace' : 'push' });
    if (presentation.embed) connectEmbedded(store, rulesLoad.rules, presentation, theme, rootElement);
  }

  const app = (
    <StrictMode>
      <App rulesLoad={rulesLoad} store={store} embedded={presentation.embed} />
    </StrictMode>
  );
  // The page boot.ts painted is the app's own markup for the start, a question or the embedded start, so
  // React adopts it instead of re-creating it: nothing is painted twice. Where the person's state differs
  // (saved progress, a preference), React renders the right screen in its place, which is the designed
  // fallback, not an error. A result link's page holds only the headline, so it is rendered afresh.
  // Either way in a transition, so React works in slices that yield to the browser.
  const render = () => {
    if (rootElement.hasChildNodes() && document.documentElement.dataset.firstPaint !== 'result') {
      startTransition(() => {
        hydrateRoot(rootElement, app, { onRecoverableError: () => undefined });
      });
    } else {
      // React clears what boot.ts painted in the same commit that shows the app, so no frame is empty.
      startTransition(() => createRoot(rootElement).render(app));
    }
  };
  // A notice from the start (a damaged link, blocked storage) and a result a link opens are part of the
  // first render, so that nothing jumps a moment after the page appears or replaces what boot.ts painted.
  const state = store?.getState();
  const before = [
    ...(state?.notices.length ? [notices.preload()] : []),
    ...(state?.step === 'result' ? [resultScreen.preload()] : []),
  ];
  if (before.length > 0) Promise.all(before).then(render, render);
  else render();
}

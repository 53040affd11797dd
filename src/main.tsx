import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand/vanilla';
import { App } from './app';
import { notices } from './screens/wizard';
import type { Questions } from './rules/schema';
import { shippedQuestions } from './rules/rules';
import type { Presentation } from './share/presentation';
import { createWizardStore, type WizardState } from './state/wizard-store';
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
  // Built before rendering so the first render already shows what the link and saved progress say.
  const store = rulesLoad.ok
    ? createWizardStore({
        rules: rulesLoad.rules,
        getStorage: () => window.localStorage,
        // Embeds keep their own progress, so a preview or a docs page never overwrites the app's.
        persistKey: presentation.embed ? 'slm-or-llm:embed' : 'slm-or-llm',
        storageMayBeBlocked: presentation.embed,
      })
    : null;
  if (store && rulesLoad.ok) {
    syncWithUrl(store, rulesLoad.rules, { history: presentation.embed ? 'replace' : 'push' });
    if (presentation.embed) connectEmbedded(store, rulesLoad.rules, presentation, theme, rootElement);
  }

  // index.html holds a prerendered start screen (scripts/prerender.tsx); the app renders the real state
  // in its place. A transition lets React render in slices that yield to the browser.
  const render = () => {
    rootElement.replaceChildren();
    const root = createRoot(rootElement);
    startTransition(() =>
      root.render(
        <StrictMode>
          <App rulesLoad={rulesLoad} store={store} embedded={presentation.embed} />
        </StrictMode>,
      ),
    );
  };
  // A notice from the start (a damaged link, blocked storage) is part of the first render, so that nothing
  // jumps down a moment after the page appears.
  if (store?.getState().notices.length) notices.preload().then(render, render);
  else render();
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { shippedRules } from './rules/rules';
import { readPresentation } from './share/presentation';
import { createWizardStore } from './state/wizard-store';
import { syncWithUrl } from './state/url-sync';
import { applyTheme } from './state/theme';
import { connectToHost } from './embed/app-messaging';

const presentation = readPresentation(window.location.search);
const theme = applyTheme(presentation, document.documentElement);
const rootElement = document.getElementById('root')!;

// Built before rendering so the first paint already shows what the link and saved progress say.
const store = shippedRules.ok
  ? createWizardStore({
      rules: shippedRules.rules,
      getStorage: () => window.localStorage,
      // Embeds keep their own progress, so a preview or a docs page never overwrites the app's.
      persistKey: presentation.embed ? 'slm-or-llm:embed' : 'slm-or-llm',
    })
  : null;

if (store && shippedRules.ok) {
  syncWithUrl(store, shippedRules.rules, { history: presentation.embed ? 'replace' : 'push' });
  connectToHost(store, shippedRules.rules, presentation, theme.setHostTheme, rootElement);
}

const app = (
  <StrictMode>
    <App rulesLoad={shippedRules} store={store} embedded={presentation.embed} />
  </StrictMode>
);
const mount = () => {
  rootElement.replaceChildren();
  createRoot(rootElement).render(app);
};
// The build prerenders the start screen of a first visit into index.html (scripts/prerender.tsx). When that
// is what this visit shows, the browser paints it first and React takes over a frame later; a link, saved
// progress or an embed shows something else, so React renders at once.
const state = store?.getState();
const showsPrerender =
  !presentation.embed &&
  state?.step === 'start' &&
  Object.keys(state.answers).length === 0 &&
  state.notices.length === 0 &&
  rootElement.hasChildNodes();
if (showsPrerender) afterFirstContentfulPaint(mount);
else mount();

function afterFirstContentfulPaint(callback: () => void) {
  let done = false;
  const once = () => {
    if (!done) callback();
    done = true;
  };
  // Browsers without paint timing would wait for nothing, so a short timeout bounds the wait.
  setTimeout(once, 300);
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(once));
    }).observe({ type: 'paint', buffered: true });
  } catch {
    once();
  }
}

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

// index.html holds a prerendered start screen (scripts/prerender.tsx); the app renders the real state in
// its place. boot.ts has already let the browser paint it when it is what a first visit shows.
rootElement.replaceChildren();
createRoot(rootElement).render(
  <StrictMode>
    <App rulesLoad={shippedRules} store={store} embedded={presentation.embed} />
  </StrictMode>,
);

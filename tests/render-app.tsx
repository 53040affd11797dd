import { render, waitFor } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { App } from '../src/app';
import { loadQuestions, type QuestionsLoad } from '../src/rules/rules';
import { questionsData } from '../src/rules/questions-data';
import { memoryStorage } from './memory-storage';
import { savedWizard } from './saved-wizard';
import { syncWithUrl } from '../src/state/url-sync';

interface Options {
  hash?: string;
  storage?: Storage;
  rulesLoad?: QuestionsLoad;
}

/** Renders the whole app as main.tsx does: a fresh store, synced with the (jsdom) URL. */
export function renderApp({
  hash = '',
  storage = memoryStorage(),
  rulesLoad = loadQuestions(questionsData),
}: Options = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  if (!rulesLoad.ok)
    return { ...render(<App rulesLoad={rulesLoad} store={null} embedded={false} />), store: null, storage };
  const store = savedWizard({ rules: rulesLoad.rules, getStorage: () => storage });
  const stop = syncWithUrl(store, rulesLoad.rules, { history: 'push' });
  onTestFinished(stop); // the next test's app must not share this one's URL listeners
  const view = render(<App rulesLoad={rulesLoad} store={store} embedded={false} />);
  return { ...view, store, storage };
}

/**
 * The element carrying data-verdict, once the result screen (loaded on demand) is on the page with every
 * section below the verdict, which arrive one after another (useRevealedCount).
 */
export const findResult = () =>
  waitFor(
    () => {
      const result = document.querySelector<HTMLElement>('[data-verdict]');
      if (!result) throw new Error('No result on the page yet');
      if (document.querySelector('[data-details-pending]')) throw new Error('The result is still arriving');
      return result;
    },
    { timeout: 5000 },
  );

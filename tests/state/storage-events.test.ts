// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { savedWizard } from '../saved-wizard';
import { PROGRESS_KEY } from '../../src/share/storage-keys';

afterEach(() => localStorage.clear());

it('hears what other tabs save through the page’s own storage events', () => {
  const listening = savedWizard({ rules, getStorage: () => localStorage, events: window });
  // Another tab's write, as this tab's storage sees it.
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ state: { answers: { task: 'simple' } }, version: 1 }));
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
  expect(listening.getState().answers).toEqual({ task: 'simple' });
});

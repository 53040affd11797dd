// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { rules } from '../shipped-rules';
import { createWizardStore, PERSIST_KEY } from '../../src/state/wizard-store';

afterEach(() => localStorage.clear());

it('hears what other tabs save through the page’s own storage events', () => {
  const listening = createWizardStore({ rules, getStorage: () => localStorage });
  // Another tab's write, as this tab's storage sees it.
  localStorage.setItem(PERSIST_KEY, JSON.stringify({ state: { answers: { task: 'simple' } }, version: 1 }));
  window.dispatchEvent(new StorageEvent('storage', { key: PERSIST_KEY }));
  expect(listening.getState().answers).toEqual({ task: 'simple' });
});

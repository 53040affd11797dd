import type { Questions } from '../src/rules/questions-schema';
import { keepProgress, type KeepProgressOptions } from '../src/state/progress-sync';
import { createTabSets } from '../src/state/tab-sets';
import { createWizardStore } from '../src/state/wizard-store';
import { PROGRESS_KEY } from '../src/share/storage-keys';

type Options = Partial<Omit<KeepProgressOptions, 'rules' | 'tab'>> &
  Pick<KeepProgressOptions, 'getStorage'> & { rules: Questions; now?: () => number; newId?: () => string };

/** A wizard store with its progress saved, wired as main.tsx wires it. */
export function savedWizard({ rules, now, newId, key = PROGRESS_KEY, ...saving }: Options) {
  const tab = createTabSets({ now, newId });
  const store = createWizardStore({ rules, tab });
  keepProgress(store, { rules, tab, key, ...saving });
  return store;
}

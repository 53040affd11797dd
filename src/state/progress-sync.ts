import type { StoreApi } from 'zustand/vanilla';
import type { Questions } from '../rules/questions-schema';
import { createSafeStorage, type StorageFault } from './safe-storage';
import {
  isEmpty,
  labelOf,
  mergeChange,
  readProgress,
  sameProgress,
  storedForm,
  tidy,
  type Progress,
} from './saved-progress';
import { received } from './answer-set-moves';
import type { TabSets } from './tab-sets';
import type { WizardData, WizardState } from './wizard-types';

/** The progress a state saves. */
export const progressOf = ({ answers, answerSet, setAside, shortcuts, traffic }: WizardData): Progress => ({
  current: { ...answerSet, answers },
  setAside,
  shortcuts,
  traffic,
});

/** The saved shape's version: 1 is the first; what later versions add, readProgress reads leniently. */
export const PERSIST_VERSION = 1;

export interface KeepProgressOptions {
  rules: Questions;
  /** The sets of answers this tab started: the store's own (wizard-store.ts). */
  tab: TabSets;
  /** Where progress is saved; it may throw, hand back garbage or refuse writes (see safe-storage.ts). */
  getStorage: () => Storage;
  /** Which progress: the standalone app's or one embed's (storage-keys.ts). */
  key: string;
  /**
   * Blocked storage is the norm in a third-party frame, so an embed says nothing about it; the answers
   * still last as long as the page, and every other fault is still reported.
   */
  storageMayBeBlocked?: boolean;
  /** Where other tabs' writes are heard (`storage` events: the window); without it, no other tab is heard. */
  events?: Pick<Window, 'addEventListener'>;
}

/**
 * Attaches saving to a store from outside it, as zustand's `persist` does: loads saved progress into it,
 * writes each change the person makes, and takes in what other tabs write. Every write starts from what
 * storage holds at that moment and applies only this tab's change (mergeChange), so a tab that was left
 * open never overwrites newer progress with older answers.
 */
export function keepProgress(
  store: StoreApi<WizardState>,
  { rules, tab, getStorage, key, storageMayBeBlocked = false, events }: KeepProgressOptions,
) {
  // A save that names no set (from before sets were named) becomes the set the store started with.
  const fallbackId = store.getState().answerSet.id;
  const report = (fault: StorageFault | 'stale-answers') => {
    if (fault === 'blocked' && storageMayBeBlocked) return;
    store.getState().report({ kind: 'storage', fault });
  };
  const storage = createSafeStorage(getStorage, PERSIST_VERSION, report);
  const load = (onFault: (fault: 'wrong-shape' | 'stale-answers') => void): Progress | null => {
    const saved = storage.getItem(key);
    if (!saved) return null;
    const { progress, fault } = readProgress(rules, saved.state, fallbackId);
    if (fault) onFault(fault);
    return progress;
  };

  const write = (progress: Progress) =>
    storage.setItem(key, { state: storedForm(progress), version: PERSIST_VERSION });

  const loaded = load(report);
  if (loaded) {
    store.setState(({ notices }) => ({
      answers: loaded.current.answers,
      answerSet: labelOf(loaded.current),
      setAside: loaded.setAside,
      shortcuts: loaded.shortcuts,
      traffic: loaded.traffic,
      notices: loaded.setAside.length > 0 ? [...notices, { kind: 'set-aside' }] : notices,
    }));
  }

  // What another tab saved, once taken in (receive), is what storage holds already, so the merge below finds
  // nothing to write for it: only this tab's own changes are ever written.
  store.subscribe((state, previous) => {
    const before = progressOf(previous);
    const after = progressOf(state);
    // Stryker disable next-line ConditionalExpression: only spares a read of storage; the merge of an unchanged progress writes nothing
    if (sameProgress(before, after)) return;
    // Faults in what another tab wrote were that tab's to report; here they only cost the damaged part.
    const stored = load(() => undefined);
    const next = mergeChange(before, after, stored);
    if (!stored || !sameProgress(next, stored)) write(next);
  });

  events?.addEventListener('storage', (event) => {
    // Stryker disable next-line ConditionalExpression: only spares a read of storage; this key read again holds what this tab holds
    if (event.key !== key) return;
    const progress = load(() => undefined);
    if (!progress) return;
    store.setState((state) => received(state, progress, tab));
    // Another tab replaced this tab's answers, having read them there: they are kept aside, so closing
    // this tab does not lose them.
    const { answers, answerSet } = store.getState();
    const held = [progress.current, ...progress.setAside].some((set) => set.id === answerSet.id);
    if (!held && !isEmpty(answers) && tab.startedHere(answerSet.id))
      write(tidy({ ...progress, setAside: [{ ...answerSet, answers, from: 'tab' }, ...progress.setAside] }));
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import { CRITERION_IDS } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { withTraffic } from '../rules/traffic';
import { forgotten, linkApplied, switchedTo, withNotice, withoutNotice } from './answer-set-moves';
import { landingStep } from './steps';
import { createTabSets, type TabSets } from './tab-sets';
import type { WizardState } from './wizard-types';

export interface WizardStoreOptions {
  rules: Questions;
  /** The sets of answers this tab started; shared with the progress saving (progress-sync.ts). */
  tab?: TabSets;
}

/**
 * A fresh wizard store. Each app, embed and test gets its own; saving progress, the address and a host page
 * are attached from outside (main.tsx), so the store itself knows nothing of storage or the browser.
 */
export function createWizardStore({
  rules,
  tab = createTabSets(),
}: WizardStoreOptions): StoreApi<WizardState> {
  return createStore<WizardState>()((set, get) => ({
    answers: {},
    answerSet: { id: tab.start(), from: 'saved', at: null },
    step: 'start',
    setAside: [],
    baseline: null,
    shortcuts: true,
    traffic: {},
    notices: [],

    begin: () => set({ step: landingStep(rules, get().answers) }),

    choose: (criterion, option) =>
      set(({ answers, answerSet, step, baseline }) => ({
        answers: { ...answers, [criterion]: option },
        answerSet: answers[criterion] === option ? answerSet : tab.changed(answerSet),
        baseline: step === 'result' && !baseline ? answers : baseline,
      })),

    goTo: (step) => set({ step: step === 'result' ? landingStep(rules, get().answers) : step }),

    next: () => {
      const { step, answers } = get();
      if (step === 'start' || step === 'result') return true;
      if (answers[step] === undefined) return false;
      // Linear, so a person reviewing earlier answers sees each later one again on the way.
      const following = CRITERION_IDS[CRITERION_IDS.indexOf(step) + 1];
      set({ step: following ?? landingStep(rules, answers) });
      return true;
    },

    back: () => {
      const { step } = get();
      if (step === 'start') return;
      if (step === 'result') set({ step: CRITERION_IDS.at(-1)! });
      else set({ step: CRITERION_IDS[CRITERION_IDS.indexOf(step) - 1] ?? 'start' });
    },

    startOver: () =>
      set(({ answerSet }) => ({
        answers: {},
        answerSet: tab.changed(answerSet),
        step: 'start',
        baseline: null,
        traffic: {},
        notices: [],
      })),

    restoreBaseline: () => {
      const { baseline, answerSet } = get();
      if (baseline) set({ answers: baseline, answerSet: tab.changed(answerSet), baseline: null });
    },

    applyLink: (link, source) => set(linkApplied(get(), link, source, rules, tab)),
    switchTo: (id) => set(switchedTo(get(), id, rules)),
    forget: (id) => set(forgotten(get(), id)),
    dismiss: (kind) => set(({ notices }) => ({ notices: withoutNotice(notices, kind) })),
    setShortcuts: (shortcuts) => set({ shortcuts }),

    setTraffic: (key, value) => set(({ traffic }) => ({ traffic: withTraffic(traffic, key, value) })),

    report: (notice) => set(({ notices }) => ({ notices: withNotice(notices, notice) })),
  }));
}

import * as z from 'zod/mini';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { CRITERION_IDS, type CriterionId, type Questions } from '../rules/schema';
import { firstUnanswered, validAnswers } from '../engine/answers';
import type { Answers } from '../engine/types';
import { readTrafficValue, TRAFFIC_KEYS, type Traffic, type TrafficKey } from '../rules/traffic';
import type { DecodedLink } from '../share/link-codec';
import { createSafeStorage, type StorageFault } from './safe-storage';

export type Step = 'start' | CriterionId | 'result';

export type Notice =
  | { kind: 'link'; problems: DecodedLink['problems']; kept: number; fatal: boolean }
  | { kind: 'storage'; fault: StorageFault | 'stale-answers' }
  | { kind: 'saved-differs' };

export interface WizardState {
  answers: Answers;
  step: Step;
  /** Saved answers set aside when a link opened different ones; kept until the person chooses. */
  stashed: Answers | null;
  /** The answers as they were before the first what-if change on the result, to go back to. */
  baseline: Answers | null;
  shortcuts: boolean;
  /** The cost estimate's inputs the person has set; the rest take the catalogue's defaults. */
  traffic: Traffic;
  notices: Notice[];

  begin(): void;
  choose(criterion: CriterionId, option: string): void;
  goTo(step: Step): void;
  next(): boolean;
  back(): void;
  startOver(): void;
  restoreBaseline(): void;
  applyLink(link: DecodedLink, source: 'open' | 'navigate'): void;
  openSaved(): void;
  discardSaved(): void;
  dismiss(kind: Notice['kind']): void;
  setShortcuts(enabled: boolean): void;
  setTraffic(key: TrafficKey, value: number | undefined): void;
  report(notice: Notice): void;
}

export const PERSIST_KEY = 'slm-or-llm';
export const PERSIST_VERSION = 1;

// An object of the five ids rather than a record: a stray key is dropped instead of costing the whole save,
// and each answer is checked against the rules on the way in (validAnswers), so a bad one costs only itself.
const StoredAnswers = z.object(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, z.optional(z.unknown())])) as {
    [Id in CriterionId]: z.ZodMiniOptional<z.ZodMiniUnknown>;
  },
);
// Values are checked again on the way in (validTraffic), like answers, so a bad one costs only itself.
const StoredTraffic = z.object(
  Object.fromEntries(TRAFFIC_KEYS.map((key) => [key, z.optional(z.unknown())])) as {
    [Key in TrafficKey]: z.ZodMiniOptional<z.ZodMiniUnknown>;
  },
);
// Each field is read on its own, so one that is damaged loses itself and nothing else.
const Persisted = z.object({
  answers: z.optional(z.unknown()),
  stashed: z.optional(z.unknown()),
  shortcuts: z.optional(z.unknown()),
  // Saves from before the estimate have none.
  traffic: z.optional(z.unknown()),
});
interface Persisted {
  answers: Answers;
  stashed: Answers | null;
  shortcuts: boolean;
  traffic: Traffic;
}

/** The valid answers of a stored set, how many stored ones were not, and whether it was no set at all. */
function storedAnswers(rules: Questions, stored: unknown) {
  const parsed = StoredAnswers.safeParse(stored);
  if (!parsed.success)
    return { answers: {}, dropped: 0, unreadable: stored !== undefined && stored !== null };
  const answers = validAnswers(rules, parsed.data as Answers);
  return {
    answers,
    dropped: Object.keys(parsed.data).length - Object.keys(answers).length,
    unreadable: false,
  };
}

function validTraffic(stored: unknown): Traffic {
  const parsed = StoredTraffic.safeParse(stored);
  const traffic: Traffic = {};
  for (const key of TRAFFIC_KEYS) {
    const value = parsed.success ? parsed.data[key] : undefined;
    if (typeof value === 'number' && readTrafficValue(key, String(value)) === value) traffic[key] = value;
  }
  return traffic;
}

const sameAnswers = (a: Answers, b: Answers) => CRITERION_IDS.every((c) => a[c] === b[c]);
const isEmpty = (answers: Answers) => CRITERION_IDS.every((c) => answers[c] === undefined);

/** Where a set of answers should open: the requested question, else the first open one, else the result. */
function landingStep(rules: Questions, answers: Answers, requested: CriterionId | null): Step {
  return requested ?? firstUnanswered(rules, answers) ?? 'result';
}

export interface WizardStoreOptions {
  rules: Questions;
  /** Where progress is saved; it may throw, hand back garbage or refuse writes (see safe-storage.ts). */
  getStorage: () => Storage;
  persistKey?: string;
  /**
   * Blocked storage is the norm in a third-party frame, so an embed says nothing about it; the answers
   * still last as long as the page, and every other fault is still reported.
   */
  storageMayBeBlocked?: boolean;
}

/** A fresh wizard store. Each app, embed and test gets its own. */
export function createWizardStore({
  rules,
  getStorage,
  persistKey = PERSIST_KEY,
  storageMayBeBlocked = false,
}: WizardStoreOptions): StoreApi<WizardState> {
  const withoutNotice = (notices: Notice[], kind: Notice['kind']) => notices.filter((n) => n.kind !== kind);
  // Storage can fail while the store is still being built, so a fault is held until there is a store to tell.
  const early: { store?: StoreApi<WizardState>; fault?: StorageFault } = {};
  const onFault = (fault: StorageFault) => {
    if (fault === 'blocked' && storageMayBeBlocked) return;
    if (early.store) early.store.getState().report({ kind: 'storage', fault });
    else early.fault = fault;
  };
  const storage = createSafeStorage<Persisted>(getStorage, PERSIST_VERSION, onFault);

  const store = createStore<WizardState>()(
    persist(
      (set, get) => ({
        answers: {},
        step: 'start',
        stashed: null,
        baseline: null,
        shortcuts: true,
        traffic: {},
        notices: [],

        begin: () => set({ step: landingStep(rules, get().answers, null) }),

        choose: (criterion, option) =>
          set(({ answers, step, baseline }) => ({
            answers: { ...answers, [criterion]: option },
            baseline: step === 'result' && !baseline ? answers : baseline,
          })),

        goTo: (step) => set({ step: step === 'result' ? landingStep(rules, get().answers, null) : step }),

        next: () => {
          const { step, answers } = get();
          if (step === 'start' || step === 'result') return true;
          if (answers[step] === undefined) return false;
          // Linear, so a person reviewing earlier answers sees each later one again on the way.
          const following = CRITERION_IDS[CRITERION_IDS.indexOf(step) + 1];
          set({ step: following ?? landingStep(rules, answers, null) });
          return true;
        },

        back: () => {
          const { step } = get();
          if (step === 'start') return;
          if (step === 'result') set({ step: CRITERION_IDS.at(-1)! });
          else set({ step: CRITERION_IDS[CRITERION_IDS.indexOf(step) - 1] ?? 'start' });
        },

        startOver: () => set({ answers: {}, step: 'start', baseline: null, traffic: {}, notices: [] }),

        restoreBaseline: () => {
          const { baseline } = get();
          if (baseline) set({ answers: baseline, baseline: null });
        },

        applyLink: (link, source) => {
          const { answers: current, notices } = get();
          const withoutLink = withoutNotice(notices, 'link');
          if (!link.ok) {
            set({
              step: 'task',
              notices: [...withoutLink, { kind: 'link', problems: link.problems, kept: 0, fatal: true }],
            });
            return;
          }
          const kept = Object.keys(link.answers).length;
          const linkNotice: Notice[] =
            link.problems.length > 0 ? [{ kind: 'link', problems: link.problems, kept, fatal: false }] : [];
          if (source === 'navigate') {
            // Moving through history: the entry's answers win, and answers it predates are kept.
            const answers = { ...current, ...link.answers };
            set({
              answers,
              step: landingStep(rules, answers, link.step),
              traffic: link.traffic,
              notices: [...withoutLink, ...linkNotice],
            });
            return;
          }
          const differs = !isEmpty(current) && !sameAnswers(current, link.answers);
          set({
            answers: link.answers,
            step: landingStep(rules, link.answers, link.step),
            traffic: link.traffic,
            stashed: differs ? current : get().stashed,
            notices: [
              ...withoutNotice(withoutLink, 'saved-differs'),
              ...linkNotice,
              ...(differs ? [{ kind: 'saved-differs' } as const] : []),
            ],
          });
        },

        openSaved: () => {
          const { stashed, answers, notices } = get();
          if (!stashed) return;
          // A swap, not a replace: the link's answers become the ones set aside, so neither is lost.
          set({
            answers: stashed,
            stashed: isEmpty(answers) ? null : answers,
            step: landingStep(rules, stashed, null),
            baseline: null,
            notices: isEmpty(answers) ? withoutNotice(notices, 'saved-differs') : notices,
          });
        },

        discardSaved: () =>
          set(({ notices }) => ({ stashed: null, notices: withoutNotice(notices, 'saved-differs') })),

        dismiss: (kind) => set(({ notices }) => ({ notices: withoutNotice(notices, kind) })),

        setShortcuts: (shortcuts) => set({ shortcuts }),

        setTraffic: (key, value) =>
          set(({ traffic }) => ({
            traffic: Object.fromEntries(
              TRAFFIC_KEYS.flatMap((k) => {
                const kept = k === key ? value : traffic[k];
                return kept === undefined ? [] : [[k, kept]];
              }),
            ),
          })),

        report: (notice) =>
          set(({ notices }) => ({ notices: [...withoutNotice(notices, notice.kind), notice] })),
      }),
      {
        name: persistKey,
        version: PERSIST_VERSION,
        storage,
        partialize: ({ answers, stashed, shortcuts, traffic }): Persisted => ({
          answers,
          stashed,
          shortcuts,
          traffic,
        }),
        // Version 1 is the first saved shape; a future version upgrades older saves here.
        migrate: (persisted) => persisted as Persisted,
        merge: (persisted, current) => {
          const parsed = Persisted.safeParse(persisted);
          if (!parsed.success) {
            const notice: Notice = { kind: 'storage', fault: 'wrong-shape' };
            return persisted === undefined ? current : { ...current, notices: [...current.notices, notice] };
          }
          const { answers, dropped, unreadable } = storedAnswers(rules, parsed.data.answers);
          const stored = storedAnswers(rules, parsed.data.stashed);
          // A set aside with nothing valid left in it is no set: no notice counts it.
          const stashed = Object.keys(stored.answers).length > 0 ? stored.answers : null;
          const { shortcuts } = parsed.data;
          const merged = {
            ...current,
            answers,
            stashed,
            shortcuts: typeof shortcuts === 'boolean' ? shortcuts : current.shortcuts,
            traffic: validTraffic(parsed.data.traffic),
          };
          if (unreadable || dropped > 0) {
            const fault = unreadable ? 'wrong-shape' : 'stale-answers';
            merged.notices = [...current.notices, { kind: 'storage', fault }];
          }
          if (stashed) merged.notices = [...merged.notices, { kind: 'saved-differs' }];
          return merged;
        },
      },
    ),
  );
  early.store = store;
  if (early.fault) store.getState().report({ kind: 'storage', fault: early.fault });
  return store;
}

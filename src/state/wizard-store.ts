import { createStore, type StoreApi } from 'zustand/vanilla';
import { CRITERION_IDS, type CriterionId, type Questions } from '../rules/schema';
import { firstUnanswered } from '../engine/answers';
import type { Answers } from '../engine/types';
import { TRAFFIC_KEYS, type Traffic, type TrafficKey } from '../rules/traffic';
import type { DecodedLink } from '../share/link-codec';
import type { StorageFault } from './safe-storage';
import {
  isEmpty,
  labelOf,
  sameAnswers,
  tidyList,
  type AnswerSet,
  type AnswerSetLabel,
  type Progress,
} from './saved-progress';
import { keepProgress } from './progress-sync';

export type Step = 'start' | CriterionId | 'result';

export type Notice =
  | { kind: 'link'; problems: DecodedLink['problems']; kept: number; fatal: boolean }
  | { kind: 'storage'; fault: StorageFault | 'stale-answers' }
  | { kind: 'set-aside' };

export interface WizardState {
  answers: Answers;
  /** Which set the answers are, where they came from and when they last changed (see saved-progress.ts). */
  answerSet: AnswerSetLabel;
  step: Step;
  /** Other sets of answers, kept until the person switches to one or forgets it; newest first. */
  setAside: AnswerSet[];
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
  switchTo(id: string): void;
  forget(id: string): void;
  /** Takes progress another tab saved (a `storage` event), without losing this tab's own answers. */
  receive(progress: Progress): void;
  dismiss(kind: Notice['kind']): void;
  setShortcuts(enabled: boolean): void;
  setTraffic(key: TrafficKey, value: number | undefined): void;
  report(notice: Notice): void;
}

export const PERSIST_KEY = 'slm-or-llm';

/** Where a set of answers should open: the requested question, else the first open one, else the result. */
function landingStep(rules: Questions, answers: Answers, requested: CriterionId | null): Step {
  return requested ?? firstUnanswered(rules, answers) ?? 'result';
}

/** The step the wizard shows: a result needs all five answers, so with one missing its question shows. */
export function displayedStep(
  rules: Questions,
  { step, answers }: Pick<WizardState, 'step' | 'answers'>,
): Step {
  return step === 'result' ? landingStep(rules, answers, null) : step;
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
  /** Where other tabs' writes are heard (`storage` events); none in tests that have no window. */
  events?: Pick<Window, 'addEventListener'>;
  now?: () => number;
  /** A new id, unique among this browser's tabs, for each set of answers this tab starts. */
  newId?: () => string;
}

// Stryker disable next-line MethodExpression: the slice only keeps ids short
const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A fresh wizard store. Each app, embed and test gets its own. */
export function createWizardStore({
  rules,
  getStorage,
  persistKey = PERSIST_KEY,
  storageMayBeBlocked = false,
  events = typeof window === 'undefined' ? undefined : window,
  now = Date.now,
  newId = randomId,
}: WizardStoreOptions): StoreApi<WizardState> {
  const withoutNotice = (notices: Notice[], kind: Notice['kind']) => notices.filter((n) => n.kind !== kind);
  const withNotice = (notices: Notice[], notice: Notice) => [...withoutNotice(notices, notice.kind), notice];
  // Sets this tab started; a change to any other set (loaded, switched to) starts a new one, so two tabs
  // never write different answers under one id.
  const started = new Set<string>();
  const start = () => {
    const id = newId();
    started.add(id);
    return id;
  };
  /** The set after this tab changed its answers. */
  const changed = (answerSet: WizardState['answerSet']) => ({
    id: started.has(answerSet.id) ? answerSet.id : start(),
    from: 'saved' as const,
    at: now(),
  });
  /** A new list of sets aside, with the notice shown when the list gained a set and gone when it is empty. */
  const listed = (state: WizardState, setAside: AnswerSet[]) => {
    const grew = setAside.some((s) => !state.setAside.some((t) => t.id === s.id));
    const notices = grew
      ? withNotice(state.notices, { kind: 'set-aside' })
      : setAside.length > 0
        ? state.notices
        : withoutNotice(state.notices, 'set-aside');
    return { setAside, notices };
  };
  const shown = ({ answers, answerSet }: WizardState): AnswerSet => ({ ...answerSet, answers });

  const store = createStore<WizardState>()((set, get) => ({
    answers: {},
    answerSet: { id: start(), from: 'saved', at: null },
    step: 'start',
    setAside: [],
    baseline: null,
    shortcuts: true,
    traffic: {},
    notices: [],

    begin: () => set({ step: landingStep(rules, get().answers, null) }),

    choose: (criterion, option) =>
      set(({ answers, answerSet, step, baseline }) => ({
        answers: { ...answers, [criterion]: option },
        answerSet: answers[criterion] === option ? answerSet : changed(answerSet),
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

    startOver: () =>
      set(({ answerSet }) => ({
        answers: {},
        answerSet: changed(answerSet),
        step: 'start',
        baseline: null,
        traffic: {},
        notices: [],
      })),

    restoreBaseline: () => {
      const { baseline, answerSet } = get();
      if (baseline) set({ answers: baseline, answerSet: changed(answerSet), baseline: null });
    },

    applyLink: (link, source) => {
      const state = get();
      const withoutLink = withoutNotice(state.notices, 'link');
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
        const answers = { ...state.answers, ...link.answers };
        set({
          answers,
          answerSet: sameAnswers(answers, state.answers) ? state.answerSet : changed(state.answerSet),
          step: landingStep(rules, answers, link.step),
          traffic: link.traffic,
          notices: [...withoutLink, ...linkNotice],
        });
        return;
      }
      const opened = { step: landingStep(rules, link.answers, link.step), traffic: link.traffic };
      if (sameAnswers(state.answers, link.answers)) {
        set({ ...opened, notices: [...withoutLink, ...linkNotice] });
        return;
      }
      // The answers shown until now are set aside, never replaced: the person may want them back.
      const current: AnswerSet = { id: start(), answers: link.answers, from: 'link', at: now() };
      const aside = listed(state, tidyList(current, [shown(state), ...state.setAside]));
      set({
        ...opened,
        answers: current.answers,
        answerSet: labelOf(current),
        baseline: null,
        setAside: aside.setAside,
        notices: [...withoutNotice(aside.notices, 'link'), ...linkNotice],
      });
    },

    switchTo: (id) => {
      const state = get();
      const chosen = state.setAside.find((s) => s.id === id);
      if (!chosen) return;
      // A swap, not a replace: the answers shown until now join the sets aside, so neither is lost.
      set({
        ...listed(state, tidyList(chosen, [shown(state), ...state.setAside])),
        answers: chosen.answers,
        answerSet: labelOf(chosen),
        step: landingStep(rules, chosen.answers, null),
        baseline: null,
      });
    },

    forget: (id) =>
      set((state) =>
        listed(
          state,
          state.setAside.filter((s) => s.id !== id),
        ),
      ),

    receive: (progress) => {
      const state = get();
      const incoming = progress.current;
      // A newer copy of the set this tab shows but did not start (it is being answered in another tab), or a
      // tab that has not started yet: either simply continues from the newest progress, as a reload would.
      const adopt =
        (incoming.id === state.answerSet.id && !started.has(incoming.id)) ||
        (state.step === 'start' && isEmpty(state.answers));
      const current = adopt ? incoming : shown(state);
      const setAside = tidyList(current, [incoming, ...progress.setAside]).map((s) =>
        s.id === incoming.id ? { ...s, from: 'tab' as const } : s,
      );
      set({
        ...(adopt ? { answers: incoming.answers, answerSet: labelOf(incoming) } : {}),
        ...listed(state, setAside),
        shortcuts: progress.shortcuts,
        traffic: progress.traffic,
      });
    },

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

    report: (notice) => set(({ notices }) => ({ notices: withNotice(notices, notice) })),
  }));

  keepProgress(store, {
    rules,
    getStorage,
    key: persistKey,
    storageMayBeBlocked,
    events,
    fallbackId: store.getState().answerSet.id,
    startedHere: (id) => started.has(id),
  });
  return store;
}

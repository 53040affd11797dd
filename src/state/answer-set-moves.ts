import type { Questions } from '../rules/questions-schema';
import type { DecodedLink } from '../share/link-codec';
import { isEmpty, labelOf, sameAnswers, tidyList, type AnswerSet, type Progress } from './saved-progress';
import { landingStep } from './steps';
import type { TabSets } from './tab-sets';
import type { Notice, WizardData } from './wizard-types';

/*
 * The ways a wizard's answers are replaced by another set: a link opened or moved to in history, a set the
 * person switches to, and what another tab saved. Each is a function of the state that returns the change,
 * so the store only applies it. A set shown until now is set aside, never dropped.
 */

export const withoutNotice = (notices: Notice[], kind: Notice['kind']) =>
  notices.filter((n) => n.kind !== kind);
export const withNotice = (notices: Notice[], notice: Notice) => [
  ...withoutNotice(notices, notice.kind),
  notice,
];

/** A new list of sets aside, with the notice shown when the list gained a set and gone when it is empty. */
function listed(state: WizardData, setAside: AnswerSet[]): Pick<WizardData, 'setAside' | 'notices'> {
  const grew = setAside.some((s) => !state.setAside.some((t) => t.id === s.id));
  const notices = grew
    ? withNotice(state.notices, { kind: 'set-aside' })
    : setAside.length > 0
      ? state.notices
      : withoutNotice(state.notices, 'set-aside');
  return { setAside, notices };
}

const shown = ({ answers, answerSet }: WizardData): AnswerSet => ({ ...answerSet, answers });

/** A link read into the wizard: opened (typed, pasted, followed) or reached by moving through history. */
export function linkApplied(
  state: WizardData,
  link: DecodedLink,
  source: 'open' | 'navigate',
  rules: Questions,
  tab: TabSets,
): Partial<WizardData> {
  const withoutLink = withoutNotice(state.notices, 'link');
  if (!link.ok) {
    return {
      step: 'task',
      notices: [...withoutLink, { kind: 'link', problems: link.problems, kept: 0, fatal: true }],
    };
  }
  const kept = Object.keys(link.answers).length;
  const linkNotice: Notice[] =
    link.problems.length > 0 ? [{ kind: 'link', problems: link.problems, kept, fatal: false }] : [];
  if (source === 'navigate') {
    // Moving through history: the entry's answers win, and answers it predates are kept.
    const answers = { ...state.answers, ...link.answers };
    return {
      answers,
      answerSet: sameAnswers(answers, state.answers) ? state.answerSet : tab.changed(state.answerSet),
      step: landingStep(rules, answers, link.step),
      traffic: link.traffic,
      notices: [...withoutLink, ...linkNotice],
    };
  }
  const opened = { step: landingStep(rules, link.answers, link.step), traffic: link.traffic };
  if (sameAnswers(state.answers, link.answers))
    return { ...opened, notices: [...withoutLink, ...linkNotice] };
  const current: AnswerSet = { id: tab.start(), answers: link.answers, from: 'link', at: tab.now() };
  const aside = listed(state, tidyList(current, [shown(state), ...state.setAside]));
  return {
    ...opened,
    answers: current.answers,
    answerSet: labelOf(current),
    baseline: null,
    setAside: aside.setAside,
    notices: [...withoutNotice(aside.notices, 'link'), ...linkNotice],
  };
}

/**
 * The set aside with this id shown instead of the current one, which joins the sets aside: a swap. The state
 * itself, unchanged, when there is no such set.
 */
export function switchedTo(state: WizardData, id: string, rules: Questions): Partial<WizardData> {
  const chosen = state.setAside.find((s) => s.id === id);
  if (!chosen) return state;
  return {
    ...listed(state, tidyList(chosen, [shown(state), ...state.setAside])),
    answers: chosen.answers,
    answerSet: labelOf(chosen),
    step: landingStep(rules, chosen.answers),
    baseline: null,
  };
}

export const forgotten = (state: WizardData, id: string): Partial<WizardData> =>
  listed(
    state,
    state.setAside.filter((s) => s.id !== id),
  );

/** Progress another tab saved (a `storage` event), taken in without losing this tab's own answers. */
export function received(state: WizardData, progress: Progress, tab: TabSets): Partial<WizardData> {
  const incoming = progress.current;
  // A newer copy of the set this tab shows but did not start (it is being answered in another tab), or a
  // tab that has not started yet: either simply continues from the newest progress, as a reload would.
  const adopt =
    (incoming.id === state.answerSet.id && !tab.startedHere(incoming.id)) ||
    (state.step === 'start' && isEmpty(state.answers));
  const current = adopt ? incoming : shown(state);
  const setAside = tidyList(current, [incoming, ...progress.setAside]).map((s) =>
    s.id === incoming.id ? { ...s, from: 'tab' as const } : s,
  );
  return {
    ...(adopt ? { answers: incoming.answers, answerSet: labelOf(incoming) } : {}),
    ...listed(state, setAside),
    shortcuts: progress.shortcuts,
    traffic: progress.traffic,
  };
}

import { CRITERION_IDS } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { optionOf } from '../engine/rules-index';
import type { AnswerSet, Source } from './saved-progress';
import { dateTime } from '../share/dates';

function originOf(from: Source): string {
  switch (from) {
    case 'saved':
      return 'Your answers saved in this browser';
    case 'link':
      return 'Answers from a link you opened';
    case 'tab':
      return 'Answers saved in another tab';
  }
}

/** Where a set came from and when it last changed: "Answers saved in another tab, 29 Nov 2026, 10:40". */
export function describeOrigin(set: AnswerSet): string {
  if (set.at === null) return `${originOf(set.from)} earlier`;
  return `${originOf(set.from)}, ${dateTime(new Date(set.at))}`;
}

/** The answers themselves, in question order: "Simple and narrow; In the cloud (2 of 5 answered)". */
export function describeAnswers(rules: Questions, set: AnswerSet): string {
  const given = CRITERION_IDS.filter((c) => set.answers[c] !== undefined);
  const labels = given.map((c) => optionOf(rules, c, set.answers[c]!).label).join('; ');
  return given.length === CRITERION_IDS.length ? labels : `${labels} (${given.length} of 5 answered)`;
}

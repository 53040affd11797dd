import { CRITERION_IDS } from '../../src/rules/schema';
import type { Questions } from '../../src/rules/questions-schema';
import type { CompleteAnswers } from '../../src/engine/types';

/** Every one of the 3^5 = 243 complete answer sets, in a stable order. */
export function allCombinations(rules: Questions): CompleteAnswers[] {
  return CRITERION_IDS.reduce<Partial<CompleteAnswers>[]>(
    (sets, criterion) => {
      const options = rules.criteria.find((c) => c.id === criterion)!.options;
      return sets.flatMap((set) => options.map((o) => ({ ...set, [criterion]: o.id })));
    },
    [{}],
  ) as CompleteAnswers[];
}

export const sideOf = (rules: Questions, index: 0 | 1 | 2): CompleteAnswers =>
  Object.fromEntries(rules.criteria.map((c) => [c.id, c.options[index]!.id])) as CompleteAnswers;

/** Answers for a mixed task on servers, changed where a test says. */
export const mixedOnServers = (overrides: Partial<CompleteAnswers>): CompleteAnswers => ({
  task: 'mixed',
  run: 'cloud',
  speed: 'moderate',
  budget: 'medium',
  privacy: 'managed',
  ...overrides,
});

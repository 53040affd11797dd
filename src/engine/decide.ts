import { CRITERION_IDS, VERDICT_ORDER, type CriterionId, type Questions } from '../rules/schema';
import { indexRules, LARGEST_RANK, type IndexedOption, type RulesIndex } from './rules-index';
import type { CompleteAnswers, Decision } from './types';

export type Chosen = Record<CriterionId, IndexedOption>;

export function chosenOptions(index: RulesIndex, answers: CompleteAnswers): Chosen {
  const chosen = {} as Chosen;
  for (const criterion of CRITERION_IDS)
    chosen[criterion] = index.options.get(criterion)!.get(answers[criterion])!;
  return chosen;
}

/**
 * Capability first: the need sets the ceiling, an answer that takes a model size away lowers it, and the
 * constraints' pull takes off whole levels (at most maxPullLevels). Nothing ever raises the verdict.
 */
export function decide(rules: Questions, chosen: Iterable<IndexedOption>): Decision {
  let needRank = LARGEST_RANK;
  let capRank = LARGEST_RANK;
  let pull = 0;
  for (const { needRank: need, capRank: cap, option } of chosen) {
    if (need !== null) needRank = need;
    capRank = Math.min(capRank, cap);
    pull += option.pull;
  }
  const { pullPerLevel, maxPullLevels } = rules.model;
  const ceilingRank = Math.min(needRank, capRank);
  const verdictRank = Math.max(0, ceilingRank - Math.min(maxPullLevels, Math.floor(pull / pullPerLevel)));
  return {
    need: VERDICT_ORDER[needRank]!,
    ceiling: VERDICT_ORDER[ceilingRank]!,
    pull,
    levelsPulled: ceilingRank - verdictRank,
    verdict: VERDICT_ORDER[verdictRank]!,
  };
}

/** The verdict alone, for a complete and valid set of answers. */
export const verdictFor = (rules: Questions, answers: CompleteAnswers) =>
  decide(rules, Object.values(chosenOptions(indexRules(rules), answers))).verdict;

import { CRITERION_IDS, VERDICT_ORDER, type CriterionId } from '../rules/schema';
import type { Questions, Release } from '../rules/questions-schema';
import { indexRules, LARGEST_RANK, type IndexedOption, type RulesIndex } from './rules-index';
import type { CompleteAnswers, Decision } from './types';

export type Chosen = Record<CriterionId, IndexedOption>;

export function chosenOptions(index: RulesIndex, answers: CompleteAnswers): Chosen {
  const chosen = {} as Chosen;
  for (const criterion of CRITERION_IDS)
    chosen[criterion] = index.options.get(criterion)!.get(answers[criterion])!;
  return chosen;
}

/** The release that frees this answer of its pull, given the other answers, or undefined where it binds. */
export function releaseOf({ option }: IndexedOption, chosen: readonly IndexedOption[]): Release | undefined {
  return option.releasedWhen?.find((release) =>
    release.when.every((condition) =>
      chosen.some((c) => c.criterion === condition.criterion && condition.options.includes(c.option.id)),
    ),
  );
}

/** How hard an answer pulls among these answers: its pull, or nothing where it does not bind. */
export const pullOf = (answer: IndexedOption, chosen: readonly IndexedOption[]): number =>
  releaseOf(answer, chosen) ? 0 : answer.option.pull;

/**
 * Capability first: the need sets the ceiling, an answer that takes a model size away lowers it, and the
 * constraints' pull takes off whole levels (at most maxPullLevels), each constraint only where it binds.
 * Nothing ever raises the verdict.
 */
export function decide(rules: Questions, chosen: readonly IndexedOption[]): Decision {
  let needRank = LARGEST_RANK;
  let capRank = LARGEST_RANK;
  let pull = 0;
  for (const answer of chosen) {
    if (answer.needRank !== null) needRank = answer.needRank;
    capRank = Math.min(capRank, answer.capRank);
    pull += pullOf(answer, chosen);
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

import type { Rules } from '../rules/advice-schema';
import { CRITERION_IDS, type Verdict } from '../rules/schema';
import { checkAnswers, fits, holds } from './answers';
import { chosenOptions, decide, releaseOf, type Chosen } from './decide';
import { fill, listed } from './text';
import { indexRules, LARGEST_RANK, verdictRank, type RulesIndex } from './rules-index';
import type { AnswerEffect, AnswerReason, Decision, Flip, RecommendResult } from './types';

function reasonsOf(rules: Rules, chosen: Chosen, decision: Decision): AnswerReason[] {
  const all = Object.values(chosen);
  return CRITERION_IDS.map((criterion) => {
    const { option, needRank, capRank } = chosen[criterion];
    const caps = capRank < LARGEST_RANK;
    const release = releaseOf(chosen[criterion], all);
    const pull = release ? 0 : option.pull;
    const role = needRank !== null ? 'need' : pull > 0 || caps ? 'constraint' : 'neutral';
    const effect: AnswerEffect =
      role === 'need'
        ? 'sets'
        : role === 'neutral'
          ? 'none'
          : decision.need === 'slm'
            ? 'noRoom'
            : // A verdict at its need has no cap below the need and no level pulled, so neither holds there.
              capRank < verdictRank(decision.need) || decision.levelsPulled > 0
              ? 'pulled'
              : 'pressure';
    return {
      criterion,
      option: option.id,
      role,
      effect,
      pull,
      caps,
      reason: release
        ? rules.optionTexts[criterion][option.id]!.released![release.id]!
        : rules.optionTexts[criterion][option.id]!.reason,
    };
  });
}

function flipsOf(rules: Rules, index: RulesIndex, chosen: Chosen, verdict: Verdict): Flip[] {
  const flips: Flip[] = [];
  const trial = CRITERION_IDS.map((criterion) => chosen[criterion]);
  for (let position = 0; position < CRITERION_IDS.length; position++) {
    const criterion = CRITERION_IDS[position]!;
    for (const alternative of index.optionLists[position]!) {
      // Stryker disable next-line ConditionalExpression: the chosen option keeps the verdict, so it adds no flip; this only spares the work
      if (alternative === chosen[criterion]) continue;
      trial[position] = alternative;
      const changed = decide(rules, trial).verdict;
      if (changed !== verdict) {
        flips.push({
          criterion,
          from: chosen[criterion].option.id,
          to: alternative.option.id,
          verdict: changed,
        });
      }
    }
    trial[position] = chosen[criterion];
  }
  return flips;
}

function whyOf(rules: Rules, decision: Decision, reasons: AnswerReason[]): string {
  const phraseOf = (r: AnswerReason) => rules.optionTexts[r.criterion][r.option]!.phrase;
  // Stryker disable next-line ConditionalExpression: the task, the first criterion, is the one that sets the need (design.md)
  const need = reasons.find((r) => r.role === 'need')!;
  const constraints = reasons.filter((r) => r.role === 'constraint').map(phraseOf);
  const values = {
    task: phraseOf(need),
    need: rules.verdicts[decision.need].phrase,
    verdict: rules.verdicts[decision.verdict].phrase,
    constraints: listed(constraints),
  };
  const { explanations } = rules;
  if (decision.verdict !== decision.need) return fill(explanations.pulled, values);
  if (decision.need === 'slm') return fill(explanations.floor, values);
  return fill(constraints.length > 0 ? explanations.resisted : explanations.set, values);
}

/**
 * Recommends SLM, hybrid or LLM for a set of answers, with the reasons, conflicts and flip points.
 * Answers that are missing, unknown or extra give an `incomplete` result, never a verdict.
 */
export function recommend(rules: Rules, answers: unknown): RecommendResult {
  const checked = checkAnswers(rules, answers);
  if (!checked.ok) return { status: 'incomplete', missing: checked.missing, invalid: checked.invalid };

  const complete = checked.answers;
  const index = indexRules(rules);
  const chosen = chosenOptions(index, complete);
  const decision = decide(rules, Object.values(chosen));
  const reasons = reasonsOf(rules, chosen, decision);
  const applies = (condition: Parameters<typeof holds>[0]) => holds(condition, complete);
  const strength =
    decision.verdict !== decision.need
      ? 'pulled'
      : decision.need !== 'slm' && decision.pull > 0
        ? 'close'
        : 'clear';

  return {
    status: 'complete',
    answers: complete,
    ...decision,
    pullPerLevel: rules.model.pullPerLevel,
    maxPullLevels: rules.model.maxPullLevels,
    strength: { id: strength, label: rules.strength[strength] },
    why: whyOf(rules, decision, reasons),
    reasons,
    constraints: rules.constraints
      .filter((c) => applies(c.when))
      .map(({ id, title, explanation }) => ({ id, title, explanation })),
    conflicts: rules.conflicts.filter((conflict) => fits(conflict, complete, decision.verdict)),
    checks: rules.checks.filter((check) => fits(check, complete, decision.verdict)),
    flips: flipsOf(rules, index, chosen, decision.verdict),
    playbooks: decision.verdict === 'hybrid' ? ['slm', 'llm'] : [decision.verdict],
  };
}

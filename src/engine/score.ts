import { CRITERION_IDS, type CriterionId, type Rules, type Verdict } from '../rules/schema';
import { checkAnswers } from './answers';
import {
  indexRules,
  round,
  VERDICT_ORDER,
  verdictRank,
  type IndexedOption,
  type RulesIndex,
} from './rules-index';
import type {
  AppliedConstraint,
  CompleteAnswers,
  Contribution,
  Flip,
  PushStrength,
  RecommendResult,
} from './types';

type Chosen = Record<CriterionId, IndexedOption>;

function chosenOptions(index: RulesIndex, answers: CompleteAnswers): Chosen {
  const chosen = {} as Chosen;
  for (const criterion of CRITERION_IDS)
    chosen[criterion] = index.options.get(criterion)!.get(answers[criterion])!;
  return chosen;
}

function weightedVerdictOf(rules: Rules, score: number): Verdict {
  if (score <= rules.thresholds.slmAtMost) return 'slm';
  if (score >= rules.thresholds.llmAtLeast) return 'llm';
  return 'hybrid';
}

const cappedVerdict = (verdict: Verdict, capRank: number): Verdict =>
  verdictRank(verdict) > capRank ? VERDICT_ORDER[capRank]! : verdict;

function verdictOf(rules: Rules, chosen: Iterable<IndexedOption>): Verdict {
  let score = 0;
  let capRank = VERDICT_ORDER.length - 1;
  for (const { push, capRank: cap } of chosen) {
    score += push;
    capRank = Math.min(capRank, cap);
  }
  return cappedVerdict(weightedVerdictOf(rules, round(score)), capRank);
}

/** The verdict alone, for a complete and valid set of answers. */
export function verdictFor(rules: Rules, answers: CompleteAnswers): Verdict {
  return verdictOf(rules, Object.values(chosenOptions(indexRules(rules), answers)));
}

function strengthOfPush(push: number, share: number): PushStrength {
  const size = Math.abs(push);
  if (size === 0) return 'none';
  // Relative to the heaviest possible push, so the words survive a change of weights.
  if (size >= 0.75 * share && share >= 0.25) return 'strong';
  if (size >= 0.5 * share && share >= 0.15) return 'moderate';
  return 'slight';
}

function contributionsOf(index: RulesIndex, chosen: Chosen): Contribution[] {
  return CRITERION_IDS.map((criterion) => {
    const { option, push } = chosen[criterion];
    return {
      criterion,
      option: option.id,
      push,
      direction: push < 0 ? 'slm' : push > 0 ? 'llm' : 'neutral',
      strength: strengthOfPush(push, index.share.get(criterion)!),
      reason: option.reason,
    };
  });
}

function flipsOf(rules: Rules, index: RulesIndex, chosen: Chosen, verdict: Verdict): Flip[] {
  const flips: Flip[] = [];
  const trial = CRITERION_IDS.map((criterion) => chosen[criterion]);
  for (let position = 0; position < CRITERION_IDS.length; position++) {
    const criterion = CRITERION_IDS[position]!;
    for (const alternative of index.optionLists[position]!) {
      if (alternative === chosen[criterion]) continue;
      trial[position] = alternative;
      const changed = verdictOf(rules, trial);
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

// Templates are few and fixed, so each is split into literal and placeholder parts once.
const templateParts = new Map<string, string[]>();
function fill(template: string, values: Record<string, string>): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  // split() puts the placeholder names at the odd positions.
  const filled = parts.map((part, i) => (i % 2 === 1 ? (values[part] ?? '') : part)).join('');
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

function whyOf(
  rules: Rules,
  chosen: Chosen,
  verdict: Verdict,
  contributions: Contribution[],
  constraints: AppliedConstraint[],
): string {
  const decisive = constraints.find((c) => c.changedVerdict);
  if (decisive) return `${decisive.title}.`;
  const phrase = (c: Contribution) => chosen[c.criterion].option.phrase;
  // A stable sort keeps the criteria order among equal pushes, so the sentence never flickers.
  const strongestFirst = (side: 'slm' | 'llm') =>
    contributions.filter((c) => c.direction === side).sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
  const { explanations } = rules;

  if (verdict === 'hybrid') {
    const [slm] = strongestFirst('slm');
    const [llm] = strongestFirst('llm');
    if (slm && llm) return fill(explanations.split, { slm: phrase(slm), llm: phrase(llm) });
    return explanations.middle;
  }
  const [first, second] = strongestFirst(verdict);
  if (!first) return explanations.middle;
  if (!second) return fill(explanations.becauseOne, { first: phrase(first) });
  return fill(explanations.because, { first: phrase(first), second: phrase(second) });
}

function strengthOf(rules: Rules, score: number, verdict: Verdict, constrained: boolean) {
  if (constrained) return { id: 'constrained', label: rules.strength.constrained };
  const { slmAtMost, llmAtLeast } = rules.thresholds;
  const margin =
    verdict === 'slm'
      ? slmAtMost - score
      : verdict === 'llm'
        ? score - llmAtLeast
        : Math.min(score - slmAtMost, llmAtLeast - score);
  const band = rules.strength.bands.find((b) => margin >= b.minMargin) ?? rules.strength.bands.at(-1)!;
  return { id: band.id, label: band.label };
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
  const score = round(Object.values(chosen).reduce((sum, c) => sum + c.push, 0));
  const weightedVerdict = weightedVerdictOf(rules, score);
  const verdict = verdictOf(rules, Object.values(chosen));
  const changed = verdict !== weightedVerdict;
  const constraints: AppliedConstraint[] = rules.constraints
    .filter((c) => c.when.options.includes(complete[c.when.criterion]))
    .map((c) => ({
      id: c.id,
      title: c.title,
      explanation: c.explanation,
      changedVerdict: changed && c.capsAt === verdict,
    }));
  const contributions = contributionsOf(index, chosen);

  return {
    status: 'complete',
    answers: complete,
    verdict,
    weightedVerdict,
    score,
    strength: strengthOf(rules, score, verdict, changed),
    why: whyOf(rules, chosen, verdict, contributions, constraints),
    contributions,
    constraints,
    conflicts: rules.conflicts.filter((conflict) =>
      conflict.when.every((condition) => condition.options.includes(complete[condition.criterion])),
    ),
    flips: flipsOf(rules, index, chosen, verdict),
    playbooks: verdict === 'hybrid' ? ['slm', 'llm'] : [verdict],
  };
}

import {
  CRITERION_IDS,
  type Criterion,
  type CriterionId,
  type Option,
  type Rules,
  type Verdict,
} from '../rules/schema';

export const VERDICT_ORDER: readonly Verdict[] = ['slm', 'hybrid', 'llm'];
const RANK: Record<Verdict, number> = { slm: 0, hybrid: 1, llm: 2 };
export const verdictRank = (verdict: Verdict): number => RANK[verdict];

export interface IndexedOption {
  option: Option;
  /** lean × the criterion's share of the total weight, rounded. */
  push: number;
  /** The highest verdict rank the hard constraints allow when this option is chosen. */
  capRank: number;
}

export interface RulesIndex {
  criteria: Map<CriterionId, Criterion>;
  options: Map<CriterionId, Map<string, IndexedOption>>;
  /** Each criterion's options in CRITERION_IDS order, for loops that try every alternative. */
  optionLists: IndexedOption[][];
  share: Map<CriterionId, number>;
}

// Rounding keeps sums such as 0.3 + 0.15 + … from landing a hair off a threshold.
export const round = (value: number): number => Math.round(value * 1e9) / 1e9;

// Rules are immutable once parsed, so each table's look-ups are built once and scoring allocates little.
const indexes = new WeakMap<Rules, RulesIndex>();

/** Look-up tables for a parsed rules table, built on first use. */
export function indexRules(rules: Rules): RulesIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const total = rules.criteria.reduce((sum, c) => sum + c.weight, 0);
  // Weights are normalised so editing the table cannot change the score scale.
  const share = new Map(rules.criteria.map((c) => [c.id, c.weight / total]));
  const capRankOf = (criterion: CriterionId, option: string) =>
    rules.constraints
      .filter((c) => c.capsAt && c.when.criterion === criterion && c.when.options.includes(option))
      .reduce((rank, c) => Math.min(rank, verdictRank(c.capsAt!)), VERDICT_ORDER.length - 1);
  const options = new Map(
    rules.criteria.map((c) => [
      c.id,
      new Map(
        c.options.map((o) => [
          o.id,
          { option: o, push: round(o.lean * share.get(c.id)!), capRank: capRankOf(c.id, o.id) },
        ]),
      ),
    ]),
  );
  const index: RulesIndex = {
    criteria: new Map(rules.criteria.map((c) => [c.id, c])),
    share,
    options,
    optionLists: CRITERION_IDS.map((criterion) => [...options.get(criterion)!.values()]),
  };
  indexes.set(rules, index);
  return index;
}

/** A criterion of a validated table, by id. */
export const criterionOf = (rules: Rules, criterion: CriterionId): Criterion =>
  indexRules(rules).criteria.get(criterion)!;

/** An option of a validated table, by its criterion and id; the id must be valid (see isOptionOf). */
export const optionOf = (rules: Rules, criterion: CriterionId, option: string): Option =>
  indexRules(rules).options.get(criterion)!.get(option)!.option;

/** The largest share any one criterion has of the total weight: the longest possible push. */
export const largestShare = (rules: Rules): number => Math.max(...indexRules(rules).share.values());

import { CRITERION_IDS, VERDICT_ORDER, type CriterionId, type Verdict } from '../rules/schema';
import type { Criterion, Option, Questions } from '../rules/questions-schema';

const RANK: Record<Verdict, number> = { slm: 0, hybrid: 1, llm: 2 };
export const verdictRank = (verdict: Verdict): number => RANK[verdict];
export const LARGEST_RANK = VERDICT_ORDER.length - 1;

export interface IndexedOption {
  criterion: CriterionId;
  option: Option;
  /** The rank of the verdict this answer needs, on the criterion that sets the need. */
  needRank: number | null;
  /** The highest verdict rank this answer allows. */
  capRank: number;
}

export interface RulesIndex {
  criteria: Map<CriterionId, Criterion>;
  options: Map<CriterionId, Map<string, IndexedOption>>;
  /** Each criterion's options in CRITERION_IDS order, for loops that try every alternative. */
  optionLists: IndexedOption[][];
}

// Rules are immutable once parsed, so each table's look-ups are built once and scoring allocates little.
const indexes = new WeakMap<Questions, RulesIndex>();

/** Look-up tables for a parsed rules table, built on first use. */
export function indexRules(rules: Questions): RulesIndex {
  const cached = indexes.get(rules);
  // Stryker disable next-line ConditionalExpression: a cache; building the tables again gives the same ones
  if (cached) return cached;
  const options = new Map(
    rules.criteria.map((c) => [
      c.id,
      new Map(
        c.options.map((o) => [
          o.id,
          {
            criterion: c.id,
            option: o,
            needRank: o.need ? verdictRank(o.need) : null,
            capRank: o.capsAt ? verdictRank(o.capsAt) : LARGEST_RANK,
          },
        ]),
      ),
    ]),
  );
  const index: RulesIndex = {
    criteria: new Map(rules.criteria.map((c) => [c.id, c])),
    options,
    optionLists: CRITERION_IDS.map((criterion) => [...options.get(criterion)!.values()]),
  };
  indexes.set(rules, index);
  return index;
}

/** A criterion of a validated table, by id. */
export const criterionOf = (rules: Questions, criterion: CriterionId): Criterion =>
  indexRules(rules).criteria.get(criterion)!;

/** An option of a validated table, by its criterion and id; the id must be valid (see isOptionOf). */
export const optionOf = (rules: Questions, criterion: CriterionId, option: string): Option =>
  indexRules(rules).options.get(criterion)!.get(option)!.option;

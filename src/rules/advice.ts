import { RulesSchema, type Rules } from './advice-schema';
import { adviceData } from './advice-data';
import { validate, type Load } from './rules';
import type { Questions } from './questions-schema';

export type RulesLoad = Load<Rules>;

/** Validates a whole rules table: the questions and the advice, with every cross-reference. */
export const loadRules = (data: unknown): RulesLoad => validate(RulesSchema, data);

/** The questions and the shipped advice as one table: the input that `loadRules` checks. */
export const withShippedAdvice = (questions: Questions): unknown => ({ ...questions, ...adviceData });

// One joined table per questions table, so a result's memoised work keeps its inputs' identity.
const joined = new WeakMap<Questions, Rules>();

/**
 * The questions in use joined with the shipped advice, trusted as they are: the build checks the join and
 * stops on any problem (scripts/prerender.tsx), as do the tests, so no result pays for checking its own bundle.
 */
export function rulesFor(questions: Questions): Rules {
  let rules = joined.get(questions);
  if (!rules) {
    rules = withShippedAdvice(questions) as Rules;
    joined.set(questions, rules);
  }
  return rules;
}

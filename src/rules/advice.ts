import type { Rules } from './advice-schema';
import { adviceData } from './advice-data';
import type { Questions } from './questions-schema';

/** The questions and the shipped advice as one table: the input that `loadRules` (advice-schema.ts) checks. */
export const withShippedAdvice = (questions: Questions): unknown => ({ ...questions, ...adviceData });

// One joined table per questions table, so a result's memoised work keeps its inputs' identity.
const joined = new WeakMap<Questions, Rules>();

/**
 * The questions in use joined with the shipped advice, trusted as they are: the build checks the join and
 * stops on any problem (scripts/prerender.tsx), as do the tests, so no result pays for checking its own bundle
 * or carries the schema that checks it.
 */
export function rulesFor(questions: Questions): Rules {
  let rules = joined.get(questions);
  if (!rules) {
    rules = withShippedAdvice(questions) as Rules;
    joined.set(questions, rules);
  }
  return rules;
}

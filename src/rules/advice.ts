import { RulesSchema, type Rules } from './advice-schema';
import { adviceData } from './advice-data';
import { validate, type Load } from './rules';
import type { Questions } from './questions-schema';

export type RulesLoad = Load<Rules>;

/** Validates a whole rules table: the questions and the advice, with every cross-reference. */
export const loadRules = (data: unknown): RulesLoad => validate(RulesSchema, data);

// The advice is joined to a questions table once, when a result first needs it.
const joined = new WeakMap<Questions, RulesLoad>();

/** The questions in use joined with the shipped advice, which loads on demand with the result. */
export function rulesFor(questions: Questions): RulesLoad {
  let load = joined.get(questions);
  if (!load) {
    load = loadRules({ ...questions, ...adviceData });
    joined.set(questions, load);
  }
  return load;
}

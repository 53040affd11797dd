import * as z from 'zod/mini';
import { CRITERION_IDS } from './criterion-ids';

export { CRITERION_IDS };
export const CriterionId = z.enum(CRITERION_IDS);
export type CriterionId = z.infer<typeof CriterionId>;

export const Verdict = z.enum(['slm', 'hybrid', 'llm']);
export type Verdict = z.infer<typeof Verdict>;
/** Verdicts from the smallest model to the largest: the order the decision model pulls along. */
export const VERDICT_ORDER = Verdict.options;

export const Side = z.enum(['slm', 'llm']);
export type Side = z.infer<typeof Side>;

export const text = z.string().check(z.trim(), z.minLength(1, 'Text is missing'));
export const id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'Ids are lower-case words joined by dashes'));
// z.number() already rejects NaN and ±Infinity.
export const range = (min: number, max: number) =>
  z.number().check(z.gte(min, `Must be at least ${min}`), z.lte(max, `Must be at most ${max}`));

export type Report = (path: PropertyKey[], message: string) => void;

/** Reports each id that appears a second time. */
export function reportDuplicates(
  report: Report,
  ids: string[],
  path: (index: number) => PropertyKey[],
  what: string,
) {
  const seen = new Set<string>();
  ids.forEach((value, index) => {
    if (seen.has(value)) report(path(index), `Duplicate ${what} id "${value}"`);
    seen.add(value);
  });
}

// The questions' own schemas live in questions-schema.ts, which the app needs only where it validates a
// table (the build and the tests): it trusts the questions it ships (shipped-questions.ts).

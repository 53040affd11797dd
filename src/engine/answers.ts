import { CRITERION_IDS, type CriterionId } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { indexRules } from './rules-index';
import type { Verdict } from '../rules/schema';
import type { Answers, CompleteAnswers, IncompleteResult, InvalidAnswer } from './types';

const isCriterionId = (key: string): key is CriterionId => (CRITERION_IDS as readonly string[]).includes(key);

/** True when `option` is one of the criterion's option ids. */
export function isOptionOf(rules: Questions, criterion: CriterionId, option: unknown): option is string {
  // Stryker disable next-line ConditionalExpression: a Set of ids has no other value; typeof narrows the type
  return typeof option === 'string' && indexRules(rules).options.get(criterion)!.has(option);
}

type Checked = { ok: true; answers: CompleteAnswers } | ({ ok: false } & Omit<IncompleteResult, 'status'>);

/** Splits untrusted answers into a complete set, or what is missing and what is invalid. */
export function checkAnswers(rules: Questions, answers: unknown): Checked {
  const record: Record<string, unknown> =
    typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
  const invalid: InvalidAnswer[] = [];
  const missing: CriterionId[] = [];
  const complete: Partial<CompleteAnswers> = {};

  for (const key in record) {
    if (Object.hasOwn(record, key) && !isCriterionId(key)) invalid.push({ key, value: String(record[key]) });
  }
  for (const criterion of CRITERION_IDS) {
    const value = Object.hasOwn(record, criterion) ? record[criterion] : undefined;
    if (value === undefined) missing.push(criterion);
    else if (isOptionOf(rules, criterion, value)) complete[criterion] = value;
    else invalid.push({ key: criterion, value: String(value) });
  }
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  return { ok: true, answers: complete as CompleteAnswers };
}

/** The answers that are valid option ids, dropping everything else. */
export function validAnswers(rules: Questions, answers: Answers): Answers {
  const kept: Answers = {};
  for (const criterion of CRITERION_IDS) {
    const value = Object.hasOwn(answers, criterion) ? answers[criterion] : undefined;
    if (isOptionOf(rules, criterion, value)) kept[criterion] = value;
  }
  return kept;
}

/** The first criterion without a valid answer, or null when all five are answered. */
export function firstUnanswered(rules: Questions, answers: Answers): CriterionId | null {
  return CRITERION_IDS.find((criterion) => !isOptionOf(rules, criterion, answers[criterion])) ?? null;
}

/** True when the answer to a condition's criterion is one of the condition's options. */
export function holds(
  condition: { criterion: CriterionId; options: readonly string[] },
  answers: Answers,
): boolean {
  const answer = answers[condition.criterion];
  // Stryker disable next-line ConditionalExpression: includes() is false for a missing answer; the check narrows the type
  return answer !== undefined && condition.options.includes(answer);
}

/** True when every condition holds and, where the item names verdicts, the verdict is one of them. */
export function fits(
  item: { when?: readonly Parameters<typeof holds>[0][]; for?: readonly Verdict[] },
  answers: Answers,
  verdict: Verdict,
): boolean {
  return (
    (item.when ?? []).every((condition) => holds(condition, answers)) && (item.for?.includes(verdict) ?? true)
  );
}

import type * as z from 'zod/mini';
import { QuestionsSchema, type Questions } from './questions-schema';

/** A table that passed validation, or every problem with its path. */
export type Load<T> = { ok: true; rules: T } | { ok: false; problems: string[] };

// zod/mini ships without English messages (to stay small), so the common issue kinds are worded here.
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'number' ? 'Must be a finite number' : `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'Invalid value';
  }
}

/** Validates data against a schema, naming the path of every problem. */
export function validate<T>(schema: z.ZodMiniType<T>, data: unknown): Load<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${describeIssue(issue)}`,
    ),
  };
}

export type QuestionsLoad = Load<Questions>;
export const loadQuestions = (data: unknown): QuestionsLoad => validate(QuestionsSchema, data);

/** A value made on first use and remembered: shipped tables are validated once. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

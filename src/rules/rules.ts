import type * as z from 'zod/mini';
import { RulesSchema, type Rules } from './schema';
import { rulesData } from './rules-data';

export type RulesLoad = { ok: true; rules: Rules } | { ok: false; problems: string[] };

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

/** Validates a rules table, naming the path of every problem. */
export function loadRules(data: unknown): RulesLoad {
  const parsed = RulesSchema.safeParse(data);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${describeIssue(issue)}`,
    ),
  };
}

let shipped: RulesLoad | undefined;
/** The shipped rules, validated on first use (at start-up) and remembered. */
export function shippedRules(): RulesLoad {
  shipped ??= loadRules(rulesData);
  return shipped;
}

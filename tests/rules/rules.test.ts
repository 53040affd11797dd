import { describe, expect, it } from 'vitest';
import { RulesSchema } from '../../src/rules/schema';
import { rulesData } from '../../src/rules/rules-data';
import { loadRules } from '../../src/rules/rules';

const problemsOf = (data: unknown) => {
  const load = loadRules(data);
  return load.ok ? [] : load.problems;
};

/** A copy of the shipped table with one value at a dotted path replaced, or deleted when `value` is undefined. */
function damaged(path: string, value: unknown): unknown {
  const data: unknown = structuredClone(rulesData);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    data as never,
  );
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return data;
}

describe('the shipped rules table', () => {
  it('parses', () => {
    expect(() => RulesSchema.parse(rulesData)).not.toThrow();
  });

  it('carries both nine-step playbooks, the five tradeoffs and the five criteria from the source', () => {
    const rules = RulesSchema.parse(rulesData);
    expect(rules.playbooks.slm.steps).toHaveLength(9);
    expect(rules.playbooks.llm.steps).toHaveLength(9);
    expect(rules.tradeoffs.map((t) => t.label)).toEqual([
      'Cost',
      'Speed',
      'Accuracy on a narrow task',
      'General knowledge and creativity',
      'Privacy',
    ]);
    expect(rules.criteria.map((c) => [c.id, c.options.map((o) => o.id)])).toEqual([
      ['task', ['simple', 'mixed', 'complex']],
      ['run', ['device', 'either', 'cloud']],
      ['speed', ['instant', 'moderate', 'relaxed']],
      ['budget', ['low', 'medium', 'high']],
      ['privacy', ['local', 'controlled', 'managed']],
    ]);
  });
});

describe('invalid rules are rejected with a message naming the path', () => {
  it.each([
    [
      'a duplicate option id',
      'criteria.0.options.1.id',
      'simple',
      'criteria.0.options.1.id: Duplicate option id "simple"',
    ],
    ['a duplicate criterion', 'criteria.1.id', 'task', 'criteria.1.id: Duplicate criterion id "task"'],
    ['a missing criterion', 'criteria.1.id', 'task', 'criteria: Criterion "run" is missing'],
    ['an unknown criterion id', 'criteria.1.id', 'colour', 'criteria.1.id: Expected one of "task"'],
    [
      'an unknown option in a conflict',
      'conflicts.0.when.0.options',
      ['moon'],
      'conflicts.0.when.0.options.0: Unknown option "moon" for criterion "task"',
    ],
    [
      'an unknown option in a constraint',
      'constraints.0.when.options',
      ['phone'],
      'constraints.0.when.options.0: Unknown option "phone" for criterion "run"',
    ],
    [
      'an unknown criterion in a tradeoff',
      'tradeoffs.0.mattersWhen.criterion',
      'colour',
      'tradeoffs.0.mattersWhen.criterion',
    ],
    [
      'a weight that is not finite',
      'criteria.0.weight',
      Number.NaN,
      'criteria.0.weight: Must be a finite number',
    ],
    ['a weight out of range', 'criteria.2.weight', 50, 'criteria.2.weight: Must be at most 10'],
    ['a weight of zero', 'criteria.2.weight', 0, 'criteria.2.weight: Must be at least 0.1'],
    ['a lean that is infinite', 'criteria.0.options.0.lean', -Infinity, 'criteria.0.options.0.lean'],
    [
      'options out of order',
      'criteria.3.options.1.lean',
      1,
      'criteria.3.options: Options must run from the SLM side to the LLM side with strictly rising lean',
    ],
    ['a blank text', 'criteria.4.question', '  ', 'criteria.4.question: Text is missing'],
    [
      'a missing text',
      'playbooks.slm.steps.3.description',
      undefined,
      'playbooks.slm.steps.3.description: Expected string',
    ],
    ['a missing playbook step', 'playbooks.llm.steps.8', undefined, 'playbooks.llm.steps'],
    ['a missing verdict text', 'verdicts.hybrid', undefined, 'verdicts.hybrid: Expected object'],
    [
      'thresholds that leave no room for a hybrid',
      'thresholds',
      { slmAtMost: 0, llmAtLeast: 0 },
      'thresholds: slmAtMost must be below llmAtLeast',
    ],
    ['an unexpected field', 'weights', {}, '(root): Unknown field "weights"'],
  ])('%s', (_, path, value, expected) => {
    expect(problemsOf(damaged(path, value)).join('\n')).toContain(expected);
  });

  it('rejects data that is not a rules table at all', () => {
    for (const data of [null, 42, 'rules', [], {}]) expect(problemsOf(data).length).toBeGreaterThan(0);
  });
});

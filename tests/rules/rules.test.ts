import { describe, expect, it } from 'vitest';
import { damaged, problemsOf } from '../damaged';
import { RulesSchema } from '../../src/rules/advice-schema';
import { rulesFor, withShippedAdvice } from '../../src/rules/advice';
import { loadRules } from '../../src/rules/advice-schema';
import { loadQuestions } from '../../src/rules/rules';
import { shippedQuestions } from '../../src/rules/shipped-questions';
import { questionsData } from '../../src/rules/questions-data';
import { shippedData as rulesData } from '../shipped-rules';

const problems = (data: unknown) => problemsOf(loadRules, data);
const damagedCopy = (path: string, value: unknown) => damaged(rulesData, path, value);

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
      'a pull that is not finite',
      'criteria.2.options.0.pull',
      Number.NaN,
      'criteria.2.options.0.pull: Must be a finite number',
    ],
    ['a pull out of range', 'criteria.2.options.0.pull', 50, 'criteria.2.options.0.pull: Must be at most 5'],
    ['a negative pull', 'criteria.2.options.1.pull', -1, 'criteria.2.options.1.pull: Must be at least 0'],
    [
      'a pull rising toward the LLM side',
      'criteria.3.options.1.pull',
      2,
      'criteria.3.options: Options must run from the SLM side to the LLM side with pull and caps never rising',
    ],
    [
      'a permission that pulls',
      'criteria.4.options.2.pull',
      0.5,
      'criteria.4.options: The LLM-side option is a permission: it may not pull or cap the verdict',
    ],
    [
      'a cap on the LLM side',
      'criteria.1.options.2.capsAt',
      'slm',
      'criteria.1.options: The LLM-side option is a permission',
    ],
    [
      'a need out of order',
      'criteria.0.options.0.need',
      'llm',
      'criteria.0.options.0.need: The need must be "slm"',
    ],
    [
      'a need on another criterion',
      'criteria.2.options.1.need',
      'llm',
      'criteria.2.options.1.need: Only "task" sets the need',
    ],
    [
      'a task answer that pulls',
      'criteria.0.options.0.pull',
      1,
      'criteria.0.options.0: The answer that sets the need may not also pull',
    ],
    ['a fractional number of levels', 'model.maxPullLevels', 0.5, 'model.maxPullLevels'],
    ['a month that is not one', 'asOf', '2026-13', 'asOf: A month as YYYY-MM'],
    [
      'missing option texts',
      'optionTexts.speed.moderate',
      undefined,
      'optionTexts.speed: The texts for option "moderate" are missing',
    ],
    [
      'option texts for no option',
      'optionTexts.speed.warp',
      { phrase: 'x', reason: 'y' },
      'optionTexts.speed.warp: Unknown option "warp"',
    ],
    [
      'an unknown option in a check',
      'checks.0.when.0.options',
      ['wifi'],
      'checks.0.when.0.options.0: Unknown option "wifi" for criterion "run"',
    ],
    [
      'an unknown option in a tradeoff override',
      'tradeoffs.4.overrides.0.when.options',
      ['public'],
      'tradeoffs.4.overrides.0.when.options.0: Unknown option "public" for criterion "privacy"',
    ],
    [
      'an unknown option where a playbook step does not apply',
      'playbooks.slm.steps.5.notFor.when.options',
      ['space'],
      'playbooks.slm.steps.5.notFor.when.options.0: Unknown option "space" for criterion "run"',
    ],
    [
      'a verdict with no next step',
      'nextSteps',
      [{ title: 'a', description: 'b', for: ['slm'] }],
      'nextSteps: No next step is given for "hybrid"',
    ],
    [
      'a duplicate check id',
      'checks.1.id',
      'offline-moments',
      'checks.1.id: Duplicate check id "offline-moments"',
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
    ['an unexpected field', 'weights', {}, '(root): Unknown field "weights"'],
  ])('%s', (_, path, value, expected) => {
    expect(problems(damagedCopy(path, value)).join('\n')).toContain(expected);
  });

  it('rejects a questions table on its own the same way, since it is validated first, at start-up', () => {
    const broken = structuredClone(questionsData) as unknown as {
      criteria: { options: { pull: number }[] }[];
    };
    broken.criteria[2]!.options[0]!.pull = 9;
    const load = loadQuestions(broken);
    expect(load.ok ? [] : load.problems).toEqual(['criteria.2.options.0.pull: Must be at most 5']);
    // The app trusts the shipped table without validating it, so it must be exactly what validation gives.
    expect(loadQuestions(questionsData)).toEqual(shippedQuestions());
  });

  it('joins the shipped advice to the questions in use, exactly as validation gives it, and reports advice that does not fit', () => {
    const questions = shippedQuestions();
    if (!questions.ok) throw new Error('the shipped questions must load');
    const joined = rulesFor(questions.rules);
    // The app trusts the join without validating it, so it must be exactly what validation gives.
    expect(loadRules(withShippedAdvice(questions.rules))).toEqual({ ok: true, rules: joined });
    expect(rulesFor(questions.rules)).toBe(joined);
    const renamed = structuredClone(questions.rules);
    renamed.criteria[1]!.options[1]!.id = 'sometimes';
    const load = loadRules(withShippedAdvice(renamed));
    expect(load.ok ? [] : load.problems).toContain(
      'optionTexts.run: The texts for option "sometimes" are missing',
    );
  });

  it('rejects data that is not a rules table at all', () => {
    for (const data of [null, 42, 'rules', [], {}]) expect(problems(data).length).toBeGreaterThan(0);
  });
});

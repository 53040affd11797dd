import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesSchema, CRITERION_IDS } from '../../src/rules/schema';
import { rulesData } from '../../src/rules/rules-data';
import { recommend } from '../../src/engine/score';
import { verdictRank } from '../../src/engine/rules-index';
import type { Recommendation } from '../../src/engine/types';
import { allCombinations, sideOf } from './combinations';

const rules = RulesSchema.parse(rulesData);
const combinations = allCombinations(rules);
const complete = (answers: unknown): Recommendation => {
  const result = recommend(rules, answers);
  if (result.status !== 'complete') throw new Error(`expected a verdict for ${JSON.stringify(answers)}`);
  return result;
};

describe('the design properties, over all 243 combinations', () => {
  it('enumerates 243 distinct combinations', () => {
    expect(new Set(combinations.map((c) => JSON.stringify(c))).size).toBe(243);
  });

  it('gives slm for all SLM-side answers, hybrid for all middle answers and llm for all LLM-side answers', () => {
    expect(complete(sideOf(rules, 0)).verdict).toBe('slm');
    expect(complete(sideOf(rules, 1)).verdict).toBe('hybrid');
    expect(complete(sideOf(rules, 2)).verdict).toBe('llm');
  });

  it('is monotonic: one answer one step toward SLM never moves the verdict toward LLM', () => {
    let compared = 0;
    for (const answers of combinations) {
      const verdict = complete(answers).verdict;
      for (const criterion of rules.criteria) {
        const position = criterion.options.findIndex((o) => o.id === answers[criterion.id]);
        if (position === 0) continue;
        const towardSlm = { ...answers, [criterion.id]: criterion.options[position - 1]!.id };
        expect(verdictRank(complete(towardSlm).verdict), JSON.stringify(towardSlm)).toBeLessThanOrEqual(
          verdictRank(verdict),
        );
        compared++;
      }
    }
    expect(compared).toBe(243 * 5 * (2 / 3));
  });

  it('never recommends llm when the feature must run on the device, and says why', () => {
    for (const answers of combinations.filter((a) => a.run === 'device')) {
      const result = complete(answers);
      expect(result.verdict).not.toBe('llm');
      expect(result.constraints.map((c) => c.id)).toContain('offline-rules-out-cloud-llm');
      if (result.weightedVerdict === 'llm') {
        expect(result.constraints.find((c) => c.changedVerdict)?.id).toBe('offline-rules-out-cloud-llm');
        expect(result.strength.label).toBe(rules.strength.constrained);
        expect(result.why).toMatch(/cloud-hosted LLM cannot be the answer/);
      }
    }
  });

  it('requires a self-hosted model whenever data must stay local', () => {
    for (const answers of combinations.filter((a) => a.privacy === 'local')) {
      const constraint = complete(answers).constraints.find((c) => c.id === 'local-data-means-self-hosted');
      expect(constraint?.explanation).toMatch(/self-hosted|your own/);
    }
  });

  it('gives exactly one verdict, a score within [-1, 1] and five contributions for every combination', () => {
    for (const answers of combinations) {
      const result = complete(answers);
      expect(['slm', 'hybrid', 'llm']).toContain(result.verdict);
      expect(Math.abs(result.score)).toBeLessThanOrEqual(1);
      expect(result.contributions.map((c) => c.criterion)).toEqual(CRITERION_IDS);
      expect(result.why.length).toBeGreaterThan(10);
      expect(result.playbooks).toEqual(result.verdict === 'hybrid' ? ['slm', 'llm'] : [result.verdict]);
    }
  });

  it('lists exactly the single-answer changes that change the verdict', () => {
    for (const answers of combinations) {
      const result = complete(answers);
      const expected = rules.criteria.flatMap((criterion) =>
        criterion.options
          .filter((o) => o.id !== answers[criterion.id])
          .map((o) => ({
            criterion: criterion.id,
            to: o.id,
            verdict: complete({ ...answers, [criterion.id]: o.id }).verdict,
          }))
          .filter((flip) => flip.verdict !== result.verdict),
      );
      expect(result.flips.map(({ criterion, to, verdict }) => ({ criterion, to, verdict }))).toEqual(
        expected,
      );
    }
  });

  it('matches the checked-in golden file (regenerate with UPDATE_GOLDEN=1 and review the diff)', () => {
    const golden = new URL('./verdicts.golden.json', import.meta.url);
    const actual = Object.fromEntries(
      combinations.map((answers) => [
        CRITERION_IDS.map((c) => `${c}=${answers[c]}`).join('&'),
        complete(answers).verdict,
      ]),
    );
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

describe('explanations', () => {
  it.each([
    [sideOf(rules, 0), 'slm', 'Clear fit', /simple, repetitive task/],
    [sideOf(rules, 2), 'llm', 'Clear fit', /complex or creative task/],
    [sideOf(rules, 1), 'hybrid', 'Clear fit', /sit in the middle/],
    [
      { ...sideOf(rules, 1), task: 'complex' },
      'llm',
      'Leaning',
      /Mainly because of a complex or creative task\./,
    ],
    [{ ...sideOf(rules, 2), run: 'device' }, 'hybrid', 'Set by a hard constraint', /must run on the device/],
    [
      { ...sideOf(rules, 1), task: 'simple', run: 'cloud' },
      'hybrid',
      'Good fit',
      /simple, repetitive task points to a small model, while cloud/,
    ],
  ])('%o gives %s (%s)', (answers, verdict, strength, why) => {
    const result = complete(answers);
    expect(result.verdict).toBe(verdict);
    expect(result.strength.label).toBe(strength);
    expect(result.why).toMatch(why);
  });

  it('names conflicting answers with advice', () => {
    const result = complete({ ...sideOf(rules, 1), task: 'complex', run: 'device', speed: 'instant' });
    expect(result.conflicts.map((c) => c.id)).toEqual(['complex-offline', 'complex-instant']);
    expect(result.conflicts[0]!.advice).toMatch(/online/);
  });

  it('describes how strongly each answer pushes', () => {
    const result = complete(sideOf(rules, 0));
    expect(result.contributions.map((c) => [c.criterion, c.direction, c.strength])).toEqual([
      ['task', 'slm', 'strong'],
      ['run', 'slm', 'moderate'],
      ['speed', 'slm', 'moderate'],
      ['budget', 'slm', 'moderate'],
      ['privacy', 'slm', 'moderate'],
    ]);
    expect(
      complete(sideOf(rules, 1)).contributions.every(
        (c) => c.direction === 'neutral' && c.strength === 'none',
      ),
    ).toBe(true);
  });
});

describe('incomplete and invalid answers', () => {
  it.each([
    ['nothing', {}, ['task', 'run', 'speed', 'budget', 'privacy'], []],
    ['four answers', { task: 'simple', run: 'device', speed: 'instant', budget: 'low' }, ['privacy'], []],
    ['an unknown option', { ...sideOf(rules, 0), task: 'moon' }, [], [{ key: 'task', value: 'moon' }]],
    [
      'an option of another criterion',
      { ...sideOf(rules, 0), task: 'device' },
      [],
      [{ key: 'task', value: 'device' }],
    ],
    ['a wrong case', { ...sideOf(rules, 0), run: 'Device' }, [], [{ key: 'run', value: 'Device' }]],
    ['an extra key', { ...sideOf(rules, 0), colour: 'blue' }, [], [{ key: 'colour', value: 'blue' }]],
    [
      'a prototype key',
      JSON.parse('{"__proto__": {"task": "simple"}}'),
      CRITERION_IDS,
      [{ key: '__proto__', value: '[object Object]' }],
    ],
  ])('%s gives incomplete', (_, answers, missing, invalid) => {
    expect(recommend(rules, answers)).toEqual({ status: 'incomplete', missing, invalid });
  });

  it.each([null, undefined, 42, 'task=simple', []])('%o gives incomplete without throwing', (answers) => {
    expect(recommend(rules, answers).status).toBe('incomplete');
  });

  it('never throws and never gives a verdict unless all five answers are valid (property)', () => {
    const optionIds = rules.criteria.flatMap((c) => c.options.map((o) => o.id));
    const value = fc.oneof(fc.constantFrom(...optionIds), fc.string(), fc.integer(), fc.constant(null));
    const key = fc.oneof(fc.constantFrom(...CRITERION_IDS), fc.string());
    fc.assert(
      fc.property(fc.dictionary(key, value), (answers) => {
        const result = recommend(rules, answers);
        const valid =
          Object.keys(answers).length === 5 &&
          rules.criteria.every((c) => c.options.some((o) => o.id === answers[c.id]));
        expect(result.status).toBe(valid ? 'complete' : 'incomplete');
      }),
      { numRuns: 2000 },
    );
  });

  it('never mutates its inputs (property)', () => {
    const frozenRules = structuredClone(rules);
    fc.assert(
      fc.property(fc.constantFrom(...combinations), (answers) => {
        const before = structuredClone(answers);
        recommend(rules, answers);
        expect(answers).toEqual(before);
      }),
    );
    expect(rules).toEqual(frozenRules);
  });
});

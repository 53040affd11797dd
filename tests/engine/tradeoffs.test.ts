import { describe, expect, it } from 'vitest';
import { RulesSchema } from '../../src/rules/schema';
import { rulesData } from '../../src/rules/rules-data';
import { tradeoffsFor } from '../../src/engine/tradeoffs';

const rules = RulesSchema.parse(rulesData);

describe('tradeoffsFor', () => {
  it('returns the five dimensions with their SLM and LLM levels', () => {
    const points = tradeoffsFor(rules, {});
    expect(points.map((p) => [p.label, p.slm.text, p.llm.text])).toEqual([
      ['Cost', 'Low', 'High'],
      ['Speed', 'Very fast', 'Slower (network + compute)'],
      ['Accuracy on a narrow task', 'High', 'Good, but sometimes overkill'],
      ['General knowledge and creativity', 'Limited', 'Strong'],
      ['Privacy', 'Better', 'Riskier unless secured'],
    ]);
    expect(points.every((p) => !p.emphasised)).toBe(true);
  });

  it('emphasises the dimensions the answers care about', () => {
    const emphasised = (answers: Record<string, string>) =>
      tradeoffsFor(rules, answers)
        .filter((p) => p.emphasised)
        .map((p) => p.id);
    expect(emphasised({ budget: 'low', speed: 'instant', task: 'simple', privacy: 'local' })).toEqual([
      'cost',
      'speed',
      'narrow-accuracy',
      'privacy',
    ]);
    expect(emphasised({ budget: 'high', speed: 'relaxed', task: 'complex', privacy: 'managed' })).toEqual([
      'general-knowledge',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tradeoffsFor } from '../../src/engine/tradeoffs';
import { rules } from '../shipped-rules';

describe('tradeoffsFor', () => {
  it('returns the source’s five dimensions with their SLM and LLM levels and a caveat each', () => {
    const points = tradeoffsFor(rules, {});
    expect(points.map((p) => [p.label, p.slm.rating, p.llm.rating])).toEqual([
      ['Cost', 5, 2],
      ['Speed', 5, 3],
      ['Accuracy on a narrow task', 5, 4],
      ['General knowledge and creativity', 2, 5],
      ['Privacy', 5, 2],
    ]);
    expect(points.every((p) => !p.emphasised && p.note.length > 40)).toBe(true);
  });

  it('rates privacy by where the model runs and who runs it, not by its size', () => {
    const privacy = (answer: string) =>
      tradeoffsFor(rules, { privacy: answer }).find((p) => p.id === 'privacy')!;
    expect(privacy('managed').llm).toEqual({ rating: 2, text: 'Riskier unless secured' });
    expect(privacy('controlled').llm).toEqual({ rating: 4, text: 'Secured by your vetted contract' });
    expect(privacy('local').llm).toEqual({ rating: 4, text: 'Private when you run it yourself' });
    expect(privacy('local').note).toMatch(/where the model runs and who runs it/);
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

  it('never shares its ratings with the rules table', () => {
    const [cost] = tradeoffsFor(rules, {});
    cost!.slm.rating = 1;
    expect(rules.tradeoffs[0]!.slm.rating).toBe(5);
  });
});

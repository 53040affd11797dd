import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costCurve, CURVE_TRAFFIC } from '../../src/engine/cost-curve';
import { estimate } from '../../src/engine/estimate';
import { inputsFor } from '../../src/engine/estimate-inputs';
import { verdictFor } from '../../src/engine/decide';
import type { CompleteAnswers } from '../../src/engine/types';
import { rules } from '../shipped-rules';
import { catalogue } from '../shipped-catalogue';
import { allCombinations } from './combinations';

const curveFor = (answers: CompleteAnswers, traffic = {}) =>
  costCurve(
    catalogue,
    estimate(catalogue, answers, verdictFor(rules, answers), inputsFor(catalogue, answers, traffic)),
  );

describe('cost against traffic', () => {
  it('spans a hundred to a hundred million requests a day in half-decade steps', () => {
    expect(CURVE_TRAFFIC[0]).toBe(100);
    expect(CURVE_TRAFFIC.at(-1)).toBe(100_000_000);
    expect(CURVE_TRAFFIC).toHaveLength(13);
  });

  it('never costs less with more traffic, on any path of any answers; the device costs nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allCombinations(rules)), (answers) => {
        for (const line of curveFor(answers).lines) {
          const costs = line.monthly.filter((m): m is number => m !== null);
          costs.slice(1).forEach((cost, i) => expect(cost).toBeGreaterThanOrEqual(costs[i]! - 1e-9));
          if (line.id === 'device') expect(costs.every((c) => c === 0)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('marks the break-evens the estimate found, and the person’s traffic', () => {
    const managed = { task: 'complex', run: 'cloud', speed: 'moderate', budget: 'high', privacy: 'managed' };
    const curve = curveFor(managed, { rpd: 5000 });
    expect(curve.yours).toBe(5000);
    expect(curve.lines.map((l) => l.id)).toEqual(['hosted-large', 'self-hosted-large']);
    expect(curve.breakEvens.map((m) => m.label)).toEqual([
      'gpt-oss-120b on one GPU = GPT-6.2 Sol',
      'gpt-oss-120b: own GPUs = hosted',
    ]);
    // Below the first break-even the hosted model is cheaper; far above it, the GPU is.
    const [hosted, own] = curve.lines;
    expect(hosted!.monthly[0]!).toBeLessThan(own!.monthly[0]!);
    expect(hosted!.monthly.at(-1)!).toBeGreaterThan(own!.monthly.at(-1)!);
  });

  it('draws a hybrid, and devices with their fallback, costing what the estimate’s split does at the person’s traffic', () => {
    const yours = CURVE_TRAFFIC[4]!; // 10,000 a day, a point of the curve
    for (const answers of [
      { task: 'mixed', run: 'either', speed: 'moderate', budget: 'medium', privacy: 'controlled' },
      { task: 'simple', run: 'either', speed: 'instant', budget: 'low', privacy: 'controlled' },
    ] as const) {
      const inputs = inputsFor(catalogue, answers, { rpd: yours });
      const split = estimate(catalogue, answers, verdictFor(rules, answers), inputs);
      const curve = costCurve(catalogue, split);
      const [id, expected] = split.hybrid
        ? ['hybrid', split.hybrid]
        : ['devices-with-fallback', split.device];
      const line = curve.lines.find((l) => l.id === id)!;
      expect(expected).not.toBeNull();
      expect(line.monthly[4]).toBeCloseTo(expected!.monthly, 6);
    }
  });

  it('has a split line exactly where the estimate splits the traffic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allCombinations(rules)), (answers) => {
        const split = estimate(
          catalogue,
          answers,
          verdictFor(rules, answers),
          inputsFor(catalogue, answers, {}),
        );
        const ids = costCurve(catalogue, split).lines.map((l) => l.id);
        expect(ids.includes('hybrid')).toBe(split.hybrid !== null);
        expect(ids.includes('devices-with-fallback')).toBe(split.device !== null);
      }),
      { numRuns: 100 },
    );
  });
});

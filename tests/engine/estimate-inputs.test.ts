import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/engine/estimate';
import { fieldValues, inputsFor } from '../../src/engine/estimate-inputs';
import { verdictFor } from '../../src/engine/decide';
import type { CompleteAnswers } from '../../src/engine/types';
import { NUMERIC_KEYS, TRAFFIC_FIELDS, type NumericKey, type Traffic } from '../../src/rules/traffic';
import { rules } from '../shipped-rules';
import { catalogue } from '../shipped-catalogue';
import { allCombinations, mixedOnServers as answers } from './combinations';

const estimateFor = (a: CompleteAnswers, traffic: Traffic) => {
  const inputs = inputsFor(catalogue, a, traffic);
  return { inputs, estimate: estimate(catalogue, a, verdictFor(rules, a), inputs) };
};

/** Any value each field accepts, on the grid a link can write (whole numbers, or cents for prices). */
const traffic = fc.record(
  Object.fromEntries(
    NUMERIC_KEYS.map((key) => {
      const { min, max, integer } = TRAFFIC_FIELDS[key];
      const scale = integer ? 1 : 100;
      const value = fc.integer({ min: Math.ceil(min * scale), max: Math.min(max, 10_000) * scale });
      return [key, value.map((v) => v / scale)];
    }),
  ) as Record<NumericKey, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);

describe('share-link keys and estimate inputs', () => {
  it('default the tokens by task, and take the person’s values over the catalogue’s', () => {
    expect(inputsFor(catalogue, answers({ task: 'simple' }), {})).toEqual({
      requestsPerDay: catalogue.estimate.requestsPerDay,
      inputTokens: 500,
      outputTokens: 50,
      reasoningTokens: 0,
      escalationShare: catalogue.estimate.escalationShare.value,
      deviceCoverage: catalogue.estimate.deviceCoverage,
      devices: null,
      cachedShare: catalogue.estimate.cachedShare,
      gpu: null,
      precision: null,
      gpuHourly: null,
      owned: false,
      purchase: null,
      lifeYears: catalogue.estimate.owned.lifeYears,
      kwhPrice: catalogue.estimate.owned.kwhPrice,
      peakFactor: catalogue.estimate.sizing.peakFactor,
      targetLoad: catalogue.estimate.sizing.targetLoad,
      prices: {},
    });
    expect(
      inputsFor(catalogue, answers({ task: 'complex' }), {
        tin: 42,
        esc: 10,
        gpu: 1.5,
        sin: 3,
        lout: 6,
        dev: 'edge',
      }),
    ).toMatchObject({
      devices: 'edge',
      inputTokens: 42,
      outputTokens: 800,
      escalationShare: 0.1,
      gpuHourly: 1.5,
      prices: { 'hosted-small': { input: 3 }, 'hosted-large': { output: 6 } },
    });
  });

  it('read back as the link wrote them, for every field the answers use', () => {
    const combinations = allCombinations(rules);
    fc.assert(
      fc.property(fc.constantFrom(...combinations), traffic, (a, set) => {
        const { inputs, estimate: e } = estimateFor(a, set);
        const shown = fieldValues(inputs, e);
        for (const key of NUMERIC_KEYS) {
          if (shown[key] !== undefined && set[key] !== undefined) expect(shown[key]).toBe(set[key]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('show only the fields the answers use: the escalation share on a hybrid, prices on hosted paths', () => {
    const middle = answers({ run: 'either', privacy: 'controlled' });
    expect(verdictFor(rules, middle)).toBe('hybrid');
    const { inputs, estimate: e } = estimateFor(middle, {});
    // Rented GPUs: their rent, never what buying them costs.
    const owning = ['buy', 'life', 'kwh'];
    expect(Object.keys(fieldValues(inputs, e)).sort()).toEqual(
      NUMERIC_KEYS.filter((k) => !owning.includes(k)).sort(),
    );
    const bought = estimateFor(middle, { pay: 'own' });
    expect(Object.keys(fieldValues(bought.inputs, bought.estimate)).sort()).toEqual(
      NUMERIC_KEYS.filter((k) => k !== 'gpu').sort(),
    );
    const hosted = estimateFor(answers({ task: 'complex', privacy: 'managed' }), { lin: 7 });
    expect(fieldValues(hosted.inputs, hosted.estimate)).toMatchObject({ lin: 7, gpu: expect.any(Number) });
    expect(fieldValues(hosted.inputs, hosted.estimate).esc).toBeUndefined();
    const simple = estimateFor(answers({ task: 'simple', run: 'device' }), {});
    expect(Object.keys(fieldValues(simple.inputs, simple.estimate)).sort()).toEqual([
      'cache',
      'cover',
      'rpd',
      'think',
      'tin',
      'tout',
    ]);
  });

  it('default to GPUs you own where data must stay local, and to rented ones elsewhere, unless the person says', () => {
    const local = answers({ task: 'complex', privacy: 'local' });
    expect(inputsFor(catalogue, local, {}).owned).toBe(true);
    expect(inputsFor(catalogue, local, { pay: 'rent' }).owned).toBe(false);
    expect(inputsFor(catalogue, answers({ privacy: 'managed' }), {}).owned).toBe(false);
    expect(inputsFor(catalogue, answers({ privacy: 'managed' }), { pay: 'own', hw: 'a100' })).toMatchObject({
      owned: true,
      gpu: 'a100',
    });
    const { estimate: e } = estimateFor(local, {});
    expect(e.paths.filter((p) => p.gpus).every((p) => p.gpus!.each.owned)).toBe(true);
    expect(e.paths.some((p) => p.id.startsWith('hosted'))).toBe(false);
  });

  it('show the catalogue’s price until the person sets their own', () => {
    const a = answers({ task: 'complex' });
    const { inputs, estimate: e } = estimateFor(a, {});
    const large = e.paths.find((p) => p.id === 'hosted-large')!.model.price!.value;
    expect(fieldValues(inputs, e)).toMatchObject({ lin: large.input, lout: large.output });
  });
});

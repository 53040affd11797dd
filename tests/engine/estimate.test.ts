import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiCostPerRequest,
  breakEvenRequestsPerDay,
  estimate,
  estimatePath,
  gpuMonthly,
  gpuTypeOf,
  pathsFor,
  priceOf,
  sameModelBreakEven,
  withReasoning,
  type EstimateInputs,
} from '../../src/engine/estimate';
import { slowest } from '../../src/engine/answer-time';
import { PATH_IDS } from '../../src/rules/catalogue-schema';
import { GPU_TYPES, PRECISIONS, type GpuType, type Precision } from '../../src/rules/traffic';
import { verdictFor } from '../../src/engine/decide';
import { rules } from '../shipped-rules';
import { catalogue, plainPrice, withPath } from '../shipped-catalogue';
import { allCombinations, mixedOnServers as answers } from './combinations';

const DAYS = 730 / 24;
const base: EstimateInputs = {
  requestsPerDay: 10_000,
  inputTokens: 1000,
  outputTokens: 300,
  reasoningTokens: 0,
  escalationShare: 0.25,
  deviceCoverage: 1,
  devices: null,
  cachedShare: 0.5,
  gpu: null,
  precision: null,
  gpuHourly: null,
  owned: false,
  purchase: null,
  lifeYears: 4,
  kwhPrice: 0.15,
  peakFactor: 2,
  targetLoad: 0.7,
  prices: {},
};
const path = (id: (typeof PATH_IDS)[number], inputs = base, share = 1, mayWait = false) =>
  estimatePath(catalogue, id, inputs, share, mayWait);

const inputs = fc.record({
  requestsPerDay: fc.integer({ min: 1, max: 50_000_000 }),
  inputTokens: fc.integer({ min: 1, max: 200_000 }),
  outputTokens: fc.integer({ min: 1, max: 20_000 }),
  reasoningTokens: fc.integer({ min: 0, max: 20_000 }),
  escalationShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  deviceCoverage: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  devices: fc.constantFrom(null, 'phone' as const, 'laptop' as const, 'edge' as const),
  cachedShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  gpu: fc.constantFrom(null, ...GPU_TYPES),
  precision: fc.constantFrom(null, ...(Object.keys(PRECISIONS) as Precision[])),
  gpuHourly: fc.option(fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100)),
  owned: fc.boolean(),
  purchase: fc.option(fc.integer({ min: 100, max: 1_000_000 })),
  lifeYears: fc.integer({ min: 1, max: 10 }),
  kwhPrice: fc.integer({ min: 0, max: 100 }).map((c) => c / 100),
  peakFactor: fc.integer({ min: 10, max: 100 }).map((p) => p / 10),
  targetLoad: fc.integer({ min: 10, max: 100 }).map((p) => p / 100),
  prices: fc.constant({}),
});

describe('worked examples, checked by hand', () => {
  it('prices a hosted small tier per token: 10,000 requests of 1,000 in and 300 out on GPT-6 Luna', () => {
    // (1,000 × $0.10 + 300 × $0.50) / 1M = $0.00025 a request; × 10,000 × 730/24 days = $76.04.
    const luna = path('hosted-small');
    expect(luna.model.name).toBe('GPT-6 Luna');
    expect(luna.monthly).toBeCloseTo(76.04, 2);
    expect(luna.per1k).toBeCloseTo(0.25, 10);
    // 0.74 s to the first token, then 300 tokens at 130.6 a second.
    expect(luna.ttftS).toBe(0.74);
    expect(luna.totalS).toBeCloseTo(3.037, 3);
  });

  it('prices the levers: half off in a batch, and half the input at the cached rate', () => {
    const luna = path('hosted-small', base, 1, true);
    expect(luna.levers.batch).toBeCloseTo(38.02, 2);
    // (500 × $0.10 + 500 × $0.01 + 300 × $0.50) / 1M = $0.000205 a request.
    expect(luna.levers.caching).toBeCloseTo(0.000205 * 10_000 * DAYS, 6);
    expect(path('hosted-small').levers.batch).toBeNull();
  });

  it('prices a rented GPU by the hour, always on: $2.69 × 730 = $1,963.70 at low traffic', () => {
    const qwen = path('self-hosted-small');
    expect(qwen.monthly).toBeCloseTo(1963.7, 6);
    const { replica } = qwen.gpus!;
    expect(qwen.gpus).toMatchObject({ count: 1, memory: { band: 'comfortable' } });
    expect(qwen.gpus!.utilisation).toBeCloseTo(10_000 / 86_400 / replica!.requestsPerS, 9);
    expect(path('self-hosted-small', { ...base, requestsPerDay: 1 }).monthly).toBeCloseTo(1963.7, 6);
    // At this traffic a request is nearly alone on its GPU: 300 tokens at about 204 a second, not the
    // full batch's pace the capacity is planned with.
    expect(qwen.totalS!).toBeLessThan(replica!.totalS);
    expect(qwen.totalS!).toBeCloseTo(300 / 204, 0);
  });

  it('prices a bought GPU by its price over its life plus power: $625 + $114.98 = $739.98 an H100 a month', () => {
    const owned = { ...base, owned: true };
    // $30,000 over 4 × 12 months is $625; 700 W × 1.5 for the server and cooling, 730 h at $0.15 per kWh is $114.98.
    expect(gpuMonthly(catalogue, catalogue.gpus.h100, owned)).toEqual({
      monthly: expect.closeTo(739.975, 6),
      owned: { purchase: 625, power: expect.closeTo(114.975, 6) },
    });
    expect(path('self-hosted-small', owned).monthly).toBeCloseTo(739.975, 6);
    // The person's own purchase price, life and electricity replace the catalogue's.
    const mine = { ...owned, purchase: 24_000, lifeYears: 5, kwhPrice: 0.3 };
    expect(gpuMonthly(catalogue, catalogue.gpus.h100, mine).monthly).toBeCloseTo(400 + 229.95, 6);
  });

  it('prices a GPU with no published purchase price rented, until the person gives one', () => {
    const mi300x = catalogue.gpus.mi300x;
    expect(gpuMonthly(catalogue, mi300x, { ...base, owned: true })).toEqual({
      monthly: 1.5 * 730,
      owned: null,
    });
    expect(gpuMonthly(catalogue, mi300x, { ...base, owned: true, purchase: 12_000 }).owned).not.toBeNull();
  });

  it('sizes every self-hosted path on the GPU the person picks: gpt-oss-120b needs several L4s where one H100 holds it', () => {
    const on = (gpu: GpuType) => path('self-hosted-large', { ...base, gpu, requestsPerDay: 3_000_000 });
    expect(on('l4').gpus).toMatchObject({ type: 'l4', memory: { band: 'split' } });
    expect(on('h100').gpus).toMatchObject({ type: 'h100', memory: { band: 'tight' } });
    expect(on('b200').gpus).toMatchObject({ type: 'b200', memory: { band: 'comfortable' } });
    expect(on('l4').gpus!.count).toBeGreaterThan(on('h100').gpus!.count);
    expect(on('h100').gpus!.count).toBeGreaterThanOrEqual(on('b200').gpus!.count);
    expect(on('l4').monthly).toBeCloseTo(on('l4').gpus!.count * 0.8 * 730, 6);
  });

  it('serves the weights at the precision the person picks: gpt-oss-120b at 16 bits spans several H100s', () => {
    const at = (precision: Precision | null, id: 'self-hosted-small' | 'self-hosted-large') =>
      path(id, { ...base, precision }).gpus!;
    // Qwen3 8B: 8.2B × 2 bytes = 16.4 GB at 16 bits, twice the 8.2 GB of the FP8 weights it is sized with.
    expect(at('bf16', 'self-hosted-small').memory.weightsGB).toBeCloseTo(
      2 * at(null, 'self-hosted-small').memory.weightsGB,
      9,
    );
    expect(at('fp8', 'self-hosted-small').memory.weightsGB).toBeCloseTo(
      at(null, 'self-hosted-small').memory.weightsGB,
      9,
    );
    // gpt-oss-120b, released in MXFP4: 117B × 2 bytes = 234 GB at 16 bits, more than three 80 GB GPUs hold.
    expect(at(null, 'self-hosted-large').memory.band).toBe('tight');
    expect(at('bf16', 'self-hosted-large').memory).toMatchObject({
      band: 'split',
      weightsGB: expect.closeTo(234, 0),
    });
    expect(at('bf16', 'self-hosted-large').replica!.gpus).toBe(4);
    expect(at('int4', 'self-hosted-large')).toEqual(at(null, 'self-hosted-large'));
  });

  it('bills, serves and waits for reasoning as output, on the models that reason: 1,000 more tokens on GPT-6 Luna', () => {
    const thinking = { ...base, reasoningTokens: 1000 };
    const luna = path('hosted-small', thinking);
    // (1,000 × $0.10 + 1,300 × $0.50) / 1M = $0.00075 a request.
    expect(luna.per1k).toBeCloseTo(0.75, 10);
    // The first visible word waits for the 1,000 reasoning tokens at 130.6 a second.
    expect(luna.ttftS).toBeCloseTo(0.74 + 1000 / 130.6, 9);
    expect(luna.totalS).toBeCloseTo(0.74 + 1300 / 130.6, 9);
    // gpt-oss-120b reasons too, on GPUs that write the reasoning; Qwen3 8B is not listed as reasoning here.
    expect(path('self-hosted-large', thinking).totalS!).toBeGreaterThan(path('self-hosted-large').totalS!);
    expect(path('self-hosted-small', thinking)).toEqual(path('self-hosted-small'));
  });

  it('adds GPUs as the peak passes what one replica serves at the target load', () => {
    const busy = path('self-hosted-small', { ...base, requestsPerDay: 3_000_000 });
    const perReplica = busy.gpus!.replica!.requestsPerS;
    // 3M a day is 34.7 a second, 69.4 at a peak of twice the average; each GPU may take 70% of its capacity.
    expect(busy.gpus!.count).toBe(Math.ceil((2 * 3_000_000) / 86_400 / (0.7 * perReplica)));
    expect(busy.gpus!.count).toBeGreaterThan(1);
    expect(busy.monthly).toBeCloseTo(busy.gpus!.count * 1963.7, 6);
  });

  it.each([
    // Galaxy S26 Ultra 6.03 s against the iPhone 17 Pro's 1,000 / 2,878 + 300 / 56 = 5.70 s.
    ['phone', 'Galaxy S26 Ultra', 3808, 52],
    // The Lunar Lake laptop's 6.52 s against 2.00 s on a MacBook Pro M4 and 2.19 s on an RTX 4090 desktop.
    ['laptop', 'Windows laptop, Intel Lunar Lake', 3751, 48],
    ['edge', 'Raspberry Pi 5 16 GB', 133, 8],
    // Phones and laptops together: the slow laptop is slower than either phone.
    [null, 'Windows laptop, Intel Lunar Lake', 3751, 48],
  ] as const)(
    'times Gemma 4 E2B on %s devices on the slowest measured there: %s',
    (devices, device, prefillPerS, tokensPerS) => {
      const onDevice = path('device', { ...base, devices });
      expect(onDevice.monthly).toBe(0);
      expect(onDevice.ttftS).toBeCloseTo(1000 / prefillPerS, 9);
      expect(onDevice.totalS).toBeCloseTo(1000 / prefillPerS + 300 / tokensPerS, 9);
      expect(slowest(onDevice.devices)!.device).toBe(device);
    },
  );

  it('times each measured device of the class, in the catalogue’s order', () => {
    const laptops = path('device', { ...base, devices: 'laptop' }).devices;
    expect(laptops.map((d) => [d.device, d.backend])).toEqual([
      ['MacBook Pro M4', 'GPU'],
      ['Windows laptop, Intel Lunar Lake', 'GPU'],
      ['Linux desktop, GeForce RTX 4090', 'GPU'],
    ]);
    expect(laptops[0]!.totalS).toBeCloseTo(1000 / 7835 + 300 / 160, 9);
    expect(path('hosted-small').devices).toEqual([]);
  });

  it('prices a hosted path with the person’s own prices where given', () => {
    // (1,000 × $1 + 300 × $0.50) / 1M = $0.00115 a request.
    const own = { ...base, prices: { 'hosted-small': { input: 1 } } };
    expect(path('hosted-small', own).monthly).toBeCloseTo(0.00115 * 10_000 * DAYS, 6);
    expect(path('hosted-large', own).monthly).toBeCloseTo(path('hosted-large').monthly, 9);
    expect(breakEvenRequestsPerDay(catalogue, 'hosted-small', 'self-hosted-small', own)).toBeCloseTo(
      1963.7 / (0.00115 * DAYS),
      6,
    );
  });

  it('finds where one GPU and the API cost the same', () => {
    // $1,963.70 / ($0.00025 × 30.42) = 258,240 requests a day; for GPT-6.2 Sol at $0.005 a request, 12,912.
    expect(breakEvenRequestsPerDay(catalogue, 'hosted-small', 'self-hosted-small', base)).toBeCloseTo(
      258_240,
      6,
    );
    expect(breakEvenRequestsPerDay(catalogue, 'hosted-large', 'self-hosted-large', base)).toBeCloseTo(
      12_912,
      6,
    );
  });

  it('splits a hybrid’s traffic: 75% on the device for nothing, 25% on GPT-6.2 Sol', () => {
    const { hybrid } = estimate(catalogue, answers({ run: 'either', privacy: 'controlled' }), 'hybrid', base);
    expect(hybrid!.parts.map((p) => [p.id, p.share])).toEqual([
      ['device', 0.75],
      ['hosted-large', 0.25],
    ]);
    expect(hybrid!.monthly).toBeCloseTo(0.25 * 1520.833, 2);
    expect(hybrid!.per1k).toBeCloseTo(1.25, 9);
  });

  it('serves users whose devices cannot run the model on the first server path: half of them on GPT-6 Luna', () => {
    const half = { ...base, deviceCoverage: 0.5 };
    const { hybrid } = estimate(catalogue, answers({ run: 'either', privacy: 'controlled' }), 'hybrid', half);
    expect(hybrid!.parts.map((p) => [p.id, p.share])).toEqual([
      ['device', 0.375],
      ['hosted-small', 0.375],
      ['hosted-large', 0.25],
    ]);
    // 0.375 × $76.04 on GPT-6 Luna + 0.25 × $1,520.83 on GPT-6.2 Sol.
    expect(hybrid!.monthly).toBeCloseTo(0.375 * 76.0417 + 0.25 * 1520.833, 2);
    // Outside a hybrid, the device row shows the same split; offline there is no server to fall back on.
    const slm = estimate(catalogue, answers({ run: 'either', privacy: 'controlled' }), 'slm', half);
    expect(slm.device!.parts.map((p) => [p.id, p.share])).toEqual([
      ['device', 0.5],
      ['hosted-small', 0.5],
    ]);
    expect(slm.device!.monthly).toBeCloseTo(0.5 * 76.0417, 2);
    expect(estimate(catalogue, answers({ run: 'device' }), 'slm', half).device).toBeNull();
    // A device-only hybrid's fallback is its large path, paid for once with the escalations.
    const onDevice = estimate(catalogue, answers({ run: 'device', privacy: 'local' }), 'hybrid', half);
    expect(onDevice.hybrid!.parts.map((p) => [p.id, p.share])).toEqual([
      ['device', 0.375],
      ['self-hosted-large', 0.625],
    ]);
  });
});

describe('the estimator’s properties', () => {
  it('costs more, never less, with more traffic or more tokens, on every path', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom(...PATH_IDS),
        fc.constantFrom('requestsPerDay', 'inputTokens', 'outputTokens'),
        (i, id, key) => {
          const more = { ...i, [key]: i[key] * 2 };
          expect(path(id, more).monthly).toBeGreaterThanOrEqual(path(id, i).monthly);
          expect(apiCostPerRequest({ input: 1, output: 2, host: 'x' }, more)).toBeGreaterThanOrEqual(
            apiCostPerRequest({ input: 1, output: 2, host: 'x' }, i),
          );
        },
      ),
    );
  });

  it('never needs more GPUs for weights served in fewer bits than 16', () => {
    // A model that does not fit (count 0) needs more GPUs than any that does.
    const needed = (i: EstimateInputs, id: 'self-hosted-small' | 'self-hosted-large') =>
      path(id, i).gpus!.count || Infinity;
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom('self-hosted-small', 'self-hosted-large'),
        fc.constantFrom('fp8', 'int4'),
        (i, id, fewer) => {
          expect(needed({ ...i, precision: fewer }, id)).toBeLessThanOrEqual(
            needed({ ...i, precision: 'bf16' }, id),
          );
        },
      ),
    );
  });

  it('charges nothing per request on the device', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const device = path('device', i);
        expect(device.monthly).toBe(0);
        expect(device.per1k).toBe(0);
      }),
    );
  });

  it('puts the break-even exactly where the API and one GPU cost the same', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('small', 'large'), (i, size) => {
        const at = breakEvenRequestsPerDay(catalogue, `hosted-${size}`, `self-hosted-${size}`, i);
        const gpu = catalogue.gpus[gpuTypeOf(catalogue, `self-hosted-${size}`, i)!];
        const oneGpu = gpuMonthly(catalogue, gpu, i).monthly;
        const api = path(`hosted-${size}`, { ...i, requestsPerDay: at }).monthly;
        expect(api).toBeCloseTo(oneGpu, 6);
        expect(path(`hosted-${size}`, { ...i, requestsPerDay: at / 2 }).monthly).toBeLessThan(oneGpu);
      }),
    );
  });

  it('puts a hybrid between its two paths when both are paid per request (or free on the device)', () => {
    const perRequest = allCombinations(rules).filter((a) => {
      const { hybrid } = estimate(catalogue, a, verdictFor(rules, a), base);
      return hybrid?.parts.every((p) => !p.gpus);
    });
    expect(perRequest.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...perRequest), inputs, (answers, i) => {
        const { hybrid } = estimate(catalogue, answers, 'hybrid', i);
        const whole = hybrid!.parts.map((p) => path(p.id, i).monthly);
        const [low, high] = [Math.min(...whole), Math.max(...whole)];
        expect(hybrid!.monthly).toBeGreaterThanOrEqual(low - 1e-9);
        expect(hybrid!.monthly).toBeLessThanOrEqual(high + 1e-9);
      }),
    );
  });

  it('adds a hybrid’s GPU paths up in full: a GPU costs the same however little of the traffic it takes', () => {
    const answers = { task: 'mixed', run: 'cloud', speed: 'moderate', budget: 'medium', privacy: 'local' };
    const { hybrid } = estimate(catalogue, answers, 'hybrid', base);
    expect(hybrid!.parts.map((p) => p.id)).toEqual(['self-hosted-small', 'self-hosted-large']);
    // At 10,000 requests a day each path needs one GPU, whatever share of the traffic it takes.
    expect(hybrid!.monthly).toBeCloseTo(2 * 1963.7, 6);
    // At scale each part is sized for its own share: a quarter of the traffic needs fewer GPUs than all of it.
    const scale = estimate(catalogue, answers, 'hybrid', { ...base, requestsPerDay: 30_000_000 });
    const whole = scale.paths.find((p) => p.id === 'self-hosted-large')!.gpus!.count;
    const escalation = scale.hybrid!.parts[1]!;
    expect(escalation.gpus!.count).toBeLessThan(whole);
    expect(escalation.gpus!.count).toBeGreaterThan(1);
  });
});

describe('the estimator’s edges', () => {
  it('gives no total time where no source gives the wait for the first token', () => {
    const unmeasured = withPath('hosted-small', {
      path: { speed: undefined },
      model: () => ({ speed: { value: { tokensPerS: 10, on: 'a test' }, source: 't', date: '2026-11' } }),
    });
    expect(estimatePath(unmeasured, 'hosted-small', base, 1, false)).toMatchObject({
      ttftS: null,
      totalS: null,
    });
  });

  it('offers the caching lever only with a cached price and a cached share', () => {
    const small = catalogue.models.find((m) => m.id === catalogue.estimate.paths['hosted-small'].model)!;
    expect(small.price!.value.cachedInput).toBeDefined();
    expect(path('hosted-small').levers.caching).not.toBeNull();
    expect(path('hosted-small', { ...base, cachedShare: 0 }).levers.caching).toBeNull();
    const uncached = withPath('hosted-small', { model: plainPrice });
    expect(estimatePath(uncached, 'hosted-small', base, 1, false).levers.caching).toBeNull();
  });

  it('gives no cost per 1,000 requests for a path that takes none of the traffic', () => {
    expect(path('hosted-large', base, 0)).toMatchObject({ monthly: 0, per1k: null });
  });

  it('splits the traffic only for a hybrid', () => {
    const slm = answers({ task: 'simple', run: 'either', budget: 'low' });
    expect(estimate(catalogue, slm, 'slm', base).hybrid).toBeNull();
    expect(estimate(catalogue, slm, 'hybrid', base).hybrid).not.toBeNull();
  });

  it('takes each price the person set for a path in place of the catalogue’s, and the rest from it', () => {
    const own = { ...base, prices: { 'hosted-large': { input: 1 }, 'hosted-small': { output: 2 } } };
    const price = { input: 5, output: 7, host: 'A host' };
    expect(priceOf(price, 'hosted-large', own)).toEqual({ ...price, input: 1 });
    expect(priceOf(price, 'hosted-small', own)).toEqual({ ...price, output: 2 });
    expect(priceOf(price, 'self-hosted-small', own)).toEqual(price);
  });
});

describe('the paths the answers allow', () => {
  it.each([
    [{ run: 'device' }, 'slm', ['device'], []],
    [{ run: 'either' }, 'slm', ['device', 'hosted-small', 'self-hosted-small'], []],
    [{ run: 'cloud', privacy: 'local' }, 'slm', ['self-hosted-small'], []],
    [{}, 'llm', [], ['hosted-large', 'self-hosted-large']],
    [{ privacy: 'local' }, 'llm', [], ['self-hosted-large']],
    [{ run: 'device' }, 'hybrid', ['device'], ['hosted-large', 'self-hosted-large']],
    [{ run: 'device', privacy: 'local' }, 'hybrid', ['device'], ['self-hosted-large']],
  ] as const)('%o with %s', (overrides, verdict, small, large) => {
    expect(pathsFor(answers(overrides), verdict)).toEqual({ small, large });
  });

  it('never sends data that must stay local to a third party, and never runs offline on a server', () => {
    for (const a of allCombinations(rules)) {
      const { small, large } = pathsFor(a, verdictFor(rules, a));
      const all = [...small, ...large];
      if (a.privacy === 'local') expect(all.filter((p) => p.startsWith('hosted'))).toEqual([]);
      if (a.run === 'device') expect(small).toEqual(verdictFor(rules, a) === 'llm' ? [] : ['device']);
      expect(all.length).toBeGreaterThan(0);
    }
  });
});

describe('the same model, hosted or on your own GPUs', () => {
  const monthlyAt = (requestsPerDay: number, inputs = base) => {
    const own = path('self-hosted-large', { ...inputs, requestsPerDay });
    // The same model hosted is billed for its reasoning too.
    const hosted =
      apiCostPerRequest(own.model.price!.value, withReasoning(own.model, inputs)) * requestsPerDay * DAYS;
    return { own: own.monthly, hosted };
  };

  it('breaks even where the two costs meet: running it yourself is cheaper from there, not just below', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const at = sameModelBreakEven(catalogue, 'self-hosted-large', i);
        if (at === null) {
          const top = monthlyAt(1e9, i);
          expect(top.own).toBeGreaterThan(top.hosted);
          return;
        }
        const there = monthlyAt(at, i);
        expect(there.own).toBeLessThanOrEqual(there.hosted);
      }),
      { numRuns: 50 },
    );
    // At 1,000 tokens in and 300 out, hosted gpt-oss-120b costs $0.000093 a request: one $1,963.70 H100 pays
    // from about 1,963.70 ÷ (0.000093 × 30.4) ≈ 694,000 requests a day, and 2% below that it does not.
    const at = sameModelBreakEven(catalogue, 'self-hosted-large', base)!;
    expect(at / 694_000).toBeCloseTo(1, 1);
    const below = monthlyAt(at / 1.02);
    expect(below.own).toBeGreaterThan(below.hosted);
  });

  it('is offered only where the data may reach the host, for a self-hosted model that is also sold hosted', () => {
    const managed = estimate(catalogue, answers({ task: 'complex', privacy: 'managed' }), 'llm', base);
    expect(managed.sameModel.map((s) => s.path)).toEqual(['self-hosted-large']);
    expect(
      estimate(catalogue, answers({ task: 'complex', privacy: 'local' }), 'llm', base).sameModel,
    ).toEqual([]);
  });
});

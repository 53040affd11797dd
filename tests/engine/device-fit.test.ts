import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceFits, devicePlaces, shippedFormats } from '../../src/engine/device-fit';
import { kvBytesPerToken, weightsGB } from '../../src/engine/sizing';
import type { Model } from '../../src/rules/catalogue-schema';
import { DEVICE_CLASSES, type DeviceClass } from '../../src/rules/traffic';
import { catalogue } from '../shipped-catalogue';

const modelOf = (id: string) => catalogue.models.find((m) => m.id === id)!;
const PLACES = Object.keys(DEVICE_CLASSES) as DeviceClass[];
const MIXED = { input: 1000, output: 300 };
const bandsOf = (id: string, place: DeviceClass, tokens = MIXED) =>
  deviceFits(catalogue, modelOf(id), [place], tokens)[0]!.formats[0]!.tiers.map((t) => [t.ramGB, t.band]);
const withWeights = (model: Model, gb: number): Model => ({
  ...model,
  memoryGB: { ...model.memoryGB!, value: gb },
  quantisations: undefined,
  runs: { ...model.runs, value: ['phone', 'laptop', 'edge'] },
});

describe('whether a model fits end users’ devices', () => {
  it.each([
    // KV cache: 2 × 3 layers × 1 head × 512 × 2 bytes = 6,144 bytes a token; 1,300 tokens hold 8 MB.
    // 4 GB: 2 GB usable, too little. 6 GB: 3 GB, 97% full. 8 GB: 4 GB, 73% full, with 15% to spare.
    [
      'Gemma 4 E2B on phones: 2.9 GB and 8 MB of KV cache against half of 4, 6 and 8 GB',
      'gemma-4-e2b',
      'phone',
      MIXED,
      [
        [4, 'none'],
        [6, 'tight'],
        [8, 'comfortable'],
        [12, 'comfortable'],
        [16, 'comfortable'],
      ],
    ],
    // A 20,000-token prompt holds 6,144 × 20,300 bytes = 125 MB: 3.02 GB no longer fits 6 GB's 3.
    [
      'Gemma 4 E2B on phones with a 20,000-token prompt: off 6 GB phones',
      'gemma-4-e2b',
      'phone',
      { input: 20_000, output: 300 },
      [
        [4, 'none'],
        [6, 'none'],
        [8, 'comfortable'],
        [12, 'comfortable'],
        [16, 'comfortable'],
      ],
    ],
    // No KV figure for gpt-oss-20b: weights alone. 16 GB: 10.7 usable. 24 GB: 16.1, 99.5% full. 32 GB: 21.4.
    [
      'gpt-oss-20b on laptops: 16 GB against two-thirds of 16, 24 and 32 GB',
      'gpt-oss-20b',
      'laptop',
      MIXED,
      [
        [8, 'none'],
        [16, 'none'],
        [24, 'tight'],
        [32, 'comfortable'],
        [64, 'comfortable'],
      ],
    ],
  ] as const)('%s, by hand', (_, id, place, tokens, expected) => {
    expect(bandsOf(id, place, tokens)).toEqual(expected);
  });

  it('holds one request’s KV cache where the model’s shape is known, and says where it is not', () => {
    const [e2b] = deviceFits(catalogue, modelOf('gemma-4-e2b'), ['phone'], MIXED);
    expect(e2b!.kvGB).toBeCloseTo((6144 * 1300) / 1e9, 12);
    const [e4b] = deviceFits(catalogue, modelOf('gemma-4-e4b'), ['phone'], MIXED);
    // 2 × 4 layers × 2 heads × 512 × 2 bytes = 16,384 bytes a token.
    expect(e4b!.kvGB).toBeCloseTo((16_384 * 1300) / 1e9, 12);
    expect(deviceFits(catalogue, modelOf('gpt-oss-20b'), ['laptop'], MIXED)[0]!.kvGB).toBeNull();
  });

  it('compares candidates in 4-bit weights, and the on-device model in every format its maker ships', () => {
    const e2b = modelOf('gemma-4-e2b');
    const formatsOf = (fits: ReturnType<typeof deviceFits>) =>
      fits[0]!.formats.map((f) => `${f.format} ${f.weightsGB}`);
    expect(formatsOf(deviceFits(catalogue, e2b, ['phone'], MIXED))).toEqual(['4-bit 2.9']);
    expect(formatsOf(deviceFits(catalogue, e2b, ['phone'], MIXED, shippedFormats))).toEqual([
      'Mobile 1.1',
      'Q4_0 2.9',
      'SFP8 5.7',
      'BF16 11.4',
    ]);
    // A model without a list of formats is shown in its 4-bit weights.
    expect(shippedFormats(modelOf('gpt-oss-20b'))).toEqual([{ format: '4-bit', memoryGB: 16 }]);
  });

  it('Gemma 4’s shapes agree with its maker’s memory table: parameters × 4.5 bits are its Q4_0 weights', () => {
    for (const id of ['gemma-4-e2b', 'gemma-4-e4b']) {
      const model = modelOf(id);
      const q4 = model.quantisations!.value.find((q) => q.format === 'Q4_0')!;
      expect(q4.memoryGB).toBe(model.memoryGB!.value);
      expect(Math.abs(weightsGB(model.architecture!.value) / q4.memoryGB - 1)).toBeLessThan(0.02);
    }
    expect(kvBytesPerToken(modelOf('gemma-4-e2b').architecture!.value, 16)).toBe(6144);
  });

  it('only on the classes of device the model runs on, and never for a model the system loads itself', () => {
    expect(
      deviceFits(catalogue, modelOf('gpt-oss-20b'), ['phone', 'laptop'], MIXED).map((f) => f.place),
    ).toEqual(['laptop']);
    expect(deviceFits(catalogue, modelOf('apple-on-device'), ['phone', 'laptop'], MIXED)).toEqual([]);
    expect(devicePlaces(null)).toEqual(['phone', 'laptop']);
    expect(devicePlaces('edge')).toEqual(['edge']);
  });

  it('more memory never fits worse, and weights beyond what an app may use never fit', () => {
    const rank = { none: 0, tight: 1, comfortable: 2 };
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 100, noNaN: true }), fc.constantFrom(...PLACES), (gb, place) => {
        const [fit] = deviceFits(catalogue, withWeights(modelOf('gemma-4-e2b'), gb), [place], MIXED);
        const { tiers } = fit!.formats[0]!;
        tiers.forEach((tier, i) => {
          if (i > 0) expect(rank[tier.band]).toBeGreaterThanOrEqual(rank[tiers[i - 1]!.band]);
          expect(tier.band === 'none').toBe(gb + fit!.kvGB! > tier.usableGB);
          expect(tier.usableGB).toBeCloseTo(tier.ramGB * fit!.appShare, 10);
        });
      }),
    );
  });

  it('a longer prompt or answer never fits better', () => {
    const rank = { none: 0, tight: 1, comfortable: 2 };
    const e2b = modelOf('gemma-4-e2b');
    const token = fc.integer({ min: 1, max: 2_000_000 });
    fc.assert(
      fc.property(token, token, token, fc.constantFrom(...PLACES), (input, output, more, place) => {
        const bands = (tokens: { input: number; output: number }) =>
          deviceFits(catalogue, e2b, [place], tokens, shippedFormats)[0]!.formats.flatMap((f) =>
            f.tiers.map((t) => rank[t.band]),
          );
        const shorter = bands({ input, output });
        bands({ input: input + more, output }).forEach((band, i) =>
          expect(band).toBeLessThanOrEqual(shorter[i]!),
        );
        bands({ input, output: output + more }).forEach((band, i) =>
          expect(band).toBeLessThanOrEqual(shorter[i]!),
        );
      }),
    );
  });
});

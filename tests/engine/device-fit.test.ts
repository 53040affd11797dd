import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceFits, devicePlaces } from '../../src/engine/device-fit';
import type { Model } from '../../src/rules/catalogue-schema';
import { DEVICE_CLASSES, type DeviceClass } from '../../src/rules/traffic';
import { catalogue } from '../shipped-catalogue';

const modelOf = (id: string) => catalogue.models.find((m) => m.id === id)!;
const PLACES = Object.keys(DEVICE_CLASSES) as DeviceClass[];
const bandsOf = (id: string, place: DeviceClass) =>
  deviceFits(catalogue, modelOf(id), [place])[0]!.tiers.map((t) => [t.ramGB, t.band]);
const withWeights = (model: Model, gb: number): Model => ({
  ...model,
  memoryGB: { ...model.memoryGB!, value: gb },
  runs: { ...model.runs, value: ['phone', 'laptop', 'edge'] },
});

describe('whether a model fits end users’ devices', () => {
  it.each([
    // 4 GB: 2 GB usable, too little. 6 GB: 3 GB, 97% full. 8 GB: 4 GB, 73% full, with 15% to spare.
    [
      'Gemma 4 E2B on phones: 2.9 GB against half of 4, 6 and 8 GB',
      'gemma-4-e2b',
      'phone',
      [
        [4, 'none'],
        [6, 'tight'],
        [8, 'comfortable'],
        [12, 'comfortable'],
        [16, 'comfortable'],
      ],
    ],
    // 16 GB: 10.7 usable. 24 GB: 16.1, 99.5% full. 32 GB: 21.4, 75% full.
    [
      'gpt-oss-20b on laptops: 16 GB against two-thirds of 16, 24 and 32 GB',
      'gpt-oss-20b',
      'laptop',
      [
        [8, 'none'],
        [16, 'none'],
        [24, 'tight'],
        [32, 'comfortable'],
        [64, 'comfortable'],
      ],
    ],
  ] as const)('%s, by hand', (_, id, place, expected) => {
    expect(bandsOf(id, place)).toEqual(expected);
  });

  it('only on the classes of device the model runs on, and never for a model the system loads itself', () => {
    expect(deviceFits(catalogue, modelOf('gpt-oss-20b'), ['phone', 'laptop']).map((f) => f.place)).toEqual([
      'laptop',
    ]);
    expect(deviceFits(catalogue, modelOf('apple-on-device'), ['phone', 'laptop'])).toEqual([]);
    expect(devicePlaces(undefined)).toEqual(['phone', 'laptop']);
    expect(devicePlaces('edge')).toEqual(['edge']);
  });

  it('more memory never fits worse, and weights beyond what an app may use never fit', () => {
    const rank = { none: 0, tight: 1, comfortable: 2 };
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 100, noNaN: true }), fc.constantFrom(...PLACES), (gb, place) => {
        const [fit] = deviceFits(catalogue, withWeights(modelOf('gemma-4-e2b'), gb), [place]);
        fit!.tiers.forEach((tier, i) => {
          if (i > 0) expect(rank[tier.band]).toBeGreaterThanOrEqual(rank[fit!.tiers[i - 1]!.band]);
          expect(tier.band === 'none').toBe(gb > tier.usableGB);
          expect(tier.usableGB).toBeCloseTo(tier.ramGB * fit!.appShare, 10);
        });
      }),
    );
  });
});

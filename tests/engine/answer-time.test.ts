import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerTime, deviceTimes, measuredOn, slowest } from '../../src/engine/answer-time';
import { DEVICE_CLASSES, type DeviceClass } from '../../src/rules/traffic';
import { catalogue } from '../shipped-catalogue';

const gemma = catalogue.models.find((m) => m.id === 'gemma-4-e2b')!;
const CLASSES = Object.keys(DEVICE_CLASSES) as DeviceClass[];

const tokens = fc.record({
  input: fc.integer({ min: 1, max: 200_000 }),
  output: fc.integer({ min: 1, max: 20_000 }),
});
const places = fc.subarray(CLASSES, { minLength: 1 });

describe('time to answer at a measured speed', () => {
  it('reads the prompt, then writes: Gemma 4 E2B on a Galaxy S26 Ultra, 1,000 tokens in and 300 out', () => {
    const time = answerTime({ prefillPerS: 3808, tokensPerS: 52 }, { input: 1000, output: 300 }, 0);
    expect(time.ttftS).toBeCloseTo(0.2626, 4);
    expect(time.totalS).toBeCloseTo(0.2626 + 5.7692, 4);
  });

  it('takes a measured first-token time as it is, whatever the prompt', () => {
    const time = answerTime({ ttftS: 0.74, tokensPerS: 130.6 }, { input: 50_000, output: 300 }, 0);
    expect(time).toEqual({ ttftS: 0.74, totalS: 0.74 + 300 / 130.6 });
  });

  it('has no timing where nothing measures the first token', () => {
    expect(answerTime(undefined, { input: 1, output: 1 }, 0)).toEqual({ ttftS: null, totalS: null });
    expect(answerTime({ tokensPerS: 50 }, { input: 1, output: 1 }, 0)).toEqual({ ttftS: null, totalS: null });
  });

  it('shows the first visible word after the reasoning, and the whole answer no later for it', () => {
    // 200 of the 300 output tokens are reasoning: the first visible word waits for them at 52 a second.
    const time = answerTime({ prefillPerS: 3808, tokensPerS: 52 }, { input: 1000, output: 300 }, 200);
    expect(time.ttftS).toBeCloseTo(1000 / 3808 + 200 / 52, 9);
    expect(time.totalS).toBeCloseTo(1000 / 3808 + 300 / 52, 9);
  });
});

describe('time to answer on end users’ devices', () => {
  it('times only the devices of the chosen classes that the model was measured on', () => {
    expect(measuredOn(gemma, ['edge']).map((d) => d.device)).toEqual(['Raspberry Pi 5 16 GB']);
    const sol = catalogue.models.find((m) => m.id === 'gpt-6-2-sol')!;
    expect(deviceTimes(sol, CLASSES, { input: 1, output: 1 }, 0)).toEqual([]);
    expect(slowest([])).toBeNull();
  });

  it('counts on the slowest device: no measured device of its classes takes longer', () => {
    fc.assert(
      fc.property(places, tokens, (chosen, request) => {
        const times = deviceTimes(gemma, chosen, request, 0);
        const worst = slowest(times)!;
        expect(times).toContain(worst);
        for (const time of times) expect(time.totalS).toBeLessThanOrEqual(worst.totalS);
      }),
    );
  });

  it('never promises a faster answer for more classes of device, or for a longer request', () => {
    fc.assert(
      fc.property(places, places, tokens, (some, more, request) => {
        const wider = [...new Set([...some, ...more])];
        const narrow = slowest(deviceTimes(gemma, some, request, 0))!;
        expect(slowest(deviceTimes(gemma, wider, request, 0))!.totalS).toBeGreaterThanOrEqual(narrow.totalS);
        const longer = { input: request.input * 2, output: request.output * 2 };
        expect(slowest(deviceTimes(gemma, some, longer, 0))!.totalS).toBeGreaterThan(narrow.totalS);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { experimentFor } from '../../src/engine/experiment';
import { estimatePath } from '../../src/engine/estimate';
import { meets, speedMisses, speedTargetFor } from '../../src/engine/speed-check';
import { verdictFor } from '../../src/engine/decide';
import type { CompleteAnswers } from '../../src/engine/types';
import { rules } from '../shipped-rules';
import { catalogue } from '../shipped-catalogue';
import { allCombinations } from './combinations';

const TODAY = new Date('2026-12-01T00:00:00Z');
const experiment = (answers: CompleteAnswers, traffic = {}) =>
  experimentFor(catalogue, answers, verdictFor(rules, answers), traffic, TODAY);
const TARGETS = catalogue.estimate.speedTargets;

describe('the speed asked for, against each way of running it', () => {
  it('flags exactly the paths that miss the target, over all 243 combinations; nothing when slower is fine', () => {
    for (const answers of allCombinations(rules)) {
      const { estimate, speed } = experiment(answers);
      if (answers.speed === 'relaxed') {
        expect(speed.misses).toEqual([]);
        continue;
      }
      const target = TARGETS[answers.speed as 'instant' | 'moderate'];
      const missed = estimate.paths.filter((p) => p.ttftS !== null && !meets(p, target)).map((p) => p.id);
      expect(speed.misses.map((m) => m.path)).toEqual(missed);
    }
  });

  it('offers only remedies that the same estimate shows meeting the target, on every class of device', () => {
    const everyClass = [{}, { dev: 'phone' }, { dev: 'laptop' }, { dev: 'edge' }];
    for (const [answers, traffic] of allCombinations(rules)
      .filter((a) => a.speed !== 'relaxed')
      .flatMap((a) => everyClass.map((t) => [a, t] as const))) {
      const { estimate, speed } = experiment(answers, traffic);
      const target = TARGETS[answers.speed as 'instant' | 'moderate'];
      for (const miss of speed.misses) {
        const path = estimate.paths.find((p) => p.id === miss.path)!;
        for (const remedy of miss.remedies) {
          if (remedy.kind === 'shorter-output') {
            const shorter = { ...estimate.inputs, outputTokens: remedy.outputTokens };
            expect(meets(estimatePath(catalogue, path.id, shorter, path.share, false), target)).toBe(true);
            // One more token and it would miss.
            const longer = { ...estimate.inputs, outputTokens: remedy.outputTokens + 1 };
            expect(meets(estimatePath(catalogue, path.id, longer, path.share, false), target)).toBe(false);
          } else if (remedy.kind === 'less-reasoning') {
            const brief = { ...estimate.inputs, reasoningTokens: 0 };
            expect(meets(estimatePath(catalogue, path.id, brief, path.share, false), target)).toBe(true);
            expect(path.model.reasoning!.value.efforts[0]).toBe(remedy.effort);
          } else if (remedy.kind === 'faster-devices') {
            // A measured device of the path's own classes, and the slowest of those that meet the target.
            expect(path.devices).toContainEqual(remedy.device);
            expect(meets(remedy.device, target)).toBe(true);
            for (const device of path.devices.filter((d) => meets(d, target)))
              expect(device.totalS).toBeLessThanOrEqual(remedy.device.totalS);
          } else if (remedy.kind === 'other-path') {
            const other = estimate.paths.find((p) => p.id === remedy.path)!;
            expect(meets(other, target)).toBe(true);
            expect(other.model.size).toBe(path.model.size);
          } else {
            expect(remedy.totalS).toBeLessThanOrEqual(target.wholeS ?? Infinity);
          }
        }
      }
    }
  });

  it('names less reasoning where the reasoning alone makes a model miss: GPT-6 Luna at its lowest effort', () => {
    const answers = {
      task: 'simple',
      run: 'cloud',
      speed: 'moderate',
      budget: 'low',
      privacy: 'managed',
    } as const;
    const luna = experiment(answers, { think: 2000 }).speed.misses.find((m) => m.path === 'hosted-small')!;
    // 2,000 reasoning tokens at 130.6 a second keep the first visible word 15 s away.
    expect(luna.first).toBe(true);
    expect(luna.remedies).toContainEqual({
      kind: 'less-reasoning',
      effort: 'none',
      totalS: expect.any(Number),
    });
    expect(experiment(answers).speed.misses.find((m) => m.path === 'hosted-small')).toBeUndefined();
  });

  it('names a shorter answer for the device path of a real-time hybrid: a 6-second answer is flagged', () => {
    const answers = {
      task: 'mixed',
      run: 'device',
      speed: 'instant',
      budget: 'high',
      privacy: 'controlled',
    } as const;
    const misses = speedMisses(catalogue, answers, experiment(answers).estimate);
    const device = misses.find((m) => m.path === 'device')!;
    expect(device).toMatchObject({ first: false, whole: true });
    expect(device.remedies[0]).toMatchObject({ kind: 'shorter-output' });
  });
});

describe('real-time answers on end users’ devices', () => {
  const keyboard = {
    task: 'simple',
    run: 'device',
    speed: 'instant',
    budget: 'low',
    privacy: 'local',
  } as const;
  const deviceMiss = (traffic: object) =>
    experiment(keyboard, traffic).speed.misses.find((m) => m.path === 'device');

  it('names the slowest measured device that is fast enough, where the slowest is not', () => {
    // 500 tokens in and 150 out: 3.3 s on the Lunar Lake laptop, 3.0 s and 2.9 s on the two phones; the
    // MacBook Pro M4 takes 1.0 s and the RTX 4090 desktop 500 / 11,234 + 150 / 143 = 1.09 s.
    const miss = deviceMiss({ tout: 150 })!;
    expect(miss).toMatchObject({ first: false, whole: true });
    const faster = miss.remedies.find((r) => r.kind === 'faster-devices');
    expect(faster).toMatchObject({ device: { device: 'Linux desktop, GeForce RTX 4090' } });
  });

  it('names no faster device where none measured in the class meets the target: a Raspberry Pi 5', () => {
    // 500 / 133 = 3.8 s before the first word.
    const miss = deviceMiss({ dev: 'edge' })!;
    expect(miss).toMatchObject({ first: true, whole: true });
    expect(miss.remedies.map((r) => r.kind)).not.toContain('faster-devices');
  });
});

describe('the speed check’s edges', () => {
  const instant = { firstS: 0.5, wholeS: 2 };
  it('meets a target exactly at its limits, and never without a first-token figure', () => {
    expect(meets({ ttftS: 0.5, totalS: 2 }, instant)).toBe(true);
    expect(meets({ ttftS: 0.51, totalS: 1 }, instant)).toBe(false);
    expect(meets({ ttftS: 0.1, totalS: 2.01 }, instant)).toBe(false);
    expect(meets({ ttftS: null, totalS: 1 }, instant)).toBe(false);
    expect(meets({ ttftS: 0.1, totalS: null }, instant)).toBe(false);
    expect(meets({ ttftS: 0.1, totalS: null }, { firstS: 0.5, wholeS: null })).toBe(true);
    expect(meets({ ttftS: 0.1, totalS: 99 }, { firstS: 0.5, wholeS: null })).toBe(true);
  });

  it('takes the target from the speed answer: none when slower is fine', () => {
    const at = (speed: string) =>
      speedTargetFor(catalogue, { task: 'mixed', run: 'cloud', speed, budget: 'high', privacy: 'managed' });
    expect(at('instant')).toEqual(TARGETS.instant);
    expect(at('moderate')).toEqual(TARGETS.moderate);
    expect(at('relaxed')).toBeNull();
  });

  it('offers no shorter answer when the first token alone misses, and GPUs at a lower load when they help', () => {
    // At 30 million requests a day the self-hosted GPUs are busy: a request shares its GPU with many.
    const simple = {
      task: 'simple',
      run: 'cloud',
      speed: 'instant',
      budget: 'high',
      privacy: 'local',
    } as const;
    const busy = experiment(simple, { rpd: 30_000_000, tin: 500, tout: 300 });
    const miss = busy.speed.misses.find((m) => m.path === 'self-hosted-small')!;
    expect(miss).toMatchObject({ first: false, whole: true });
    expect(miss.remedies.find((r) => r.kind === 'more-gpus')).toMatchObject({ targetLoad: 0.3 });
    const slowStart = {
      task: 'complex',
      run: 'cloud',
      speed: 'instant',
      budget: 'high',
      privacy: 'managed',
    } as const;
    const hosted = experiment(slowStart).speed.misses.find((m) => m.path === 'hosted-large')!;
    expect(hosted.first).toBe(true);
    expect(hosted.remedies.some((r) => r.kind === 'shorter-output')).toBe(false);
  });
});

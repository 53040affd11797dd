import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../src/engine/decide';
import { experimentFor } from '../../src/engine/experiment';
import type { PathEstimate, Split } from '../../src/engine/estimate';
import { CRITERION_IDS } from '../../src/rules/schema';
import { catalogue } from '../shipped-catalogue';
import { rules } from '../shipped-rules';
import { allCombinations } from './combinations';

const TODAY = new Date('2026-12-01T00:00:00Z');
const money = (value: number | null) => (value === null ? '-' : value.toFixed(4));

/** One line per path: every figure the page and the record show for it. */
const pathLine = (p: PathEstimate) =>
  [
    `${p.id} ${p.model.id} (${p.label}) share ${p.share}`,
    `monthly ${money(p.monthly)} per1k ${money(p.per1k)}`,
    `gpus ${p.gpus ? `${p.gpus.count} ${p.gpus.type} ${p.gpus.each.owned ? 'bought' : 'rented'}@${money(p.gpus.utilisation)}` : '-'}`,
    `ttft ${money(p.ttftS)} total ${money(p.totalS)}`,
    `batch ${money(p.levers.batch)} caching ${money(p.levers.caching)}`,
    p.otherCosts,
  ].join('; ');

const splitLine = ({ parts, monthly, per1k }: Split) =>
  `${parts.map((p) => `${p.id} ${p.share}`).join(' + ')}: ${money(monthly)} ${money(per1k)}`;

describe('the first experiment for every combination of answers', () => {
  it('matches the checked-in golden file: candidates, their reasons and every estimate figure (regenerate with UPDATE_GOLDEN=1 and review the diff)', () => {
    const golden = new URL('./experiments.golden.json', import.meta.url);
    const actual = Object.fromEntries(
      allCombinations(rules).map((answers) => {
        const verdict = verdictFor(rules, answers);
        const { candidates, estimate } = experimentFor(
          catalogue,
          answers,
          verdict,
          { esc: 30, cache: 40 },
          TODAY,
        );
        return [
          CRITERION_IDS.map((c) => answers[c]).join(' '),
          {
            verdict,
            candidates: candidates.map((c) => `${c.role} ${c.model.id}: ${c.why}`),
            paths: estimate.paths.map(pathLine),
            hybrid: estimate.hybrid && splitLine(estimate.hybrid),
            device: estimate.device && splitLine(estimate.device),
            breakEven: estimate.breakEven,
          },
        ];
      }),
    );
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

describe('the on-device model’s fit', () => {
  it('is there exactly when a way of running it is on the device, for that way’s model', () => {
    for (const answers of allCombinations(rules)) {
      const { onDevice, estimate } = experimentFor(catalogue, answers, verdictFor(rules, answers), {}, TODAY);
      const device = estimate.paths.find((p) => p.id === 'device');
      expect(onDevice?.model).toBe(device?.model);
      if (onDevice) expect(onDevice.fits.map((f) => f.place)).toEqual(['phone', 'laptop']);
    }
  });
});
